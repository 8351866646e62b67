package org.attache.store.registry;

import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoreJdbc;

/** The SQL plumbing the registry's writer and reader share (see {@link StoreJdbc}). */
abstract class RegistryJdbc extends StoreJdbc {
    /** The articles that name a person entity whose name is one word ("Tian", "Brown"), each once, in id order. */
    static final String ARTICLES_OF_ONE_WORD_PERSONS = "SELECT DISTINCT m.article_id FROM entity_mentions m"
            + " JOIN entities e ON e.id = m.entity_id WHERE e.type = 'PERSON' AND e.name NOT LIKE '% %'"
            + " ORDER BY m.article_id";
    /** See {@code EntityReader.articlesJoinedAcrossTypes}: the mention's spelling is an alias of both entities. */
    static final String ARTICLES_JOINED_ACROSS_TYPES = "SELECT DISTINCT m.article_id FROM entity_mentions m"
            + " JOIN entities e ON e.id = m.entity_id"
            + " JOIN entity_aliases x ON x.entity_id = m.entity_id AND x.alias = m.text"
            + " WHERE m.type <> e.type AND m.type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'MISC')"
            + " AND EXISTS (SELECT 1 FROM entity_aliases a JOIN entities o ON o.id = a.entity_id"
            + " WHERE a.name_key = x.name_key AND o.type = m.type AND o.id <> m.entity_id)"
            + " ORDER BY m.article_id";

    RegistryJdbc(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }
}
