package org.attache.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Resolve stage output: an annotated article whose entity mentions are linked to entities of the
 * registry.
 *
 * @param annotated the Annotate stage's output, unchanged
 * @param entityIds parallel to {@link Annotated#mentions()}: the id of the entity each mention names, or
 *                  null for mentions that name no entity (DATE, TITLE)
 */
public record Resolved(Annotated annotated, List<String> entityIds) {
    public Resolved {
        Objects.requireNonNull(annotated, "annotated");
        if (entityIds.size() != annotated.mentions().size()) {
            throw new IllegalArgumentException("entityIds has " + entityIds.size() + " entries for "
                    + annotated.mentions().size() + " mentions");
        }
        entityIds = Collections.unmodifiableList(new ArrayList<>(entityIds)); // List.copyOf rejects nulls
    }

    /** The entity id of mention {@code index}, or null. */
    public String entityId(int index) {
        return entityIds.get(index);
    }
}
