package org.attache.app.web;

/** {@link AnalystJourneysTest} with the server on PostgreSQL, as {@code serve --db jdbc:postgresql://…} runs it. */
class AnalystJourneysOnPostgresqlTest extends AnalystJourneysTest {
    @Override
    public WebBackend backend() {
        return WebBackend.POSTGRESQL;
    }
}
