package org.attache.api.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What one search may cost, so that costly queries cannot starve cheap ones. Wildcard, prefix, fuzzy and
 * regular-expression terms (the "costly" terms, which expand over the index's dictionary) are limited in number,
 * length and automaton size when the query is parsed; every search runs under a time budget; and searches with
 * costly terms share a few slots, so that cheap searches never queue behind them.
 *
 * @param maxCostlyTerms    most wildcard, prefix, fuzzy or regular-expression terms in one query
 * @param maxPatternChars   longest such term, in characters
 * @param maxAutomatonStates most states the automaton of one such term may have once determinised
 * @param timeBudget        a search that runs longer is stopped and refused
 * @param costlySlots       searches with costly terms running at once; more wait for a slot within their budget
 */
public record SearchLimits(int maxCostlyTerms, int maxPatternChars, int maxAutomatonStates, Duration timeBudget,
                           int costlySlots) {
    public static final SearchLimits DEFAULTS = new SearchLimits(4, 100, 1_000, Duration.ofSeconds(2), 2);

    public SearchLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxCostlyTerms < 0 || maxPatternChars < 1 || maxAutomatonStates < 1 || costlySlots < 1) {
            throw new IllegalArgumentException("search limits out of range: terms " + maxCostlyTerms + ", chars "
                    + maxPatternChars + ", states " + maxAutomatonStates + ", slots " + costlySlots);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the search time budget must be positive, was " + timeBudget);
        }
    }

    /** These limits with another time budget. */
    public SearchLimits withTimeBudget(Duration budget) {
        return new SearchLimits(maxCostlyTerms, maxPatternChars, maxAutomatonStates, budget, costlySlots);
    }
}
