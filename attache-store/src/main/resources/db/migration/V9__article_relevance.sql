-- The relevance of each article (Code stage input): whether it is political (politics, diplomacy, security,
-- international economics) or business, sport, entertainment or technology news, as the relevance classifier
-- judged it when the article was analysed. Null for articles stored without analysis (--no-entities) and for
-- articles stored before this version until `attache reprocess`.
ALTER TABLE articles ADD COLUMN relevance TEXT;                    -- RelevanceLabel label: political, business, …
ALTER TABLE articles ADD COLUMN relevance_score DOUBLE PRECISION;  -- the probability that it is political, 0..1
CREATE INDEX ix_articles_relevance ON articles (relevance);
