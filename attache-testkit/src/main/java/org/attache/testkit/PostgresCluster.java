package org.attache.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests of the PostgreSQL backend: made with {@code initdb} in a temporary folder,
 * started with {@code pg_ctl} on a free loopback port (no Unix socket outside that folder, no password: trust on
 * loopback only), one fresh database per {@link #newDatabase()}, stopped and deleted when the JVM exits.
 *
 * <p>Started once per JVM, on first use, when the server binaries are found (on the PATH or under
 * {@code /usr/lib/postgresql/VERSION/bin}); otherwise {@link #shared()} is empty and {@link #unavailableReason()}
 * says why, for a test to skip with that reason. {@code initdb} refuses to run as root: as root the cluster runs as
 * the {@code postgres} system user (through {@code runuser}), which Debian's package creates.
 */
public final class PostgresCluster {
    private static final Object LOCK = new Object();
    private static PostgresCluster shared;
    private static String unavailable;
    private static boolean tried;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final List<String> asUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path dir, int port, List<String> asUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asUser = asUser;
    }

    /** The JVM's cluster, started on first call; empty when PostgreSQL cannot be run here (see {@link #unavailableReason()}). */
    public static Optional<PostgresCluster> shared() {
        synchronized (LOCK) {
            if (!tried) {
                tried = true;
                try {
                    shared = start();
                } catch (IOException | RuntimeException e) {
                    unavailable = e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    unavailable = "interrupted while starting PostgreSQL";
                }
            }
            return Optional.ofNullable(shared);
        }
    }

    /** Why {@link #shared()} is empty; null when it is not (or was not asked yet). */
    public static String unavailableReason() {
        synchronized (LOCK) {
            return unavailable;
        }
    }

    /** A new empty database in the cluster: its JDBC URL, with the user and no password. */
    public String newDatabase() {
        String name = "attache_test_" + databases.incrementAndGet();
        try {
            run(command(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-U", "attache", name), 60);
        } catch (IOException e) {
            throw new IllegalStateException("createdb " + name + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating database " + name, e);
        }
        return url(name);
    }

    /** The JDBC URL of database {@code name} in this cluster. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=attache";
    }

    private static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found on the PATH or under /usr/lib/postgresql"));
        List<String> asUser = List.of();
        Path dir = Files.createTempDirectory("attache-pg");
        if ("root".equals(System.getProperty("user.name"))) {
            Path runuser = Path.of("/usr/sbin/runuser");
            if (!Files.isExecutable(runuser)) {
                throw new IllegalStateException("running as root and runuser is missing: initdb refuses root");
            }
            asUser = List.of(runuser.toString(), "-u", "postgres", "--");
            run(List.of("chown", "postgres", dir.toString()), 30);
        }
        int port = freePort();
        Path data = dir.resolve("data");
        PostgresCluster cluster = new PostgresCluster(bin, dir, port, asUser);
        run(cluster.command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "attache", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), 120);
        run(cluster.command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
                        + " -c shared_buffers=32MB", "start"), 90);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop test PostgreSQL"));
        return cluster;
    }

    private void stop() {
        try {
            run(command(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), 30);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Stopping the test PostgreSQL in " + dir + " failed: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Deleting " + dir + " failed: " + e.getMessage());
        }
    }

    private List<String> command(String... words) {
        List<String> all = new ArrayList<>(asUser);
        all.addAll(List.of(words));
        return all;
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String p : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(p));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                // none there
            }
        }
        for (Path c : candidates) {
            Path initdb = c.resolve("initdb");
            if (Files.isExecutable(initdb) && Files.isExecutable(c.resolve("pg_ctl"))
                    && Files.isExecutable(c.resolve("createdb"))) {
                try {
                    return Optional.of(initdb.toRealPath().getParent()); // the version's own bin folder
                } catch (IOException e) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.getFirst() + " did not finish in " + seconds + " s");
        }
        if (process.exitValue() != 0) {
            String text = new String(out, StandardCharsets.UTF_8).strip();
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                    + (text.length() > 600 ? text.substring(0, 600) + "…" : text));
        }
    }
}
