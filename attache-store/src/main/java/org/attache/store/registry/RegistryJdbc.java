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

    RegistryJdbc(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }
}
