-- Indexes for a customer's history (the 360° timeline) and for merged customers.
-- A customer's credit notes were only reachable through a full scan of credit_note, and
-- "the customers merged into #n" through a full scan of customer. Credit notes stay
-- inalterable: an index changes no row.
CREATE INDEX credit_note_customer ON credit_note(customer_id, at) WHERE customer_id IS NOT NULL;
CREATE INDEX customer_merged_into ON customer(merged_into) WHERE merged_into IS NOT NULL;
