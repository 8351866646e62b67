package org.attache.nlp.events;

import org.attache.nlp.BundledTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Trigger phrases → CAMEO codes: Attaché's own bundled lexicon ({@code event-verbs.tsv}, written from general
 * English and the CAMEO/PLOVER category definitions) plus any patterns a user brings (e.g. read from a
 * PETRARCH verb dictionary). A pattern's first word is its head, a verb lemma ("agree") or a noun ("talks");
 * the other words must follow the head in order within a short window ("call for talks" matches "called for
 * early peace talks"). Heads and following words match their inflected forms (agree/agreed/agrees/agreeing,
 * meet/met, talks/talk). Immutable and thread-safe.
 */
public final class VerbLexicon {
    private static final String RESOURCE = "/org/attache/nlp/events/event-verbs.tsv";
    private static final VerbLexicon BUNDLED = load();

    /**
     * A pattern as a BYO loader produces it.
     *
     * @param words lower-case words; the first is the head (a verb lemma or a noun), the rest follow in order
     * @param cameo the CAMEO code the phrase codes
     */
    public record VerbPattern(List<String> words, String cameo) {
        public VerbPattern {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a pattern needs at least one word (cameo " + cameo + ")");
            }
            Objects.requireNonNull(cameo, "cameo");
        }
    }

    /**
     * A pattern with what the bundled lexicon adds: whether the head is a noun, and the meeting mode.
     *
     * @param pattern the words and code
     * @param noun    true when the head is a noun (a nominal trigger: "talks", "visit")
     * @param mode    the meeting mode label for CONSULT patterns ("phone", "video"), or null
     */
    public record Entry(VerbPattern pattern, boolean noun, String mode) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byHead = new HashMap<>();
    /** surface form → lemmas it may be a form of. */
    private final Map<String, Set<String>> lemmas = new HashMap<>();

    private VerbLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            List<String> w = e.pattern().words();
            byHead.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(e);
            for (int i = 0; i < w.size(); i++) {
                boolean noun = i == 0 ? e.noun() : false;
                for (String form : Inflection.forms(w.get(i), noun, i > 0)) {
                    lemmas.computeIfAbsent(form, k -> new HashSet<>()).add(w.get(i));
                }
            }
        }
        for (List<Entry> list : byHead.values()) {
            // longest pattern first; the file order breaks ties (stable sort)
            list.sort((a, b) -> Integer.compare(b.pattern().words().size(), a.pattern().words().size()));
        }
    }

    /** The bundled lexicon. */
    public static VerbLexicon bundled() {
        return BUNDLED;
    }

    /** This lexicon plus {@code extra} patterns (verb heads, no mode); bundled patterns come first on ties. */
    public VerbLexicon plus(List<VerbPattern> extra) {
        List<Entry> all = new ArrayList<>(entries);
        for (VerbPattern p : extra) {
            List<String> words = p.words().stream().map(w -> w.toLowerCase(Locale.ROOT).trim()).toList();
            all.add(new Entry(new VerbPattern(words, p.cameo()), false, null));
        }
        return new VerbLexicon(all);
    }

    /** All entries. */
    public List<Entry> entries() {
        return entries;
    }

    /** The lemmas a lower-case token may be a form of (empty when no pattern uses it). */
    public Set<String> lemmasOf(String token) {
        return lemmas.getOrDefault(token, Collections.emptySet());
    }

    /** Entries whose head is this lemma, longest first. */
    public List<Entry> withHead(String lemma) {
        return byHead.getOrDefault(lemma, List.of());
    }

    /** Number of patterns. */
    public int size() {
        return entries.size();
    }

    private static VerbLexicon load() {
        List<Entry> entries = new ArrayList<>();
        BundledTable.read(VerbLexicon.class, RESOURCE, (n, line) -> {
            String[] f = line.split("\t");
            if (f.length != 4 || !(f[1].equals("V") || f[1].equals("N"))) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected code, V|N, mode, pattern: " + line);
            }
            List<String> words = List.of(f[3].trim().toLowerCase(Locale.ROOT).split("\\s+"));
            entries.add(new Entry(new VerbPattern(words, f[0]), f[1].equals("N"), f[2].equals("-") ? null : f[2]));
        });
        return new VerbLexicon(entries);
    }
}
