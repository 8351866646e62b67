package org.attache.api.events;

import org.attache.api.Annotated;
import org.attache.api.Resolved;
import org.attache.api.registry.EntityRegistry;

import java.util.List;

/**
 * Code stage: {@code Resolved → events}. Implementations are thread-safe and keep no per-document
 * state. Events come in evidence order; their {@link Event#storyId()} is null (the Cluster stage sets it).
 */
public interface EventCoder {
    /**
     * @param resolved the article with its mentions linked to entities
     * @param registry read only: names and countries of the linked entities
     */
    List<Event> code(Resolved resolved, EntityRegistry registry);

    /**
     * Work on the annotated article that needs no registry (tagging, parsing), done ahead of {@link #code} on
     * the calling thread so that a pipeline can spread it over its workers. Optional: {@link #code} does
     * whatever was not prepared. The default does nothing.
     */
    default void prepare(Annotated annotated) {
    }
}
