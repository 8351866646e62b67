-- What `attache watch` keeps between runs, so that a restart goes on where it stopped: each source's schedule,
-- the validators of each fetched feed or sitemap (conditional GET), each page a source listed and what became of
-- it, and error counts per host. Portable SQL: TEXT, BIGINT and INTEGER only.

CREATE TABLE watch_sources (
    name         TEXT    NOT NULL,            -- the source's name in SOURCES.toml
    next_poll    BIGINT  NOT NULL,            -- epoch milliseconds when it is due again
    failures     INTEGER NOT NULL DEFAULT 0,  -- consecutive failed polls: the back-off's exponent
    polls        BIGINT  NOT NULL DEFAULT 0,
    last_poll    BIGINT,                      -- epoch milliseconds
    last_outcome TEXT,                        -- 'read', 'unchanged', or why it failed
    CONSTRAINT pk_watch_sources PRIMARY KEY (name)
);

CREATE TABLE watch_documents (
    url           TEXT   NOT NULL,            -- a feed, sitemap (or child sitemap) or URL list
    etag          TEXT,
    last_modified TEXT,
    fetched_at    BIGINT NOT NULL,
    CONSTRAINT pk_watch_documents PRIMARY KEY (url)
);

CREATE TABLE watch_items (
    url        TEXT    NOT NULL,              -- the page's URL as the source listed it
    source     TEXT    NOT NULL,              -- the first source that listed it
    outlet     TEXT,                          -- that source's outlet
    title      TEXT,                          -- the list's title for it (a hint)
    published  TEXT,                          -- the list's date for it (a hint)
    state      TEXT    NOT NULL,              -- 'pending' until ingested ('done') or given up ('skipped')
    attempts   INTEGER NOT NULL DEFAULT 0,    -- failed fetches so far
    reason     TEXT,                          -- the last failure's reason
    reason_key TEXT,                          -- its kind: the reason up to its first colon
    article_id TEXT,                          -- the stored article, once done (also when it was already present)
    found_at   BIGINT  NOT NULL,              -- epoch milliseconds
    done_at    BIGINT,
    CONSTRAINT pk_watch_items PRIMARY KEY (url),
    CONSTRAINT ck_watch_items_state CHECK (state IN ('pending', 'done', 'skipped'))
);

CREATE INDEX ix_watch_items_state ON watch_items (state, found_at);

CREATE TABLE watch_hosts (
    host          TEXT    NOT NULL,           -- name:port
    errors        BIGINT  NOT NULL DEFAULT 0, -- failed requests in all
    consecutive   INTEGER NOT NULL DEFAULT 0, -- failed requests since the last success
    last_error    TEXT,
    last_error_at BIGINT,
    CONSTRAINT pk_watch_hosts PRIMARY KEY (host)
);
