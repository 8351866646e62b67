-- The entity registry: entities, their spellings, the mentions and office claims that name them, and
-- the merge decisions that attached each spelling. Written by the Resolve stage in the article's
-- transaction. Portable SQL: only TEXT, BIGINT and INTEGER.
-- Offsets (start_offset, end_offset) are into the article's body text (paragraphs joined by a blank line).

CREATE TABLE entities (
    id          TEXT   NOT NULL,            -- 'e' + 16 hex digits; stable across renames
    seq         BIGINT NOT NULL,            -- creation order
    type        TEXT   NOT NULL,            -- PERSON, ORGANIZATION, LOCATION, EVENT, MISC
    name        TEXT   NOT NULL,            -- canonical name, diacritics kept
    country     TEXT,                       -- ISO-3166 alpha-3
    CONSTRAINT pk_entities PRIMARY KEY (id),
    CONSTRAINT uq_entities_seq UNIQUE (seq)
);

CREATE INDEX ix_entities_type ON entities (type);
CREATE INDEX ix_entities_country ON entities (country);

CREATE TABLE entity_aliases (
    entity_id   TEXT   NOT NULL,
    alias       TEXT   NOT NULL,            -- spelling as printed (the canonical name is one of them)
    name_key    TEXT   NOT NULL,            -- folded, space-free matching key
    order_key   TEXT   NOT NULL,            -- folded tokens, sorted
    CONSTRAINT pk_entity_aliases PRIMARY KEY (entity_id, alias),
    CONSTRAINT fk_entity_aliases_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);

CREATE INDEX ix_entity_aliases_name_key ON entity_aliases (name_key);
CREATE INDEX ix_entity_aliases_order_key ON entity_aliases (order_key);

CREATE TABLE entity_mentions (
    article_id   TEXT    NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    entity_id    TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    type         TEXT    NOT NULL,          -- MentionType of the mention
    sentence     INTEGER NOT NULL,
    CONSTRAINT pk_entity_mentions PRIMARY KEY (article_id, start_offset, end_offset),
    CONSTRAINT fk_entity_mentions_article FOREIGN KEY (article_id) REFERENCES articles (id),
    CONSTRAINT fk_entity_mentions_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);

CREATE INDEX ix_entity_mentions_entity ON entity_mentions (entity_id, article_id);

CREATE TABLE entity_offices (
    entity_id      TEXT    NOT NULL,
    article_id     TEXT    NOT NULL,
    start_offset   INTEGER NOT NULL,        -- span of the title
    end_offset     INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    organization   TEXT,
    country        TEXT,
    former         INTEGER NOT NULL,        -- 0 or 1
    published_date TEXT,                    -- yyyy-MM-dd of the article, null when undated
    CONSTRAINT pk_entity_offices PRIMARY KEY (entity_id, article_id, start_offset, end_offset),
    CONSTRAINT fk_entity_offices_article FOREIGN KEY (article_id) REFERENCES articles (id),
    CONSTRAINT fk_entity_offices_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);

CREATE TABLE entity_merges (
    seq           BIGINT  NOT NULL,         -- decision order
    entity_id     TEXT    NOT NULL,
    alias         TEXT    NOT NULL,         -- the spelling attached or kept apart
    rule          TEXT    NOT NULL,         -- MergeRule id: same-name, acronym-expansion, user-split, …
    article_id    TEXT    NOT NULL,         -- evidence
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    evidence_text TEXT,
    CONSTRAINT pk_entity_merges PRIMARY KEY (seq),
    CONSTRAINT fk_entity_merges_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);

CREATE INDEX ix_entity_merges_entity ON entity_merges (entity_id, seq);
