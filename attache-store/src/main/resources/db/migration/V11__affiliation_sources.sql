-- Where each affiliation (an entity's or an event actor's country or international organisation) comes from,
-- strongest first: 'name', 'office', 'apposition', 'knowledge', then 'context' (weak: shown as such, replaced
-- by any stronger evidence). NULL for rows written before sources were recorded, and when there is no country.
-- Portable SQL: SQLite today, PostgreSQL next.

ALTER TABLE entities ADD COLUMN country_source TEXT;
ALTER TABLE event_actors ADD COLUMN country_source TEXT;
