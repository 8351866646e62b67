package org.attache.web.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.attache.api.config.StoreConfig;
import org.attache.testkit.PostgresCluster;

/**
 * The OpenAPI walk with the server on PostgreSQL (what {@code serve --db jdbc:postgresql://…} runs): a throwaway
 * database of the shared test cluster; skipped with the reason when no PostgreSQL server can run here.
 */
class OpenApiWalkOnPostgresqlTest extends OpenApiWalkTest {
    @Override
    StoreConfig config(Path dataDir) {
        Optional<PostgresCluster> cluster = PostgresCluster.shared();
        assumeTrue(cluster.isPresent(), () -> "no PostgreSQL here: " + PostgresCluster.unavailableReason());
        return StoreConfig.at(dataDir).withDatabase(cluster.get().newDatabase());
    }
}
