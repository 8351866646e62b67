-- The organisation that published an article (its outlet or wire agency), linked to the article even
-- though the body does not name it: "Hanoi (VNA) –" makes VNA the publisher, not a mention.
CREATE TABLE entity_publishers (
    article_id TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id),
    CONSTRAINT fk_entity_publishers_article FOREIGN KEY (article_id) REFERENCES articles (id),
    CONSTRAINT fk_entity_publishers_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);
CREATE INDEX idx_entity_publishers_entity ON entity_publishers (entity_id);
