package org.attache.store.events;

/**
 * A person or country of the meetings graph.
 *
 * @param id      entity id (person level) or alpha-3 code (country level)
 * @param label   the entity's name, or the code
 * @param country the person's country (alpha-3) or null; the code itself at country level
 * @param events  CONSULT events (in the date range) in which it meets someone of the graph
 */
public record GraphNode(String id, String label, String country, long events) {
}
