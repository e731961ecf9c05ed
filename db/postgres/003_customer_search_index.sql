-- Customer search for PostgreSQL: what SQLite's FTS5 table customer_fts does there
-- (db/migrations/001 and 003). Search-as-you-type, accent- and case-insensitive, by word
-- prefix, over the name, the e-mail, the phone (E.164 digits and national form) and the
-- city. Maintained by CustomerRepository in the same transaction as the customer row, as
-- in SQLite (no trigger): one row per customer, document = comptoir_customer_document(...).
-- Queried with a prefix tsquery, e.g.
--   document @@ to_tsquery('simple', 'helene:* & dup:*')
-- the words folded by comptoir_fold() first. The schema comparison leaves this table (and
-- SQLite's customer_fts) out, by name.

-- Trusted in PostgreSQL 15: the database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Folds text for the search: lower case, accents removed ("Hélène" -> "helene"), and every
-- character that is not a letter or a digit turned into a space, so that an e-mail or a
-- phone splits into words as FTS5's unicode61 tokenizer splits them. The explicit ICU
-- collation makes the letter/digit classes and the lower case Unicode-aware whatever the
-- database's locale (a "C" database would treat every non-ASCII letter as a separator), and
-- lets callers pass text under the nondeterministic nocase collation (regular expressions
-- refuse those).
CREATE FUNCTION comptoir_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT regexp_replace(lower(unaccent('unaccent'::regdictionary, value) COLLATE "und-x-icu"),
                          '[^[:alnum:]]+', ' ', 'g')
$$;

-- The search document of one customer: the same fields and phone forms as SQLite's index
-- (CustomerRepository's kSearchRowSelect; "+33612345678" is indexed as "33612345678" and
-- "0612345678", overseas "+590690123456" as "590690123456" and "0690123456").
CREATE FUNCTION comptoir_customer_document(first_name text, last_name text, email text, phone text, city text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT to_tsvector('simple', comptoir_fold(
        coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' ||
        CASE
            WHEN phone IS NULL THEN ''
            WHEN substr(phone, 1, 3) = '+33' THEN phone || ' 0' || substr(phone, 4)
            WHEN substr(phone, 1, 4) IN ('+590', '+594', '+596', '+262', '+508') THEN phone || ' 0' || substr(phone, 5)
            ELSE phone
        END || ' ' || coalesce(city, '')))
$$;

CREATE TABLE customer_search (
    customer_id BIGINT PRIMARY KEY REFERENCES customer(id),
    document    tsvector NOT NULL
);
CREATE INDEX customer_search_document ON customer_search USING gin (document);

-- Filled from the customer table (as SQLite's 003 rebuilds customer_fts).
INSERT INTO customer_search(customer_id, document)
SELECT id, comptoir_customer_document(first_name, last_name, email, phone, city) FROM customer;
