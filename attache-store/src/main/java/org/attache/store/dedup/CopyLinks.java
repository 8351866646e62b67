package org.attache.store.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which article a stored copy points to ({@code duplicate_of}), as a function of the set of articles stored, not of
 * the order they arrived in (issue 16 item 2: the same corpus in any order gives the same store).
 *
 * <p>The rule: an article's original is, among the stored articles with a <em>smaller id</em> that it copies, the
 * best by {@link #PREFERENCE}: an exact copy (the same normalised body) before a near one, then the smaller SimHash
 * distance, then the smaller id. So the copies of one body all point to the one with the smallest id, which is the
 * original of all of them, and a near copy points to its closest earlier-by-id article. Links only go to smaller
 * ids, so there are no cycles. Article ids do not depend on the order either (a hash of the outlet and the URL, the
 * container's record id or the body: {@code ArticleIds}), so the smallest id is a choice every order makes alike;
 * "the first stored", the rule before, depended on the order.
 *
 * <p>An article stored later may be a better original for articles already stored (its id is smaller): {@link
 * #decide} says which of them to re-point, so that the store writes them in the same transaction as the new article
 * and the links stay what the rule gives for the set stored so far. The candidates a store finds (same body hash,
 * SimHash within the distance) are a symmetric relation, so adding an article changes the best original only of the
 * articles it is a candidate of.
 */
public final class CopyLinks {
    /**
     * A copy link.
     *
     * @param originalId the article copied
     * @param exact      true when both have the same normalised body
     * @param distance   the SimHash distance between both (0 when exact)
     */
    public record Link(String originalId, boolean exact, int distance) {
        public Link {
            Objects.requireNonNull(originalId, "originalId");
            if (distance < 0) {
                throw new IllegalArgumentException("distance < 0: " + distance);
            }
        }
    }

    /**
     * A stored article that the one being stored copies or is copied by.
     *
     * @param id       its id
     * @param exact    true when it has the same normalised body
     * @param distance the SimHash distance (0 when exact)
     * @param current  its own link as stored (null when it is an original); read only for ids above the new one's
     */
    public record Neighbour(String id, boolean exact, int distance, Link current) {
        public Neighbour {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A stored article re-pointed to the new one: its new link, and the one it had (null: it was an original). */
    public record Repoint(String id, Link link, Link previous) {
    }

    /**
     * What storing an article does to the copy links.
     *
     * @param link       the new article's own link, or null when it is an original
     * @param repointed  stored articles whose original is now the new article, by id
     */
    public record Decision(Link link, List<Repoint> repointed) {
        public Decision {
            repointed = List.copyOf(repointed);
        }
    }

    /** Of two links of one article, the better first: exact before near, then the nearer, then the smaller id. */
    public static final Comparator<Link> PREFERENCE = Comparator.comparing((Link l) -> !l.exact())
            .thenComparingInt(Link::distance).thenComparing(Link::originalId);

    private CopyLinks() {
    }

    /** True when {@code candidate} is a better link than {@code current} (null: no link, which any link beats). */
    public static boolean better(Link candidate, Link current) {
        return current == null || PREFERENCE.compare(candidate, current) < 0;
    }

    /**
     * The links storing article {@code id} gives: its own (the best of its neighbours with a smaller id) and those of
     * its neighbours with a larger id for which it is a better original than the one they have.
     *
     * @param neighbours the stored articles it copies or is copied by, each once (an exact neighbour is also within
     *                   any SimHash distance: give it as exact)
     */
    public static Decision decide(String id, Collection<Neighbour> neighbours) {
        Objects.requireNonNull(id, "id");
        Link own = null;
        List<Repoint> repointed = new ArrayList<>();
        for (Neighbour n : neighbours) {
            int order = n.id().compareTo(id);
            if (order < 0) {
                Link link = new Link(n.id(), n.exact(), n.distance());
                if (better(link, own)) {
                    own = link;
                }
            } else if (order > 0) {
                Link link = new Link(id, n.exact(), n.distance());
                if (better(link, n.current())) {
                    repointed.add(new Repoint(n.id(), link, n.current()));
                }
            }
        }
        repointed.sort(Comparator.comparing(Repoint::id));
        return new Decision(own, repointed);
    }
}
