package org.attache.store.events;

import java.util.List;
import org.attache.store.sql.CacheWeighed;

/**
 * Who met whom: CONSULT events as an undirected graph.
 *
 * @param nodes persons or countries taking part in the edges
 * @param edges pairs that met, most events first
 */
public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) implements CacheWeighed {
    @Override
    public int records() {
        return nodes.size() + edges.size();
    }

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
