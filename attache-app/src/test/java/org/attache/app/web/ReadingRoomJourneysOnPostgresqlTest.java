package org.attache.app.web;

/** {@link ReadingRoomJourneysTest} with the server on PostgreSQL, as {@code serve --db jdbc:postgresql://…} runs it. */
class ReadingRoomJourneysOnPostgresqlTest extends ReadingRoomJourneysTest {
    @Override
    public WebBackend backend() {
        return WebBackend.POSTGRESQL;
    }
}
