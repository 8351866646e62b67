package org.attache.app.doctor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.app.ScratchFolder;
import org.attache.store.Store;
import org.attache.store.IndexCheck;
import org.attache.store.StoreStats;

/**
 * The checks of {@code attache doctor}, in order: the database is sound (SQLite's own check), the search index
 * holds exactly the stored articles and its writer is healthy (repair: rebuild it from the database), and no
 * upload was left behind by a server that stopped mid-way (repair: remove it). A process that interrupts its work
 * may leave its own marker in the folder; its check belongs in {@link #standard()} beside these.
 */
public final class Doctor {
    private final List<DoctorCheck> checks;

    public Doctor(List<DoctorCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The standard checks. */
    public static Doctor standard() {
        return new Doctor(List.of(Doctor::database, Doctor::index, Doctor::uploads));
    }

    /** Runs every check on {@code store}; repairs when {@code repair}. */
    public List<Finding> run(Store store, boolean repair) {
        List<Finding> findings = new ArrayList<>();
        for (DoctorCheck check : checks) {
            findings.add(check.run(store, repair));
        }
        return findings;
    }

    static Finding database(Store store, boolean repair) {
        List<String> problems = store.checkDatabase();
        boolean sqlite = store.config().sqliteInDataDir();
        if (problems.isEmpty()) {
            return new Finding("database", Finding.Status.OK, sqlite ? "SQLite's integrity check passed"
                    : "the database " + store.config().databaseLabel() + " answers");
        }
        return new Finding("database", Finding.Status.PROBLEM, problems.size() + " problem(s), first: "
                + problems.getFirst() + (sqlite ? " (restore attache.db from a backup; doctor cannot repair the database)"
                : " (check the database server; doctor cannot repair it)"));
    }

    static Finding index(Store store, boolean repair) {
        IndexCheck check = store.verify();
        StoreStats stats = store.stats();
        String problem = stats.indexProblem();
        if (check.agree() && problem == null) {
            return new Finding("index", Finding.Status.OK, "holds the " + check.dbCount() + " stored articles");
        }
        String found = check.agree() ? "index error: " + problem
                : check.missingFromIndex() + " stored article(s) missing from the index, " + check.notInDatabase()
                        + " indexed article(s) not in the database";
        if (!repair) {
            return new Finding("index", Finding.Status.PROBLEM, found + " (doctor without --no-repair rebuilds it)");
        }
        long indexed = store.reindex(n -> { });
        IndexCheck after = store.verify();
        return after.agree()
                ? new Finding("index", Finding.Status.REPAIRED, found + "; rebuilt from the database (" + indexed
                        + " articles)")
                : new Finding("index", Finding.Status.PROBLEM, found + "; a rebuild did not make them agree: " + after);
    }

    /**
     * Uploads left behind in the store's folder by a server that stopped mid-way; with {@code repair}, removed.
     * Call only while holding the store for writing (so no other server can be working in one of them).
     */
    public static Finding uploads(Store store, boolean repair) {
        Path uploads = store.config().dataDir().resolve("uploads");
        List<Path> left = new ArrayList<>();
        if (Files.isDirectory(uploads)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(uploads, "upload-*")) {
                entries.forEach(left::add);
            } catch (IOException e) {
                return new Finding("uploads", Finding.Status.PROBLEM, "cannot list " + uploads + ": " + e.getMessage());
            }
        }
        if (left.isEmpty()) {
            return new Finding("uploads", Finding.Status.OK, "none left behind");
        }
        // the store is open for writing, so no server is running that could still be working in one of them
        if (!repair) {
            return new Finding("uploads", Finding.Status.PROBLEM, left.size()
                    + " upload(s) left behind by a server that stopped mid-way, in " + uploads);
        }
        left.forEach(ScratchFolder::delete);
        long remaining = left.stream().filter(Files::exists).count();
        return remaining == 0
                ? new Finding("uploads", Finding.Status.REPAIRED, "removed " + left.size()
                        + " upload(s) left behind by a server that stopped mid-way")
                : new Finding("uploads", Finding.Status.PROBLEM, remaining + " upload(s) could not be removed from "
                        + uploads);
    }
}
