package org.attache.app.web;

/** {@link XssBrowserTest} with the server on PostgreSQL, as {@code serve --db jdbc:postgresql://…} runs it. */
class XssBrowserOnPostgresqlTest extends XssBrowserTest {
    @Override
    public WebBackend backend() {
        return WebBackend.POSTGRESQL;
    }
}
