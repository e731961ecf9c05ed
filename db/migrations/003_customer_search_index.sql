-- The customer search index (customer_fts) is maintained by CustomerRepository, in the
-- same transaction as the customer row, instead of by triggers.
-- Why: every connection sets PRAGMA trusted_schema = OFF, and SQLite then refuses a
-- trigger that writes to an FTS5 table (FTS5 is not an "innocuous" virtual table): with
-- the triggers of 001, every INSERT into customer failed with
-- "unsafe use of virtual table customer_fts".
DROP TRIGGER IF EXISTS customer_fts_insert;
DROP TRIGGER IF EXISTS customer_fts_update;
DROP TRIGGER IF EXISTS customer_fts_delete;

-- Rebuild from the customer table (statements run directly, not from a trigger, are allowed).
-- The phone is indexed in its E.164 digits and its national form ("+33612345678 0612345678";
-- overseas "+590690123456 0690123456").
DELETE FROM customer_fts;
INSERT INTO customer_fts(rowid, name, email, phone, city)
SELECT id, first_name || ' ' || last_name, coalesce(email, ''),
       CASE
           WHEN phone IS NULL THEN ''
           WHEN substr(phone, 1, 3) = '+33' THEN phone || ' 0' || substr(phone, 4)
           WHEN substr(phone, 1, 4) IN ('+590', '+594', '+596', '+262', '+508') THEN phone || ' 0' || substr(phone, 5)
           ELSE phone
       END,
       city
FROM customer;
