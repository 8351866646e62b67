package org.attache.nlp.names;

/** Test texts made of words joined by single spaces, one sentence, as the name passes see them after tokenising. */
final class SpacedTokens {
    private SpacedTokens() {
    }

    static TokenizedText of(String... words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.length];
        int[] ends = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(words[i]);
            ends[i] = text.length();
        }
        return new TokenizedText(text.toString(), starts, ends, new int[] {0});
    }
}
