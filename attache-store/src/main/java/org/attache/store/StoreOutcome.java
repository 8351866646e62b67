package org.attache.store;

/**
 * What {@link ArticleStore#store} did with one article.
 *
 * <pre>{@code
 * switch (outcome) {
 *     case StoreOutcome.Stored s -> ...
 *     case StoreOutcome.AlreadyPresent p -> ...
 *     case StoreOutcome.ExactDuplicate d -> ... d.originalId()
 *     case StoreOutcome.NearDuplicate d -> ... d.originalId(), d.distance()
 * }
 * }</pre>
 */
public sealed interface StoreOutcome {
    /** The kinds of outcome, for counting. */
    enum Kind { STORED, ALREADY_PRESENT, EXACT_DUPLICATE, NEAR_DUPLICATE }

    /** Id of the article given to {@code store}. */
    String id();

    Kind kind();

    /** True when the article was written (all kinds but {@link AlreadyPresent}). */
    default boolean written() {
        return kind() != Kind.ALREADY_PRESENT;
    }

    /** Stored, no duplicate found. */
    record Stored(String id) implements StoreOutcome {
        @Override
        public Kind kind() {
            return Kind.STORED;
        }
    }

    /** An article with this id was stored before; nothing was written. */
    record AlreadyPresent(String id) implements StoreOutcome {
        @Override
        public Kind kind() {
            return Kind.ALREADY_PRESENT;
        }
    }

    /** Stored, marked as an exact copy (same normalised body) of {@code originalId}. */
    record ExactDuplicate(String id, String originalId) implements StoreOutcome {
        @Override
        public Kind kind() {
            return Kind.EXACT_DUPLICATE;
        }
    }

    /** Stored, marked as a near copy of {@code originalId}: SimHashes {@code distance} bits apart. */
    record NearDuplicate(String id, String originalId, int distance) implements StoreOutcome {
        @Override
        public Kind kind() {
            return Kind.NEAR_DUPLICATE;
        }
    }
}
