-- Stories as a function of their events, whatever order the events arrived in (issue 16). The Cluster stage
-- regroups the events of one story key (PLOVER type and country dyad) over a stretch of days in a canonical
-- order whenever an event of that stretch is written or deleted; story_key finds those events, stored or new.
-- A regrouping can give a story another id (its canonical member changed) or fold it into another: story_aliases
-- keeps each old id pointing at the story that holds it now, so old links and API ids still lead somewhere.
-- Portable SQL: SQLite and PostgreSQL. TEXT only.

ALTER TABLE events ADD COLUMN story_key TEXT;   -- type || ':' || dyad when the Cluster stage ran, else null

UPDATE events SET story_key = (SELECT s.type || ':' || s.dyad FROM stories s WHERE s.id = events.story_id)
WHERE story_id IS NOT NULL;

CREATE INDEX ix_events_story_key ON events (story_key, story_day);

CREATE TABLE story_aliases (
    alias      TEXT NOT NULL,                  -- a story id no longer in use
    story_id   TEXT NOT NULL,                  -- the story that holds its canonical member now
    CONSTRAINT pk_story_aliases PRIMARY KEY (alias)
);
