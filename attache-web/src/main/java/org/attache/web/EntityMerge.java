package org.attache.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.Entity;
import org.attache.api.Evidence;
import org.attache.nlp.resolve.AliasList;
import org.attache.nlp.resolve.EntityMerger;
import org.attache.store.Store;
import org.attache.store.registry.MergeExplanation;

/**
 * A user's merge of entities in a data folder, the one implementation behind {@code attache entity merge}
 * and {@code POST /api/entities/{id}/merge}: the entities are folded into the kept one in one transaction
 * ({@link EntityMerger}; the articles naming them are re-indexed), then the merge is written to the data
 * folder's alias file ({@value AliasList#FILE}) so that a {@code reprocess} keeps it. To undo it,
 * take the lines out of the alias file (or add {@code alias,target,split}) and reprocess.
 */
public final class EntityMerge {
    /**
     * The outcome.
     *
     * @param entity    the kept entity as it now reads
     * @param merged    the ids folded into it
     * @param spellings the spellings they brought
     * @param aliasFile the alias file written, or null when not asked
     */
    public record Outcome(Entity entity, List<String> merged, List<String> spellings, Path aliasFile) {
    }

    private EntityMerge() {
    }

    /**
     * Merges {@code otherIds} into {@code keepId} and commits.
     *
     * @param writeAliasFile also record the merge in the alias file
     * @throws IllegalArgumentException naming the id at fault (unknown, repeated, another type)
     */
    public static Outcome merge(Store store, String keepId, List<String> otherIds, boolean writeAliasFile) {
        String oldName = store.entities().entity(keepId).map(Entity::name).orElse(null);
        List<Evidence> firstSeen = new ArrayList<>();
        for (String id : otherIds) {
            firstSeen.add(store.entities().merges(id).stream().map(MergeExplanation::evidence).findFirst().orElse(null));
        }
        EntityMerger.Result result = store.withRegistry(registry -> EntityMerger.merge(registry, keepId, otherIds,
                id -> firstSeen.get(otherIds.indexOf(id))));
        store.commit();
        Path aliasFile = null;
        if (writeAliasFile) {
            aliasFile = store.config().dataDir().resolve(AliasList.FILE);
            List<String> spellings = new ArrayList<>(result.spellings());
            spellings.addAll(result.names());
            List<String> former = new ArrayList<>(result.names());
            former.addAll(result.merged());
            former.add(keepId);
            if (oldName != null && !oldName.equals(result.kept().name())) {
                former.add(oldName);
            }
            AliasList.recordMerge(aliasFile, result.kept().name(), spellings, former);
        }
        Entity entity = store.entities().entity(keepId).orElseThrow();
        return new Outcome(entity, result.merged(), result.spellings(), aliasFile);
    }
}
