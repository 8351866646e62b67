-- Coded events (Code stage), their actors, and the stories that group one happening's reports across
-- outlets (Cluster stage). Written in the article's transaction, after its entities.
-- Portable SQL: SQLite today, PostgreSQL next. TEXT, BIGINT, INTEGER and DOUBLE PRECISION only.
-- Dates are text: PartialDate forms ("2025-01-07", "2025-01", "2025", "--04-29") or yyyy-MM-dd days.

CREATE TABLE stories (
    id         TEXT    NOT NULL,            -- 's' + 16 hex digits: hash of the event that started it
    type       TEXT    NOT NULL,            -- PloverType name
    dyad       TEXT    NOT NULL,            -- the events' countries, sorted, joined by '|'; '' when none
    first_day  TEXT,                        -- earliest event day (yyyy-MM-dd), null for an undated story
    last_day   TEXT,                        -- latest event day
    headline   TEXT,                        -- title of the article that started it
    events     INTEGER NOT NULL,            -- counts, kept up to date as events are written and deleted
    articles   INTEGER NOT NULL,
    sources    INTEGER NOT NULL,            -- independent outlets: rows of story_outlets
    CONSTRAINT pk_stories PRIMARY KEY (id)
);

CREATE INDEX ix_stories_match ON stories (type, dyad, first_day);
CREATE INDEX ix_stories_size ON stories (sources, articles, events);

-- The independent outlets of each story: for each reporting article, the outlet of the article it copies
-- (following duplicate_of), or its own; 'article:' + id when that article names no outlet.
CREATE TABLE story_outlets (
    story_id   TEXT    NOT NULL,
    outlet     TEXT    NOT NULL,
    CONSTRAINT pk_story_outlets PRIMARY KEY (story_id, outlet),
    CONSTRAINT fk_story_outlets_story FOREIGN KEY (story_id) REFERENCES stories (id)
);

CREATE TABLE events (
    id                  TEXT    NOT NULL,   -- Event.id
    article_id          TEXT    NOT NULL,
    position            INTEGER NOT NULL,   -- order within the article (the coder's order)
    type                TEXT    NOT NULL,   -- PloverType name
    cameo               TEXT    NOT NULL,
    mode                TEXT,
    context             TEXT,
    status              TEXT    NOT NULL,   -- EventStatus name
    trigger_text        TEXT,
    location            TEXT,
    date_start          TEXT,               -- PartialDate.toString(); all date_* null when undated
    date_end            TEXT,
    date_precision      TEXT,               -- DatePrecision name
    date_text           TEXT,
    date_group          INTEGER NOT NULL,   -- timeline: 0 year known, 1 year unknown, 2 undated
    date_sort           TEXT    NOT NULL,   -- timeline key within the group: date_start, '' when undated
    day_first           TEXT,               -- first day of the interval (yyyy-MM-dd), null unless the year is known
    day_last            TEXT,               -- last day of the interval
    month_key           TEXT,               -- '2025-01', '2025' (year only), '--04' (year unknown), null undated
    article_day         TEXT,               -- the article's publication day (yyyy-MM-dd), timeline ties
    story_day           TEXT,               -- the day used for clustering, or null
    evidence_article_id TEXT,               -- Evidence.articleId as given
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    evidence_text       TEXT,
    confidence          DOUBLE PRECISION NOT NULL,
    story_id            TEXT,
    pipeline_version    TEXT,               -- coder version, when the writer knows it
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT fk_events_article FOREIGN KEY (article_id) REFERENCES articles (id),
    CONSTRAINT fk_events_story FOREIGN KEY (story_id) REFERENCES stories (id),
    CONSTRAINT ck_events_date_group CHECK (date_group IN (0, 1, 2))
);

CREATE INDEX ix_events_article ON events (article_id, position);
CREATE INDEX ix_events_story ON events (story_id, article_id, position);
CREATE INDEX ix_events_type ON events (type);
CREATE INDEX ix_events_timeline ON events (date_group, date_sort, article_day, article_id, evidence_start);
CREATE INDEX ix_events_days ON events (day_first, day_last);

CREATE TABLE event_actors (
    event_id   TEXT    NOT NULL,
    role       TEXT    NOT NULL,            -- 'source' or 'target'
    position   INTEGER NOT NULL,            -- order within the role
    entity_id  TEXT,                        -- registry entity, or null
    name       TEXT    NOT NULL,
    country    TEXT,                        -- ISO-3166 alpha-3 or an IGO name
    sector     TEXT,
    CONSTRAINT pk_event_actors PRIMARY KEY (event_id, role, position),
    CONSTRAINT fk_event_actors_event FOREIGN KEY (event_id) REFERENCES events (id),
    CONSTRAINT ck_event_actors_role CHECK (role IN ('source', 'target'))
);

CREATE INDEX ix_event_actors_country ON event_actors (country, event_id);
CREATE INDEX ix_event_actors_entity ON event_actors (entity_id, event_id);
