package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.app.doctor.Doctor;
import org.attache.app.doctor.Finding;
import org.attache.store.Store;
import org.attache.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache doctor}: checks a data folder and repairs what it can. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check that the database is sound, the search index agrees with it and no upload was left "
                + "behind, and repair what can be repaired. Needs the folder to itself (stop `serve` first).")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-repair", description = "Only report; change nothing.")
    boolean noRepair;

    @Override
    public Integer call() {
        List<Finding> findings;
        try (Store store = DataFolder.openExisting(common)) {
            findings = Doctor.standard().run(store, !noRepair);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(findings.stream().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("check", f.check());
                m.put("status", f.status().name().toLowerCase(Locale.ROOT));
                m.put("detail", f.detail());
                return m;
            }).toList()));
        } else {
            for (Finding f : findings) {
                out.printf(Locale.ROOT, "%-9s %-9s %s%n", f.status().name().toLowerCase(Locale.ROOT), f.check(),
                        f.detail());
            }
        }
        return findings.stream().anyMatch(f -> f.status() == Finding.Status.PROBLEM) ? 1 : 0;
    }
}
