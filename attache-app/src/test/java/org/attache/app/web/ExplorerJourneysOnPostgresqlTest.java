package org.attache.app.web;

/** {@link ExplorerJourneysTest} with the server on PostgreSQL, as {@code serve --db jdbc:postgresql://…} runs it. */
class ExplorerJourneysOnPostgresqlTest extends ExplorerJourneysTest {
    @Override
    public WebBackend backend() {
        return WebBackend.POSTGRESQL;
    }
}
