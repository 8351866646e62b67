package org.attache.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.api.config.WatchConfig;
import org.attache.app.ingest.IngestReport;
import org.attache.app.watch.RoundReport;
import org.attache.app.watch.SourcesFile;
import org.attache.app.watch.Watcher;
import org.attache.extract.fetch.PoliteFetcher;
import org.attache.store.Store;
import org.attache.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache watch SOURCES.toml}: follows the feeds, sitemaps and URL lists of a sources file and ingests what
 * is new, politely, until Ctrl-C; {@code --once} runs one round over every source and exits.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow outlets' feeds, sitemaps and URL lists (a SOURCES.toml file) and ingest new pages, until"
                + " Ctrl-C; --once polls every source once and exits.")
public final class WatchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WatchCommand.class);
    /** Articles per commit: small, since pages trickle in; each article is atomic either way. */
    static final int DEFAULT_COMMIT_EVERY = 32;

    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCES.toml", description = "The sources file (see the README).")
    Path sourcesFile;

    @Option(names = "--once", description = "Poll every source once, ingest what is new, and exit.")
    boolean once;

    @Option(names = "--allow-private", description = "Allow fetching from private, loopback, link-local and other"
            + " non-public addresses (refused by default, after DNS resolution and on every redirect).")
    boolean allowPrivate;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads. Default: number of cores.")
    Integer workers;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + DEFAULT_COMMIT_EVERY,
            description = "Articles per commit; each article is atomic either way. Default: ${DEFAULT-VALUE}")
    int commitEvery;

    @Option(names = "--entities", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Annotate and resolve entities and code events. --no-entities stores articles only."
                    + " Default: ${DEFAULT-VALUE}")
    boolean entities;

    @Override
    public Integer call() throws InterruptedException {
        WatchConfig config = load(sourcesFile, allowPrivate);
        AttacheConfig ingestConfig;
        try {
            ingestConfig = new AttacheConfig(new SourceConfig(config.fetch().maxBytes()),
                    common.withDatabase(new StoreConfig(common.dataDir(), commitEvery,
                            StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE)),
                    workers != null ? workers : Runtime.getRuntime().availableProcessors(), false, coding.config());
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid option: " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = DataFolder.openForWriting(ingestConfig.store());
             PoliteFetcher fetcher = new PoliteFetcher(config.fetch(), version())) {
            Watcher watcher = new Watcher(config, ingestConfig, store,
                    entities ? () -> Stages.analysis(common.dataDir(), ingestConfig.coding()) : null, fetcher,
                    Clock.systemUTC(), new Random());
            LOG.info("watch start sources={} once={} user_agent=\"{}\"", config.sources().size(), once,
                    fetcher.userAgent());
            if (once) {
                RoundReport report;
                try (Progress progress = Progress.start(!common.json(), "Watching")) {
                    report = watcher.round(true, progressLine(progress));
                }
                out.println(common.json() ? Json.pretty(report.toMap()) : report.line());
                return 0;
            }
            if (!common.json()) {
                out.println("Watching " + config.sources().size() + " sources from " + sourcesFile + " as \""
                        + fetcher.userAgent() + "\"; Ctrl-C stops.");
                out.flush();
            }
            runUntilStopped(watcher, out);
        }
        return 0;
    }

    /**
     * Rounds on this thread until Ctrl-C, which stops the watcher (never by an interrupt, which could land inside a
     * store write) and waits for it to close the store.
     */
    private void runUntilStopped(Watcher watcher, PrintWriter out) {
        Thread self = Thread.currentThread();
        AtomicBoolean finished = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!finished.get()) {
                watcher.stop();
                try {
                    self.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "attache-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run(report -> {
                out.println(common.json() ? Json.line(report.toMap()) : report.line());
                out.flush();
            }, report -> { });
        } finally {
            finished.set(true);
        }
    }

    /** The sources file as a typed configuration, or a usage error naming what is wrong in it. */
    static WatchConfig load(Path file, boolean allowPrivate) {
        try {
            return SourcesFile.read(file).withAllowPrivate(allowPrivate);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }

    static String version() {
        String v = WatchCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static Consumer<IngestReport> progressLine(Progress progress) {
        return report -> progress.update(report.items(), String.format(java.util.Locale.ROOT,
                "stored %d present %d skipped %d", report.stored(), report.alreadyPresent(), report.skippedTotal()));
    }
}
