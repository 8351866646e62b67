package org.attache.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.store.Store;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.WatchConfig;
import org.attache.app.watch.Watcher;
import org.attache.extract.fetch.PoliteFetcher;
import org.attache.app.doctor.Doctor;
import org.attache.app.doctor.Finding;
import org.attache.app.ingest.UploadIngestor;
import org.attache.web.WebAuth;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attache serve}: the reading room, pages and JSON API over one data folder, until Ctrl-C. On a
 * loopback address it has one user and no login; on any other address ({@code --bind 0.0.0.0}) writes
 * need the token it generates on first start (printed then, kept in {@code DATA/web-token}). With {@code --watch
 * SOURCES.toml} it also follows live sources, as {@code attache watch} does, in the same process.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the reading room (web pages and the JSON API at /api) until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 for any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on. Anything but loopback turns on token mode: writes need the"
                    + " token printed on first start. Default: ${DEFAULT-VALUE}")
    String bind;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "In token mode (a non-loopback --bind), a name users reach the server by (the Host they"
                    + " send), besides this machine's own names and addresses; repeatable. Other Hosts get 421.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "SOURCES.toml",
            description = "Also follow the sources of this file while serving, as `attache watch` does: new articles"
                    + " appear on the pages and feeds without a restart.")
    Path watchFile;

    @Option(names = "--allow-private", description = "With --watch: allow fetching from private, loopback and other"
            + " non-public addresses (refused by default).")
    boolean allowPrivate;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CliException("--port must be in 0..65535, was " + port, CommandLine.ExitCode.USAGE);
        }
        if (bind == null || bind.isBlank()) {
            throw new CliException("--bind must not be blank", CommandLine.ExitCode.USAGE);
        }
        WebConfig config;
        try {
            config = WebConfig.of(bind, port, common.dataDir()).withAllowedHosts(allowedHosts);
        } catch (IllegalArgumentException e) {
            throw new CliException("--allowed-host: " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        WatchConfig watchConfig = watchFile == null ? null : WatchCommand.load(watchFile, allowPrivate);
        Store store = watchConfig == null ? DataFolder.openExisting(common)
                : DataFolder.openForWriting(common.storeConfig());
        Finding uploads = Doctor.uploads(store, true); // an upload a killed server left: nothing will finish it
        if (uploads.status() != Finding.Status.OK) {
            LOG.info("uploads: {}", uploads.detail());
        }
        WebServer server;
        try {
            AttacheConfig ingestConfig = new AttacheConfig(SourceConfig.DEFAULTS, store.config(), 1, false,
                    coding.config(), limits.limits());
            server = WebServer.start(store, config,
                    new UploadIngestor(ingestConfig, () -> Stages.analysis(common.dataDir(), coding.config()), store));
        } catch (RuntimeException e) {
            store.close();
            throw new CliException("cannot serve on " + bind + ":" + port + ": " + rootMessage(e)
                    + " (is another server running? try another --port)", 1);
        }
        Thread related = relatedInBackground(store);
        CountDownLatch stopCatchingUp = new CountDownLatch(1);
        Thread catchingUp = catchUpInBackground(store, stopCatchingUp);
        PoliteFetcher fetcher = watchConfig == null ? null : new PoliteFetcher(watchConfig.fetch(), WatchCommand.version());
        Watcher watcher = watchConfig == null ? null : new Watcher(watchConfig, new AttacheConfig(
                new SourceConfig(watchConfig.fetch().maxBytes()), store.config(), 1, false, coding.config(),
                limits.limits()), store,
                () -> Stages.analysis(common.dataDir(), coding.config()), fetcher, Clock.systemUTC(), new Random());
        Thread watching = watcher == null ? null : watchInBackground(watcher);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watching != null) {
                watcher.stop(); // not an interrupt: one landing in a store write would close the index's files
                try {
                    watching.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                fetcher.close();
            }
            try {
                server.stop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the server failed", e);
            }
            stopCatchingUp.countDown(); // not an interrupt either: it may be writing the index
            if (catchingUp != null) {
                try {
                    catchingUp.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (related != null) {
                related.interrupt();
                try {
                    related.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                store.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the store failed", e);
            }
            stopped.countDown();
        }, "attache-serve-shutdown"));
        printBanner(spec.commandLine().getOut(), server, config);
        if (watchConfig != null) {
            spec.commandLine().getOut().println("Watching " + watchConfig.sources().size() + " sources from " + watchFile
                    + " as \"" + fetcher.userAgent() + "\" (rounds are logged in " + config.dataDir()
                    .resolve("attache.log") + ").");
            spec.commandLine().getOut().flush();
        }
        stopped.await();
        return 0;
    }

    /**
     * Computes the Related News lists still pending (a data folder from an older version, or an ingest stopped
     * before its last step) on one thread while the server runs; pages compute their own meanwhile. Null when
     * none is pending.
     */
    /** Seconds between two looks for articles that other processes stored in a shared database. */
    static final int CATCH_UP_SECONDS = 10;

    /**
     * When other processes may write the database (PostgreSQL), indexes what they stored every few seconds, so that
     * this server's searches find it; null on SQLite, where nobody else writes.
     */
    private static Thread catchUpInBackground(Store store, CountDownLatch stop) {
        if (store.config().sqliteInDataDir()) {
            return null;
        }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    if (stop.await(CATCH_UP_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                        return;
                    }
                    store.catchUpWithOtherWriters();
                } catch (InterruptedException e) {
                    return;
                } catch (IllegalStateException e) {
                    return; // the store is closed: the server stops
                } catch (RuntimeException e) {
                    LOG.warn("Indexing the articles other processes stored failed: {}", e.getMessage());
                }
            }
        }, "attache-catch-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Thread relatedInBackground(Store store) {
        long pending = store.relatedPending();
        if (pending == 0) {
            return null;
        }
        LOG.info("Computing the Related News lists of {} articles in the background", pending);
        Thread t = new Thread(() -> {
            try {
                store.updateRelated(1, done -> { });
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.info("Related News lists: stopped with the server; the rest are computed next time");
                } else {
                    LOG.warn("Computing the Related News lists failed; pages compute their own", e);
                }
            }
        }, "attache-related");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Runs the watcher's rounds on a thread of their own, through the server's store: each round's articles are
     * committed as it ends, and the pages read them from then on.
     */
    private static Thread watchInBackground(Watcher watcher) {
        Thread t = new Thread(() -> watcher.run(report -> LOG.info("{}", report.line()), report -> { }),
                "attache-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void printBanner(PrintWriter out, WebServer server, WebConfig config) {
        out.println("Attaché reading room on " + server.url() + " (data: " + config.dataDir() + ")");
        out.println("JSON API: " + server.url() + "api/  (OpenAPI description: " + server.url() + "api/openapi.yaml)");
        WebAuth auth = server.auth();
        if (!auth.requireToken()) {
            out.println("Single-user mode: no login needed on this machine.");
        } else if (auth.createdNow()) {
            out.println("Token mode: writes (follows, ingest) need this token, shown once and kept in "
                    + config.dataDir().resolve(WebAuth.TOKEN_FILE) + ":");
            out.println("  " + auth.token());
            out.println("Log in a browser at " + server.url() + "login?token=" + auth.token());
            out.println("or send 'Authorization: Bearer TOKEN' to the API.");
        } else {
            out.println("Token mode: writes need the token kept in " + config.dataDir().resolve(WebAuth.TOKEN_FILE)
                    + " (log in at " + server.url() + "login?token=TOKEN).");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
