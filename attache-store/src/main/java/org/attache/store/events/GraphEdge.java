package org.attache.store.events;

import java.util.List;

/**
 * Two nodes that met.
 *
 * @param source   the smaller node id
 * @param target   the larger node id
 * @param events   CONSULT events with both among their actors
 * @param eventIds up to 20 of those events, newest first
 */
public record GraphEdge(String source, String target, long events, List<String> eventIds) {
    public GraphEdge {
        eventIds = List.copyOf(eventIds);
    }
}
