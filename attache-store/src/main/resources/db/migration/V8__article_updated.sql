-- The article's last modification date as its page states it, beside the publication date (issue 15).
-- Portable SQL: SQLite today, PostgreSQL next. Articles stored before have none recorded.

ALTER TABLE articles ADD COLUMN updated_value TEXT;        -- ISO-8601 at the precision printed, in the page's offset
ALTER TABLE articles ADD COLUMN updated_provenance TEXT;   -- DateProvenance name
