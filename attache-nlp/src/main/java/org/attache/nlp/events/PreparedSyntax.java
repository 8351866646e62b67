package org.attache.nlp.events;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The event coder's registry-free work on one article as data: the tags (and, where the coder needs one, the
 * dependency parse) of each sentence it will code. {@link PatternEventCoder#prepared} computes it on one machine and
 * {@link PatternEventCoder#adopt} hands it to the coder of another, so that coding there does not tag and parse the
 * sentences again: a Spark executor prepares, the driver codes. Coding with it gives the same events as coding
 * without it, since it is exactly what the coder would compute on the spot.
 *
 * @param sentences one entry per prepared sentence, in sentence order
 */
public record PreparedSyntax(List<SentenceSyntax> sentences) {
    public PreparedSyntax {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence's tokens, with their body offsets and tags, and the parse when there is one.
     *
     * @param index  the sentence's index in the article ({@link org.attache.api.Sentence#index()})
     * @param start  the sentence's start offset in the body, checked against the article it is adopted for
     * @param end    the sentence's end offset in the body
     * @param words  the tokens as the tagger read them
     * @param starts each token's start offset in the body
     * @param ends   each token's end offset in the body
     * @param tags   each token's part-of-speech tag
     * @param heads  each token's head (-1 for the root), or null when the sentence was tagged but not parsed
     * @param rels   each token's relation to its head, or null with {@code heads}
     */
    public record SentenceSyntax(int index, int start, int end, String[] words, int[] starts, int[] ends,
                                 String[] tags, int[] heads, String[] rels) {
        public SentenceSyntax {
            Objects.requireNonNull(words, "words");
            if (starts.length != words.length || ends.length != words.length || tags.length != words.length) {
                throw new IllegalArgumentException("tokens, offsets and tags differ in number");
            }
            if ((heads == null) != (rels == null)
                    || heads != null && (heads.length != words.length || rels.length != words.length)) {
                throw new IllegalArgumentException("heads and relations must come together, one per token");
            }
        }

        static SentenceSyntax of(org.attache.api.Sentence s, Syntax.Analysis a) {
            return new SentenceSyntax(s.index(), s.start(), s.end(), a.words, a.start, a.end, a.tags, a.heads,
                    a.rels);
        }

        Syntax.Analysis analysis() {
            return new Syntax.Analysis(words, starts, ends, tags, heads, rels);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SentenceSyntax x && index == x.index && start == x.start && end == x.end
                    && Arrays.equals(words, x.words) && Arrays.equals(starts, x.starts)
                    && Arrays.equals(ends, x.ends) && Arrays.equals(tags, x.tags) && Arrays.equals(heads, x.heads)
                    && Arrays.equals(rels, x.rels);
        }

        @Override
        public int hashCode() {
            return Objects.hash(index, start, end, Arrays.hashCode(words), Arrays.hashCode(tags),
                    Arrays.hashCode(heads));
        }

        @Override
        public String toString() {
            return "SentenceSyntax[" + index + ", " + start + ".." + end + ", " + words.length + " tokens"
                    + (heads != null ? ", parsed]" : "]");
        }
    }
}
