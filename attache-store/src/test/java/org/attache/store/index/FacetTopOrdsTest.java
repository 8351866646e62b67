package org.attache.store.index;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet values a single-segment search names: the same as counting every value, then sorting (count
 * descending, value ascending; months newest first) and keeping the top ones, as the multi-segment path does,
 * whatever order the values were met in.
 */
class FacetTopOrdsTest {

    @Test
    void keepsTheLargestCountsWithTiesInValueOrder() {
        int[] counts = {0, 3, 7, 3, 0, 7, 1, 3};
        assertThat(FacetedSearch.topOrds(counts, 3)).containsExactly(2, 5, 1);
        assertThat(FacetedSearch.topOrds(counts, 10)).containsExactly(2, 5, 1, 3, 7, 6);
        assertThat(FacetedSearch.topOrds(new int[5], 3)).isEmpty();
        assertThat(FacetedSearch.topOrds(counts, 0)).isEmpty();
    }

    @Test
    void monthsAreTheLargestOrdinalsCounted() {
        int[] counts = {2, 0, 1, 0, 4, 0};
        assertThat(FacetedSearch.topOrds(counts, -2)).containsExactly(4, 2);
        assertThat(FacetedSearch.topOrds(counts, -5)).containsExactly(4, 2, 0);
    }

    @Test
    void agreesWithAFullSortOnRandomCounts() {
        RandomTexts.forAll(300, random -> {
            int[] counts = new int[random.nextInt(200)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
            }
            int k = 1 + random.nextInt(25);
            int[] expected = IntStream.range(0, counts.length).filter(o -> counts[o] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingInt(o -> -counts[o]).thenComparingInt(o -> o))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertThat(FacetedSearch.topOrds(counts, k)).containsExactly(expected);
            int[] months = IntStream.range(0, counts.length).map(o -> counts.length - 1 - o).filter(o -> counts[o] > 0)
                    .limit(k).toArray();
            assertThat(FacetedSearch.topOrds(counts, -k)).containsExactly(months);
            // given only the ordinals counted (as the collector keeps them), the same
            int[] counted = IntStream.range(0, counts.length).filter(o -> counts[o] > 0).toArray();
            assertThat(FacetedSearch.topOrds(counts, counted, k)).containsExactly(expected);
            assertThat(FacetedSearch.topOrds(counts, counted, -k)).containsExactly(months);
            // in the order first met while collecting, the same
            java.util.List<Integer> shuffled = new java.util.ArrayList<>(IntStream.of(counted).boxed().toList());
            java.util.Collections.shuffle(shuffled, random);
            int[] unordered = shuffled.stream().mapToInt(Integer::intValue).toArray();
            assertThat(FacetedSearch.topOrds(counts, unordered, k)).containsExactly(expected);
            assertThat(FacetedSearch.topOrds(counts, unordered, -k)).containsExactly(months);
        });
    }
}
