package org.attache.store.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.attache.api.config.SearchLimits;

/**
 * The classic query parser over title and body, with the costly terms (wildcard, prefix, fuzzy, regular
 * expression) limited as the query is parsed: their number, their length, and the size of their automaton, whose
 * construction is itself cut short by a determinisation work limit. Each limit met is a
 * {@link QueryCostException} that names it. One instance per parse.
 */
final class CostlyTermsParser extends MultiFieldQueryParser {
    private final SearchLimits limits;
    private final String query;
    private int costly;
    private boolean expanding;

    CostlyTermsParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, SearchLimits limits, String query) {
        super(fields, analyzer, boosts);
        this.limits = limits;
        this.query = query;
        // the work Lucene may spend making one term's automaton deterministic; a few units per state
        setDeterminizeWorkLimit(limits.maxAutomatonStates() * 10);
    }

    /** Counts one costly term as the user wrote it (not once per field it is expanded to) and checks its length. */
    private boolean enter(String kind, String term) {
        if (expanding) {
            return false;
        }
        if (++costly > limits.maxCostlyTerms()) {
            throw new QueryCostException("Search query \"" + query + "\" has more than " + limits.maxCostlyTerms()
                    + " wildcard, prefix, fuzzy or regular-expression terms (the limit per query)", false);
        }
        if (term.length() > limits.maxPatternChars()) {
            throw new QueryCostException("Search query \"" + query + "\" has a " + kind + " of " + term.length()
                    + " characters; the limit is " + limits.maxPatternChars(), false);
        }
        expanding = true;
        return true;
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        boolean outer = enter("regular expression", termStr);
        try {
            return super.getRegexpQuery(field, termStr);
        } finally {
            expanding = expanding && !outer;
        }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        boolean outer = enter("wildcard term", termStr);
        try {
            return super.getWildcardQuery(field, termStr);
        } finally {
            expanding = expanding && !outer;
        }
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        boolean outer = enter("prefix term", termStr);
        try {
            return super.getPrefixQuery(field, termStr);
        } finally {
            expanding = expanding && !outer;
        }
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        boolean outer = enter("fuzzy term", termStr);
        try {
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        } finally {
            expanding = expanding && !outer;
        }
    }

    @Override
    protected Query newRegexpQuery(Term regexp) {
        return sized(() -> super.newRegexpQuery(regexp), "regular expression /" + regexp.text() + "/");
    }

    @Override
    protected Query newWildcardQuery(Term t) {
        return sized(() -> super.newWildcardQuery(t), "wildcard term " + t.text());
    }

    /** The query, unless its automaton is too complex to build or has more states than the limit. */
    private Query sized(java.util.function.Supplier<Query> make, String what) {
        Query made;
        try {
            made = make.get();
        } catch (TooComplexToDeterminizeException e) {
            throw tooLarge(what);
        }
        if (made instanceof AutomatonQuery automaton
                && automaton.getAutomaton().getNumStates() > limits.maxAutomatonStates()) {
            throw tooLarge(what);
        }
        return made;
    }

    private QueryCostException tooLarge(String what) {
        return new QueryCostException("Search query \"" + query + "\": the " + what + " is too complex (its automaton "
                + "would have more than " + limits.maxAutomatonStates() + " states, the limit)", false);
    }
}
