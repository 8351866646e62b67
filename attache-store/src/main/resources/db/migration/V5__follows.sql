-- What users follow (the reading room's "For you" rail and feed), and indexes for the article lists.
-- Portable SQL: SQLite today, PostgreSQL next. TEXT and BIGINT only.

CREATE TABLE follows (
    user_id    TEXT   NOT NULL,             -- 'local' in single-user mode
    kind       TEXT   NOT NULL,             -- FollowKind name: 'ENTITY' or 'PAIR'
    target_key TEXT   NOT NULL,             -- entity id, or two alpha-3 codes sorted and joined by '-' ('SGP-VNM')
    since      BIGINT NOT NULL,             -- epoch milliseconds
    CONSTRAINT pk_follows PRIMARY KEY (user_id, kind, target_key),
    CONSTRAINT ck_follows_kind CHECK (kind IN ('ENTITY', 'PAIR'))
);

-- Latest articles (newest publication first, then newest stored) and the same per outlet.
CREATE INDEX ix_articles_published ON articles (published_value, seq);
CREATE INDEX ix_articles_outlet_published ON articles (outlet, published_value, seq);
-- Events of an article's day, for the most active pairs of a week.
CREATE INDEX ix_events_article_day ON events (article_day);
