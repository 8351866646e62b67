package org.attache.api.registry;

import java.util.Objects;

/**
 * A spelling of an entity's name with its matching keys. The registry stores the keys as given; the
 * resolver computes them.
 *
 * @param text     the spelling as printed (diacritics kept)
 * @param nameKey  the folded, space-free key that same-name matching compares
 * @param orderKey the folded key with its tokens sorted, for names printed in either order
 * @param lastKey  the folded last token ("shultz" of "George Shultz"), which surname and spelling-variant
 *                 matching look up; empty when the spelling has no letters or digits
 * @param wordKeys further keys the resolver indexes the spelling under for its own near-spelling rules (an
 *                 organisation's long name, see the resolver), stored with {@link #variantKeys()}; empty for most
 */
public record NameForm(String text, String nameKey, String orderKey, String lastKey, java.util.Set<String> wordKeys) {
    public NameForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(orderKey, "orderKey");
        lastKey = lastKey == null ? "" : lastKey;
        wordKeys = wordKeys == null ? java.util.Set.of() : java.util.Set.copyOf(wordKeys);
    }

    /** A spelling without further keys. */
    public NameForm(String text, String nameKey, String orderKey, String lastKey) {
        this(text, nameKey, orderKey, lastKey, java.util.Set.of());
    }

    /** A spelling whose last token is not looked up (no surname or spelling-variant matching). */
    public NameForm(String text, String nameKey, String orderKey) {
        this(text, nameKey, orderKey, "");
    }

    /**
     * The keys under which spelling-variant matching finds this spelling: its last key and every string
     * made by deleting one of its characters (a symmetric-delete index: two keys within one insertion,
     * deletion or substitution share one of them), then its {@link #wordKeys()}. Empty for last keys shorter than
     * {@value #MIN_VARIANT_LENGTH} characters, whose one-letter variants are other names.
     */
    public java.util.Set<String> variantKeys() {
        if (wordKeys.isEmpty()) {
            return variantKeys(lastKey);
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>(variantKeys(lastKey));
        wordKeys.stream().sorted().forEach(out::add);
        return out;
    }

    /** Shortest last key that gets variant keys. */
    public static final int MIN_VARIANT_LENGTH = 6;

    /** {@link #variantKeys()} of any key. */
    public static java.util.Set<String> variantKeys(String key) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (key == null || key.codePointCount(0, key.length()) < MIN_VARIANT_LENGTH || key.length() != key.codePointCount(0, key.length())) {
            return out;
        }
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
