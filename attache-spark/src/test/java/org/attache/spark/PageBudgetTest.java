package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import org.attache.api.SourceItem;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A page's time budget on an executor's task thread. */
class PageBudgetTest {
    private static final Outcome<Analysed> DONE = new Outcome.Skipped<>(
            new SourceItem.Skipped("feed.jsonl:1", 1, "stands for a finished analysis"));

    @AfterEach
    void threadIsLeftClean() {
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag left for the next page").isFalse();
    }

    @Test
    void aPageWithinItsBudgetKeepsItsOutcome() {
        assertThat(PageBudget.within(5_000, "feed.jsonl:1", () -> DONE)).isSameAs(DONE);
    }

    @Test
    void aPageThatChecksItsInterruptIsStoppedAndSkipped() {
        long started = System.nanoTime();
        Outcome<Analysed> outcome = PageBudget.within(100, "feed.jsonl:2", () -> {
            while (true) { // as extraction and annotation check between their steps
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("extraction interrupted");
                }
                Thread.onSpinWait();
            }
        });
        assertThat(reason(outcome)).isEqualTo("feed.jsonl:2: over time budget");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aPageThatIgnoresItsInterruptIsSkippedWhenItReturns() {
        Outcome<Analysed> outcome = PageBudget.within(50, "page.html", () -> {
            while (!Thread.currentThread().isInterrupted()) { // works on past its budget, noticing nothing
                Thread.onSpinWait();
            }
            long until = System.nanoTime() + 50_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return DONE;
        });
        assertThat(reason(outcome)).isEqualTo("page.html: over time budget");
    }

    @Test
    void aFailureOfItsOwnWithinTheBudgetIsNotCalledOverBudget() {
        CancellationException own = new CancellationException("a stage's own cancellation");
        try {
            PageBudget.within(5_000, "page.html", () -> {
                throw own;
            });
        } catch (CancellationException e) {
            assertThat(e).isSameAs(own);
            return;
        }
        throw new AssertionError("the page's own failure was swallowed");
    }

    private static String reason(Outcome<Analysed> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Skipped.class);
        return ((Outcome.Skipped<Analysed>) outcome).skipped().toString();
    }
}
