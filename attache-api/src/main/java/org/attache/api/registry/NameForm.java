package org.attache.api.registry;

import java.util.Objects;

/**
 * A spelling of an entity's name with its matching keys. The registry stores the keys as given; the
 * resolver computes them.
 *
 * @param text     the spelling as printed (diacritics kept)
 * @param nameKey  the folded, space-free key that same-name matching compares
 * @param orderKey the folded key with its tokens sorted, for names printed in either order
 */
public record NameForm(String text, String nameKey, String orderKey) {
    public NameForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(orderKey, "orderKey");
    }
}
