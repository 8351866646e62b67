package org.attache.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removal of the scratch folders that benchmarks, seed evaluations and uploads work in. A folder that cannot be
 * removed is logged, never an error: the work it served is done.
 */
public final class ScratchFolder {
    private static final Logger LOG = LoggerFactory.getLogger(ScratchFolder.class);

    private ScratchFolder() {
    }

    /** Deletes {@code dir} and everything below it; logs a warning when some of it stays. */
    public static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete scratch folder {}: {}", dir, e.toString());
        }
    }
}
