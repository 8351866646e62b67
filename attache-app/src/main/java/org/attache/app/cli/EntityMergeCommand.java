package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.store.Store;
import org.attache.web.EntityMerge;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache entity merge KEEP OTHER…}: folds entities the resolver kept apart into one, and writes the
 * merge to the alias file so a {@code reprocess} keeps it.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge entities into one: OTHER's spellings, mentions, offices, events and follows become KEEP's.",
                "The merge is written to DATA/registry/aliases.csv; to undo it, remove those lines (or add",
                "'alias,target,split') and run `attache reprocess`."})
public final class EntityMergeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEEP", description = "Id (or unique id prefix) of the entity to keep.")
    String keep;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "Ids (or unique prefixes) to merge into KEEP.")
    List<String> others;

    @Option(names = "--no-alias-file", description = "Merge in the store only; a reprocess undoes it.")
    boolean noAliasFile;

    @Override
    public Integer call() {
        EntityMerge.Outcome outcome;
        try (Store store = DataFolder.openExisting(common)) {
            String keepId = id(store, keep);
            List<String> otherIds = new ArrayList<>();
            for (String other : others) {
                otherIds.add(id(store, other));
            }
            outcome = EntityMerge.merge(store, keepId, otherIds, !noAliasFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("entity", outcome.entity());
            json.put("merged", outcome.merged());
            json.put("spellings", outcome.spellings());
            json.put("alias_file", outcome.aliasFile() == null ? null : outcome.aliasFile().toString());
            out.println(Json.pretty(json));
        } else {
            out.printf("Merged %s into %s (%s): %d spelling%s moved%s.%n", String.join(", ", outcome.merged()),
                    outcome.entity().id(), outcome.entity().name(), outcome.spellings().size(),
                    outcome.spellings().size() == 1 ? "" : "s",
                    outcome.aliasFile() == null ? "" : "; recorded in " + outcome.aliasFile());
        }
        return 0;
    }

    /** An entity id, or a prefix of exactly one. */
    private static String id(Store store, String given) {
        String q = given.strip();
        List<String> ids = q.matches("[0-9a-f]{4,}") ? store.entities().idsWithPrefix(q, 2) : List.of();
        if (ids.size() == 1) {
            return ids.getFirst();
        }
        if (ids.size() > 1 && !ids.contains(q)) {
            throw new CliException("entity id prefix " + q + " is ambiguous; give more of it", CommandLine.ExitCode.USAGE);
        }
        if (ids.contains(q)) {
            return q;
        }
        throw new CliException("no entity " + q + " (give an id from `attache entities`)", CliException.NOT_FOUND);
    }
}
