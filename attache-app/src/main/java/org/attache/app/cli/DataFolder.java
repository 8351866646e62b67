package org.attache.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.api.config.StoreConfig;
import org.attache.app.Logging;
import org.attache.store.ArticleStore;
import org.attache.store.Store;

/** Opens a command's data folder: creates it, sends the log there, opens the store. */
final class DataFolder {
    private DataFolder() {
    }

    /** Opens the store for writing, creating the folder when needed. */
    static Store openForWriting(StoreConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new CliException("cannot create data folder " + config.dataDir() + ": " + e.getMessage(), 1);
        }
        Logging.toFile(config.dataDir().resolve("attache.log"));
        return ArticleStore.open(config);
    }

    /** Opens an existing store for writing; a missing folder is the user's mistake, not an empty result. */
    static Store openExisting(CommonOptions options) {
        existing(options);
        return openForWriting(options.storeConfig());
    }

    /**
     * Opens an existing store for a command that only reads: fast (no migration tool, no index lock) and
     * possible while a server or an ingest writes to the same folder.
     */
    static Store openForReading(CommonOptions options) {
        Path dir = existing(options);
        Logging.toFile(dir.resolve("attache.log"));
        return ArticleStore.openReadOnly(options.storeConfig());
    }

    private static Path existing(CommonOptions options) {
        options.storeConfig(); // a bad --db is refused before anything is created
        Path dir = options.dataDir();
        if (options.database() != null) { // the data is in the database; the folder holds this server's index
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CliException("cannot create data folder " + dir + ": " + e.getMessage(), 1);
            }
            return dir;
        }
        if (!Files.isRegularFile(StoreConfig.at(dir).databaseFile())) {
            throw new CliException("no Attaché data in " + dir + " (run `attache ingest PATH --data " + dir
                    + "` first)", CliException.NOT_FOUND);
        }
        return dir;
    }
}
