package org.attache.store.index;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.attache.api.config.SearchLimits;

/**
 * Runs searches within {@link SearchLimits}: each on a searcher of its own with a deadline (Lucene's
 * {@link IndexSearcher#setTimeout}, which stops collecting when it passes), and those with costly terms (terms
 * that expand over the dictionary: wildcard, prefix, fuzzy, regular expression, ranges) also on an
 * {@link ExitableDirectoryReader}, which stops the expansion itself, and only in one of a few slots. A search
 * that spends its budget, or finds no slot within it, is refused with a {@link QueryCostException}; cheap
 * searches never wait for a slot. Thread-safe.
 */
final class SearchBudget {
    private final SearchLimits limits;
    private final Semaphore costlySlots;

    SearchBudget(SearchLimits limits) {
        this.limits = limits;
        this.costlySlots = new Semaphore(limits.costlySlots(), true);
    }

    SearchLimits limits() {
        return limits;
    }

    /** Work done with the budgeted searcher. */
    @FunctionalInterface
    interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} with a searcher over {@code shared}'s reader that keeps to the budget.
     *
     * @param query the query the work runs, to tell whether it is costly
     * @param text  the user's query, for messages
     * @throws QueryCostException when the budget is spent or no costly slot frees up within it
     */
    <T> T run(IndexSearcher shared, Query query, String text, Work<T> work) throws IOException {
        long budgetNanos = limits.timeBudget().toNanos();
        long deadline = System.nanoTime() + budgetNanos;
        boolean costly = isCostly(query);
        if (costly) {
            boolean slot;
            try {
                slot = costlySlots.tryAcquire(budgetNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryCostException("Search query \"" + text + "\" was interrupted", true);
            }
            if (!slot) {
                throw new QueryCostException("Search query \"" + text + "\" has wildcard, fuzzy or regular-expression"
                        + " terms and all " + limits.costlySlots() + " slots for such searches stayed busy for its "
                        + millis() + " ms budget; try again", true);
            }
            deadline = System.nanoTime() + budgetNanos;
        }
        long until = deadline;
        QueryTimeout timeout = () -> System.nanoTime() - until > 0;
        try {
            IndexReader reader = shared.getIndexReader();
            IndexSearcher searcher = new IndexSearcher(costly && reader instanceof DirectoryReader directory
                    ? ExitableDirectoryReader.wrap(directory, timeout) : reader);
            searcher.setSimilarity(shared.getSimilarity());
            searcher.setTimeout(timeout);
            T result = work.run(searcher);
            if (searcher.timedOut()) {
                throw overBudget(text);
            }
            return result;
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw overBudget(text);
        } finally {
            if (costly) {
                costlySlots.release();
            }
        }
    }

    private QueryCostException overBudget(String text) {
        return new QueryCostException("Search query \"" + text + "\" ran past its " + millis()
                + " ms time budget; narrow it (fewer wildcard or regular-expression terms, more words)", false);
    }

    private long millis() {
        return limits.timeBudget().toMillis();
    }

    /** True when the query holds a term that expands over the dictionary (an automaton, a range). */
    static boolean isCostly(Query query) {
        boolean[] costly = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                costly[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return costly[0];
    }
}
