package org.attache.store.events;

import java.util.List;

/**
 * Who met whom: CONSULT events as an undirected graph.
 *
 * @param nodes persons or countries taking part in the edges
 * @param edges pairs that met, most events first
 */
public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
