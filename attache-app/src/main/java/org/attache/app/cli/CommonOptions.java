package org.attache.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: where the data folder is and whether to answer in JSON. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "attache-data",
            description = "Data folder (database, index, logs). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    public Path dataDir() {
        return dataDir;
    }

    public boolean json() {
        return json;
    }
}
