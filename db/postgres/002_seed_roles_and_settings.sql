-- Roles, permissions and the role -> permission matrix, plus default business settings.
-- The same rows as db/migrations/002_seed_roles_and_settings.sql. The explicit ids of role and
-- complaint_category are followed by a reset of their identity, so that the next insert
-- without an id does not collide with them.

INSERT INTO role(id, code, name) VALUES
    (1, 'sales_associate', 'Chargé de clientèle'),
    (2, 'intern',          'Stagiaire'),
    (3, 'technician',      'Technicien réseau'),
    (4, 'manager',         'Directeur d''agence');
SELECT setval(pg_get_serial_sequence('role', 'id'), max(id)) FROM role;

INSERT INTO permission(code, description) VALUES
    ('customer.read',          'Read customers and their history'),
    ('customer.write',         'Create and edit customers, consents and interactions'),
    ('customer.merge',         'Merge duplicate customers'),
    ('customer.export',        'Export customer data'),
    ('product.read',           'Read the catalogue'),
    ('product.write',          'Create and edit products, categories and suppliers'),
    ('stock.read',             'Read stock levels and moves'),
    ('stock.move',             'Record deliveries, adjustments and losses'),
    ('sale.read',              'Read sales and credit notes'),
    ('sale.create',            'Record sales'),
    ('sale.refund',            'Record returns and credit notes'),
    ('refund.approve',         'Approve refunds above the threshold'),
    ('price.override',         'Override a price or give a discount'),
    ('deposit.write',          'Record, apply, refund or forfeit deposits'),
    ('closure.run',            'Run daily, monthly and yearly closures'),
    ('appointment.read',       'Read appointments'),
    ('appointment.write',      'Create and change appointments'),
    ('complaint.read',         'Read complaints'),
    ('complaint.write',        'Open and work on complaints'),
    ('complaint.close',        'Close or reject complaints'),
    ('kpi.view',               'See the KPI dashboard'),
    ('staff.performance.view', 'See per-staff figures'),
    ('import.run',             'Import CSV files'),
    ('export.run',             'Export non-customer data'),
    ('audit.view',             'Read the whole audit trail'),
    ('audit.view.system',      'Read the system part of the audit trail'),
    ('privacy.erase',          'Erase a customer''s personal data (GDPR)'),
    ('user.admin',             'Create, disable and reset users'),
    ('backup.run',             'Take backups and check integrity'),
    ('backup.restore',         'Restore a backup'),
    ('settings.write',         'Change business settings'),
    ('loginlog.view',          'Read the sign-in log');

-- Sales associate: all daily work.
INSERT INTO role_permission(role_id, permission_code)
SELECT 1, code FROM permission WHERE code IN (
    'customer.read', 'customer.write', 'customer.export', 'product.read', 'stock.read', 'stock.move',
    'sale.read', 'sale.create', 'sale.refund', 'deposit.write', 'closure.run',
    'appointment.read', 'appointment.write', 'complaint.read', 'complaint.write', 'complaint.close',
    'import.run', 'export.run');

-- Intern: capture and enrich customer information; sell; no refunds, discounts, deletions,
-- exports or imports.
INSERT INTO role_permission(role_id, permission_code)
SELECT 2, code FROM permission WHERE code IN (
    'customer.read', 'customer.write', 'product.read', 'stock.read', 'sale.read', 'sale.create',
    'appointment.read', 'appointment.write', 'complaint.read', 'complaint.write');

-- IT technician: system administration, never customer data.
INSERT INTO role_permission(role_id, permission_code)
SELECT 3, code FROM permission WHERE code IN (
    'user.admin', 'backup.run', 'backup.restore', 'settings.write', 'loginlog.view', 'audit.view.system');

-- Store manager: everything but user administration and restore.
INSERT INTO role_permission(role_id, permission_code)
SELECT 4, code FROM permission WHERE code NOT IN ('user.admin', 'backup.restore', 'audit.view.system');

INSERT INTO setting(key, value) VALUES
    ('stock.allow_negative',       '0'),
    ('loyalty.points_per_euro',    '1'),
    ('refund.approval_threshold',  '15000'),
    ('auth.max_failed_attempts',   '5'),
    ('auth.lockout_minutes',       '15'),
    ('auth.idle_lock_minutes',     '10'),
    ('backup.keep',                '10');

INSERT INTO complaint_category(id, code, name, sla_days) VALUES
    (1, 'product_defect', 'Produit défectueux',  7),
    (2, 'delivery',       'Livraison',           5),
    (3, 'billing',        'Facturation',         3),
    (4, 'service',        'Accueil et service',  10),
    (5, 'other',          'Autre',               14);
SELECT setval(pg_get_serial_sequence('complaint_category', 'id'), max(id)) FROM complaint_category;
