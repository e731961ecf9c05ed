-- Named column mappings for CSV imports (issue 7): the mapping is a JSON object
-- field name -> column name as written in the file. As db/migrations/008_import_profiles.sql.
CREATE TABLE import_profile (
    name       TEXT NOT NULL,
    entity     TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (name, entity)
);
