package org.attache.store.index;

/**
 * A search refused for its cost, naming the limit it met: too many or too long wildcard, prefix, fuzzy or
 * regular-expression terms, an automaton too large, the time budget spent, or every slot for costly searches
 * taken. An {@link IllegalArgumentException}, as a bad query is; {@link #retryable()} tells a busy server (try
 * again later) from a query that will never pass.
 */
public final class QueryCostException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    QueryCostException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** True when the same query may pass later (the server was busy), false when it is too costly in itself. */
    public boolean retryable() {
        return retryable;
    }
}
