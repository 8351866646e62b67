package org.attache.nlp.annotate;

import org.attache.api.Annotated;

/**
 * A step run after the recogniser on a whole annotation (office grammar, coreference, …). Implementations
 * must keep offsets exact ({@code bodyText().substring(start, end).equals(text)}), keep mentions sorted by
 * start, and be thread-safe: one layer instance serves every worker.
 */
@FunctionalInterface
public interface MentionLayer {
    Annotated apply(Annotated in);
}
