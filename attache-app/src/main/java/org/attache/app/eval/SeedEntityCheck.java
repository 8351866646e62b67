package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.api.Entity;
import org.attache.api.Office;
import org.attache.nlp.resolve.NameKeys;

/**
 * Checks the entity part of a seed gold file ({@code must} / {@code may} entities per document) against
 * what the registry holds: each gold entity found or missed, with its type, country and titles, and the
 * cross-document pairs (the same gold name in two documents) resolved to one entity.
 *
 * <p>Names and spellings are compared by {@link NameKeys#key} (case, diacritics, punctuation and spacing
 * ignored). A gold title counts as attached when one way of writing an office of the entity ("[former]
 * TITLE [of ORGANISATION]", or two titles of one organisation coordinated) has the same folded tokens,
 * or the same first word and at least three quarters of its tokens in common (an organisation written
 * with its acronym or expansion).
 */
public final class SeedEntityCheck {

    /** The entities one document of the store mentions, by the document's gold file name. */
    public interface Lookup {
        /** The entities mentioned in the article made from {@code file}. */
        List<Entity> entitiesOf(String file);
    }

    /**
     * One gold entity's outcome.
     *
     * @param file          the seed page
     * @param level         "must" or "may"
     * @param name          the gold name
     * @param entityId      the entity matched, or null when missed
     * @param typeOk        the entity's type equals the gold type (false when missed)
     * @param countryOk     the gold country is null or equals the entity's
     * @param titlesFound   gold titles attached to the entity
     * @param titlesMissing gold titles not attached
     * @param got           what was found, for the report: "name (TYPE, CTY)"
     */
    public record Row(String file, String level, String name, String entityId, boolean typeOk, boolean countryOk,
                      List<String> titlesFound, List<String> titlesMissing, String got) {
        public boolean found() {
            return entityId != null;
        }

        /** Found with the right type, country and every title. */
        public boolean complete() {
            return found() && typeOk && countryOk && titlesMissing.isEmpty();
        }
    }

    /** A gold name seen in two documents, and whether both resolved to one entity. */
    public record Pair(String name, String fileA, String fileB, String idA, String idB) {
        public boolean same() {
            return idA != null && idA.equals(idB);
        }
    }

    /** The whole result. */
    public record Result(List<Row> rows, List<Pair> pairs) {
        public long mustTotal() {
            return rows.stream().filter(r -> r.level().equals("must")).count();
        }

        public long mustComplete() {
            return rows.stream().filter(r -> r.level().equals("must") && r.complete()).count();
        }

        public long mayFound() {
            return rows.stream().filter(r -> r.level().equals("may") && r.found()).count();
        }

        public boolean passed() {
            return mustComplete() == mustTotal() && pairs.stream().allMatch(Pair::same);
        }
    }

    private SeedEntityCheck() {
    }

    /** Checks every document's entity lists of {@code gold} against {@code lookup}. */
    public static Result check(JsonNode gold, Lookup lookup) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Row>> byName = new java.util.LinkedHashMap<>();
        for (JsonNode doc : gold.path("documents")) {
            String file = doc.path("file").asText();
            List<Entity> entities = lookup.entitiesOf(file);
            for (String level : List.of("must", "may")) {
                for (JsonNode expected : doc.path("entities").path(level)) {
                    Row row = row(file, level, expected, entities);
                    rows.add(row);
                    byName.computeIfAbsent(NameKeys.key(row.name()), k -> new ArrayList<>()).add(row);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Row> same : byName.values()) {
            for (int i = 1; i < same.size(); i++) {
                Row a = same.getFirst();
                Row b = same.get(i);
                if (!a.file().equals(b.file())) {
                    pairs.add(new Pair(a.name(), a.file(), b.file(), a.entityId(), b.entityId()));
                }
            }
        }
        return new Result(rows, pairs);
    }

    private static Row row(String file, String level, JsonNode expected, List<Entity> entities) {
        String name = expected.path("name").asText();
        List<String> spellings = new ArrayList<>(List.of(name));
        expected.path("seen_as").forEach(s -> spellings.add(s.asText()));
        Optional<Entity> match = entities.stream().filter(e -> spelledAs(e, name)).findFirst()
                .or(() -> entities.stream().filter(e -> spellings.stream().anyMatch(s -> spelledAs(e, s))).findFirst());
        List<String> titles = new ArrayList<>();
        expected.path("titles").forEach(t -> titles.add(t.asText()));
        if (match.isEmpty()) {
            return new Row(file, level, name, null, false, false, List.of(), titles, null);
        }
        Entity e = match.get();
        String type = expected.path("type").asText(null);
        String country = expected.path("country").isTextual() ? expected.path("country").asText() : null;
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String title : titles) {
            (holds(e, title) ? found : missing).add(title);
        }
        return new Row(file, level, name, e.id(), type == null || type.equals(e.type().name()),
                country == null || country.equals(e.country()), found, missing,
                e.name() + " (" + e.type() + ", " + (e.country() == null ? "-" : e.country()) + ")");
    }

    private static boolean spelledAs(Entity e, String spelling) {
        String key = NameKeys.key(spelling);
        return !key.isEmpty() && (NameKeys.key(e.name()).equals(key)
                || e.aliases().stream().anyMatch(a -> NameKeys.key(a).equals(key)));
    }

    private static boolean holds(Entity e, String title) {
        List<String> want = NameKeys.tokens(title);
        List<List<String>> phrases = new ArrayList<>(officePhrases(e.offices()));
        phrases.addAll(officePhrases(e.formerOffices()));
        for (List<String> office : phrases) {
            if (office.equals(want) || (office.getFirst().equals(want.getFirst()) && jaccard(office, want) >= 0.75)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ways an entity's offices can be written: "[former] [acting] TITLE[-elect] [of ORG]" (with "former"
     * for a former office, never without), and two titles of one organisation coordinated ("Director and CEO
     * of ORG"), as folded tokens.
     */
    private static List<List<String>> officePhrases(List<Office> offices) {
        List<List<String>> phrases = new ArrayList<>();
        for (Office o : offices) {
            String of = o.organization() == null ? "" : " of " + o.organization();
            String prefix = (o.former() ? "former " : "") + (o.acting() ? "acting " : "");
            String title = o.title() + (o.elect() ? "-elect" : "");
            phrases.add(NameKeys.tokens(prefix + title));
            phrases.add(NameKeys.tokens(prefix + title + of));
            for (Office other : offices) {
                if (other != o && o.organization() != null && o.organization().equals(other.organization())) {
                    phrases.add(NameKeys.tokens(o.title() + " and " + other.title() + of));
                }
            }
        }
        phrases.removeIf(List::isEmpty);
        return phrases;
    }

    private static double jaccard(List<String> a, List<String> b) {
        java.util.Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(new java.util.HashSet<>(b));
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
