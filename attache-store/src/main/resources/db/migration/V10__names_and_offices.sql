-- Names and offices (issue 14): the last-token key of each spelling, for surname matching ("Reagan" joins
-- "Ronald Reagan"), and a symmetric-delete index of those keys, for spellings one letter apart ("Schultz" /
-- "Shultz"). Filled by the Resolve stage; a data folder made before this version gets them on `reprocess`.

ALTER TABLE entity_aliases ADD COLUMN last_key TEXT;

CREATE INDEX ix_entity_aliases_last_key ON entity_aliases (last_key);

CREATE TABLE entity_name_variants (
    variant    TEXT NOT NULL,                -- a last key, or that key with one character deleted
    entity_id  TEXT NOT NULL,
    CONSTRAINT pk_entity_name_variants PRIMARY KEY (variant, entity_id),
    CONSTRAINT fk_entity_name_variants_entity FOREIGN KEY (entity_id) REFERENCES entities (id)
);

CREATE INDEX ix_entity_name_variants_entity ON entity_name_variants (entity_id);
