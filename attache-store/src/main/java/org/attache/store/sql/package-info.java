/**
 * The SQL side of the store: schema migrations (Flyway, {@code db/migration}), the JDBC connection
 * setup and the {@code articles} repository.
 *
 * <p>SQL here is kept portable (SQLite now, PostgreSQL next): standard types only and every value
 * bound through a {@link java.sql.PreparedStatement}. Classes of this package are not thread-safe;
 * the facade {@code org.attache.store.ArticleStore} serialises access.
 */
package org.attache.store.sql;
