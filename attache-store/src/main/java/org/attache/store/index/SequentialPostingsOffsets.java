package org.attache.store.index;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Match offsets of a plain-terms query read from the postings, one postings enum per term for all the hits of a
 * segment: the highlighter visits a page's hits in document order, so each term's enum only moves forward. Lucene's
 * own postings strategy seeks every term again and opens a new enum for every hit (a terms-dictionary seek and
 * a few KB of buffers per term per hit: the largest allocation of a search page). Same offsets; phrases, wildcards
 * and anything else it cannot read term by term are left to Lucene's strategies ({@link #appliesTo}).
 * One per highlighted field and call; not thread-safe.
 */
final class SequentialPostingsOffsets extends FieldOffsetStrategy {
    private LeafReader reader;
    private PostingsEnum[] postings;
    private int lastDoc = -1;

    SequentialPostingsOffsets(UHComponents components) {
        super(components);
    }

    /** Whether the query's matches in the field are its terms alone. */
    static boolean appliesTo(UnifiedHighlighter.OffsetSource source, UHComponents components) {
        PhraseHelper phrases = components.phraseHelper();
        return source == UnifiedHighlighter.OffsetSource.POSTINGS && !phrases.hasPositionSensitivity()
                && !phrases.willRewrite() && components.automata().length == 0 && !components.hasUnrecognizedQueryPart()
                && !components.highlightFlags().contains(UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES);
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader leafReader, int doc, String content) throws IOException {
        if (leafReader != reader || doc <= lastDoc) {
            open(leafReader); // a new segment, or a caller going backwards: start over
        }
        lastDoc = doc;
        BytesRef[] terms = components.terms();
        List<OffsetsEnum> matches = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            PostingsEnum p = postings[i];
            if (p == null) {
                continue;
            }
            int at = p.docID() < doc ? p.advance(doc) : p.docID();
            if (at == doc) {
                matches.add(new OffsetsEnum.OfPostings(terms[i], p));
            }
        }
        return switch (matches.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> matches.getFirst();
            default -> new OffsetsEnum.MultiOffsetsEnum(matches);
        };
    }

    private void open(LeafReader leafReader) throws IOException {
        reader = leafReader;
        lastDoc = -1;
        BytesRef[] terms = components.terms();
        postings = new PostingsEnum[terms.length];
        Terms index = leafReader.terms(getField());
        if (index == null) {
            return;
        }
        TermsEnum termsEnum = index.iterator();
        for (int i = 0; i < terms.length; i++) {
            if (termsEnum.seekExact(terms[i])) {
                postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
            }
        }
    }
}
