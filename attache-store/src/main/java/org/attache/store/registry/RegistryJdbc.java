package org.attache.store.registry;

import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoreJdbc;

/** The SQL plumbing the registry's writer and reader share (see {@link StoreJdbc}). */
abstract class RegistryJdbc extends StoreJdbc {
    RegistryJdbc(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }
}
