-- Related News, computed after articles are stored rather than on every page view: a page then reads a short
-- list instead of running a similarity query over the whole index (most of an article page's cost before).
-- Portable SQL: SQLite today, PostgreSQL next. TEXT and INTEGER only.

CREATE TABLE related_articles (
    article_id TEXT    NOT NULL,
    rank       INTEGER NOT NULL,               -- 0 = most related
    related_id TEXT    NOT NULL,
    CONSTRAINT pk_related_articles PRIMARY KEY (article_id, rank),
    CONSTRAINT fk_related_articles_article FOREIGN KEY (article_id) REFERENCES articles (id),
    CONSTRAINT fk_related_articles_related FOREIGN KEY (related_id) REFERENCES articles (id)
);

-- Articles whose list is to be computed (again): each article as it is stored, every article after a reindex.
-- Until then a page computes the list itself.
CREATE TABLE related_pending (
    article_id TEXT NOT NULL,
    CONSTRAINT pk_related_pending PRIMARY KEY (article_id),
    CONSTRAINT fk_related_pending_article FOREIGN KEY (article_id) REFERENCES articles (id)
);

INSERT INTO related_pending (article_id) SELECT id FROM articles;
