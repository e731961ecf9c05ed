-- Issue 4: `comptoir-cli archive` exports a closed year of the ledger (sales, credit notes,
-- deposits, closures). The files carry customer ids and the detail of every sale, so the
-- permission goes to the store manager only (not the technician, who never reads customer
-- data, nor the sales associate). As db/migrations/011_ledger_archive_permission.sql.
INSERT INTO permission(code, description) VALUES
    ('ledger.archive', 'Archive a year of the sales ledger for the tax authorities')
ON CONFLICT DO NOTHING;

INSERT INTO role_permission(role_id, permission_code) VALUES (4, 'ledger.archive')
ON CONFLICT DO NOTHING;
