-- Indexes for a customer's history (the 360° timeline) and for merged customers, as in
-- db/migrations/006_customer_history_indexes.sql.
CREATE INDEX credit_note_customer ON credit_note(customer_id, at) WHERE customer_id IS NOT NULL;
CREATE INDEX customer_merged_into ON customer(merged_into) WHERE merged_into IS NOT NULL;
