-- The story an article reports: that of its first event in a story (events are numbered in text order, so
-- the lead's). Set as events are written from now on; this fills it in for articles stored before.
-- Portable SQL: SQLite today, PostgreSQL next.

UPDATE articles SET story_id = (
    SELECT e.story_id FROM events e
    WHERE e.article_id = articles.id AND e.story_id IS NOT NULL
    ORDER BY e.position LIMIT 1)
WHERE story_id IS NULL;
