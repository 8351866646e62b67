package org.attache.store;

/**
 * One open store, as the commands and the web server hold it: the narrow interfaces together, and what closes it.
 * Callers pass on only the part they use ({@link ArticleReader}, {@link ArticleWriter}, {@link EntityReader},
 * {@link EventReader}, {@link ReadingRoomStore}, {@link StoreMaintenance}); {@link ArticleStore} implements it over
 * SQLite or PostgreSQL.
 */
public interface Store extends ArticleReader, ArticleWriter, ReadingRoomStore, StoreMaintenance, AutoCloseable {
    /** Reads of the entity registry. */
    EntityReader entities();

    /** Reads of events and stories. */
    EventReader events();

    /** Commits what is pending and closes the store. Idempotent. */
    @Override
    void close();
}
