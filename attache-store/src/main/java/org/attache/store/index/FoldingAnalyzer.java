package org.attache.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The analyzer of every text field and of queries: Unicode word segmentation (UAX #29 with ICU's
 * script-specific rules) followed by ICU folding (UTR #30: case, diacritics, width, and letters such
 * as {@code đ → d}). So "Viet Nam" matches "Việt Nam" and "le hoai trung" matches "Lê Hoài Trung", in
 * both directions, because documents and queries are folded alike. Folding is for matching only;
 * stored values keep their diacritics.
 *
 * <p>Thread-safe, like every Lucene {@link Analyzer}.
 */
public final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream folded = new ICUFoldingFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, folded);
    }

    /** Folds prefix, wildcard and fuzzy query terms the same way as indexed terms. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
    }

    /** {@code value} folded as a single keyword (for exact-match fields such as the outlet). */
    public String foldKeyword(String value) {
        return normalize("keyword", value.strip()).utf8ToString();
    }
}
