-- Articles as extracted, with their deduplication keys.
-- Portable SQL: SQLite today, PostgreSQL next. Only TEXT, BIGINT and INTEGER; no SQLite-only types.
-- JSON-valued columns (body, captions, links) hold JSON text written and read by the application.

CREATE TABLE articles (
    seq                  BIGINT  NOT NULL,   -- monotonic write order; the Lucene index records the highest seq it holds
    id                   TEXT    NOT NULL,
    source               TEXT    NOT NULL,
    url                  TEXT,
    outlet               TEXT,
    title                TEXT,
    title_derived        INTEGER NOT NULL DEFAULT 0,  -- 0 or 1
    body                 TEXT    NOT NULL,   -- JSON array of paragraphs
    captions             TEXT    NOT NULL,   -- JSON array of strings
    byline               TEXT,
    dateline             TEXT,
    published_value      TEXT,               -- ISO-8601 at the precision printed
    published_provenance TEXT,               -- DateProvenance name
    language             TEXT,
    links                TEXT    NOT NULL,   -- JSON array of rail objects
    duplicate_of         TEXT,
    duplicate_kind       TEXT,               -- 'exact' or 'near' when duplicate_of was found by the store
    story_id             TEXT,
    body_hash            TEXT,               -- SHA-256 (hex) of the normalised body; null for an empty body
    simhash              BIGINT,             -- 64-bit SimHash of word 4-shingles; null for short bodies
    simhash_band0        INTEGER,            -- bits 0..15 of simhash
    simhash_band1        INTEGER,            -- bits 16..31
    simhash_band2        INTEGER,            -- bits 32..47
    simhash_band3        INTEGER,            -- bits 48..63
    created_at           BIGINT  NOT NULL,   -- epoch milliseconds
    CONSTRAINT pk_articles PRIMARY KEY (id),
    CONSTRAINT uq_articles_seq UNIQUE (seq),
    CONSTRAINT ck_articles_duplicate_kind CHECK (duplicate_kind IS NULL OR duplicate_kind IN ('exact', 'near'))
);

CREATE INDEX ix_articles_body_hash ON articles (body_hash);
CREATE INDEX ix_articles_band0 ON articles (simhash_band0);
CREATE INDEX ix_articles_band1 ON articles (simhash_band1);
CREATE INDEX ix_articles_band2 ON articles (simhash_band2);
CREATE INDEX ix_articles_band3 ON articles (simhash_band3);
CREATE INDEX ix_articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX ix_articles_story_id ON articles (story_id);
CREATE INDEX ix_articles_outlet ON articles (outlet);
