package org.attache.store.events;

import java.nio.file.Path;
import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoreJdbc;

/** The SQL plumbing the event writer and reader share (see {@link StoreJdbc}). */
abstract class EventJdbc extends StoreJdbc {
    EventJdbc(SqlAccess access, Path dataDir) {
        super(access, dataDir);
    }
}
