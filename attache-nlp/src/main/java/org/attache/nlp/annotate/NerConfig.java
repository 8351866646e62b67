package org.attache.nlp.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Configuration of the recogniser, the one place its options live. Build with {@link #defaults()} and the
 * {@code with…} methods, or from string options with {@link #fromMap}, which rejects unknown keys by name.
 *
 * @param model     which CoNLL CRF to run
 * @param casing    when to use the caseless model
 * @param asciiFold feed the CRF a diacritic-folded copy of the text (same offsets)
 * @param repairs   run Attaché's layers (name repair, organisation split, countries); false = plain CRF
 */
public record NerConfig(Model model, Casing casing, boolean asciiFold, boolean repairs) {
    /** The option keys {@link #fromMap} knows. */
    public static final Set<String> KEYS = Set.of("model", "casing", "ascii_fold", "repairs");

    /** CRF models of the CoreNLP English models jars. */
    public enum Model {
        /** PERSON, ORGANIZATION, LOCATION, MISC (CoNLL-2003): testb F1 0.902 on PER/ORG/LOC. */
        CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz"),
        /** PERSON, ORGANIZATION, LOCATION (CoNLL + MUC + ACE + …): testb F1 0.899, no MISC. */
        ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz");

        final String cased;
        final String caseless;

        Model(String cased, String caseless) {
            this.cased = cased;
            this.caseless = caseless;
        }
    }

    /** Which model reads a text. */
    public enum Casing {
        /** The caseless model for texts (almost) all in lower or upper case, else the cased model. */
        AUTO,
        /** Always the cased model. */
        CASED,
        /** Always the caseless model. */
        CASELESS
    }

    public NerConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(casing, "casing");
    }

    /** 4-class CoNLL model, automatic casing, ASCII folding and all repairs. */
    public static NerConfig defaults() {
        return new NerConfig(Model.CONLL_4CLASS, Casing.AUTO, true, true);
    }

    /** CoreNLP's own CRF as it comes: cased 4-class model, no folding, no repairs (the baseline). */
    public static NerConfig plainCrf() {
        return new NerConfig(Model.CONLL_4CLASS, Casing.CASED, false, false);
    }

    public NerConfig withModel(Model m) {
        return new NerConfig(m, casing, asciiFold, repairs);
    }

    public NerConfig withCasing(Casing c) {
        return new NerConfig(model, c, asciiFold, repairs);
    }

    public NerConfig withAsciiFold(boolean f) {
        return new NerConfig(model, casing, f, repairs);
    }

    public NerConfig withRepairs(boolean r) {
        return new NerConfig(model, casing, asciiFold, r);
    }

    /**
     * The defaults overridden by {@code options} ({@code model=conll_4class|all_3class},
     * {@code casing=auto|cased|caseless}, {@code ascii_fold=true|false}, {@code repairs=true|false}).
     *
     * @throws IllegalArgumentException naming every unknown key, or a bad value
     */
    public static NerConfig fromMap(Map<String, String> options) {
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown NER options: " + unknown + " (known: " + new TreeSet<>(KEYS) + ")");
        }
        NerConfig c = defaults();
        if (options.containsKey("model")) {
            c = c.withModel(Model.valueOf(options.get("model").trim().toUpperCase(Locale.ROOT)));
        }
        if (options.containsKey("casing")) {
            c = c.withCasing(Casing.valueOf(options.get("casing").trim().toUpperCase(Locale.ROOT)));
        }
        if (options.containsKey("ascii_fold")) {
            c = c.withAsciiFold(bool("ascii_fold", options.get("ascii_fold")));
        }
        if (options.containsKey("repairs")) {
            c = c.withRepairs(bool("repairs", options.get("repairs")));
        }
        return c;
    }

    private static boolean bool(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("NER option " + key + " must be true or false, not '" + value + "'");
        };
    }
}
