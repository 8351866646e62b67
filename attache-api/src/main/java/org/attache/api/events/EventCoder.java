package org.attache.api.events;

import org.attache.api.Annotated;
import org.attache.api.Resolved;
import org.attache.api.registry.EntityRegistry;

import java.util.List;
import java.util.function.IntPredicate;

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

    /**
     * {@link #code(Resolved, EntityRegistry)} for a caller that keeps only the events of the sentences {@code kept}
     * accepts (by {@link org.attache.api.Sentence#index()}), such as a relevance gate: a coder may spare the costly
     * analysis (a parse) of the other sentences, whose events are dropped. The default codes every sentence alike.
     */
    default List<Event> code(Resolved resolved, EntityRegistry registry, IntPredicate kept) {
        return code(resolved, registry);
    }

    /** {@link #prepare(Annotated)} for a caller that keeps only the events of the sentences {@code kept} accepts. */
    default void prepare(Annotated annotated, IntPredicate kept) {
        prepare(annotated);
    }
}
