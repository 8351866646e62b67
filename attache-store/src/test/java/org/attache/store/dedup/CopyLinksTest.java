package org.attache.store.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CopyLinks}: the links that storing articles one by one (re-pointing as {@link CopyLinks#decide} says) leaves
 * are the same in every order, and are the set's rule: exact before near, the nearer, the smaller id, among smaller ids.
 */
class CopyLinksTest {
    /** Five articles: a, c, e share a body; b is near a and c (2 and 1 bits); d is near b only (3 bits). */
    private static final String[] IDS = {"a", "b", "c", "d", "e"};
    private static final int NONE = -1;
    private static final int EXACT = 0;
    private static final int[][] RELATION = {
            //  a     b     c     d     e
            {NONE, 2, EXACT, NONE, EXACT},   // a
            {2, NONE, 1, 3, 1},              // b
            {EXACT, 1, NONE, NONE, EXACT},   // c
            {NONE, 3, NONE, NONE, NONE},     // d
            {EXACT, 1, EXACT, NONE, NONE},   // e
    };
    private static final List<String> EXACT_GROUP = List.of("a", "c", "e");

    @Test
    void everyOrderLeavesTheSameLinksAndTheyAreTheSetsRule() {
        Map<String, CopyLinks.Link> expected = new TreeMap<>();
        expected.put("a", null);
        expected.put("b", new CopyLinks.Link("a", false, 2)); // only a is smaller: a near copy of it
        expected.put("c", new CopyLinks.Link("a", true, 0));
        expected.put("d", new CopyLinks.Link("b", false, 3));
        expected.put("e", new CopyLinks.Link("a", true, 0)); // exact beats b's 1 bit
        List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3, 4));
        assertThat(orders).hasSize(120);
        for (List<Integer> order : orders) {
            assertThat(store(order)).as("order %s", order).isEqualTo(expected);
        }
    }

    @Test
    void theNearerOriginalWinsAndTiesGoToTheSmallerId() {
        CopyLinks.Decision d = CopyLinks.decide("m", List.of(
                new CopyLinks.Neighbour("k", false, 3, null),
                new CopyLinks.Neighbour("l", false, 1, null),
                new CopyLinks.Neighbour("j", false, 1, null)));
        assertThat(d.link()).isEqualTo(new CopyLinks.Link("j", false, 1));
        assertThat(d.repointed()).isEmpty();
        // a larger id copying something farther than the new article is re-pointed; one nearer to its own is not
        CopyLinks.Decision later = CopyLinks.decide("b", List.of(
                new CopyLinks.Neighbour("x", false, 1, new CopyLinks.Link("a", false, 2)),
                new CopyLinks.Neighbour("y", false, 2, new CopyLinks.Link("a", false, 1)),
                new CopyLinks.Neighbour("z", false, 1, new CopyLinks.Link("a", true, 0))));
        assertThat(later.link()).isNull();
        assertThat(later.repointed()).containsExactly(new CopyLinks.Repoint("x", new CopyLinks.Link("b", false, 1),
                new CopyLinks.Link("a", false, 2)));
    }

    /** Stores the articles in this order as the store does; returns each one's link at the end. */
    private static Map<String, CopyLinks.Link> store(List<Integer> order) {
        Map<String, CopyLinks.Link> links = new TreeMap<>();
        for (int i : order) {
            List<CopyLinks.Neighbour> neighbours = new ArrayList<>();
            for (int j = 0; j < IDS.length; j++) {
                if (links.containsKey(IDS[j]) && RELATION[i][j] != NONE) {
                    boolean exact = EXACT_GROUP.contains(IDS[i]) && EXACT_GROUP.contains(IDS[j]);
                    neighbours.add(new CopyLinks.Neighbour(IDS[j], exact, RELATION[i][j], links.get(IDS[j])));
                }
            }
            CopyLinks.Decision d = CopyLinks.decide(IDS[i], neighbours);
            links.put(IDS[i], d.link());
            d.repointed().forEach(r -> links.put(r.id(), r.link()));
        }
        return links;
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> all = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            List<Integer> rest = new ArrayList<>(items);
            int head = rest.remove(k);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}
