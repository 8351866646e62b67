package org.attache.nlp.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The terms the relevance model reads in a text: lower-cased words, abbreviations with their dots ("u.s."),
 * one token for any number, the currency and percent signs, and each pair of adjacent tokens. Words of one
 * letter are left out. Stateless.
 */
final class TextFeatures {
    /** The token every number becomes. */
    static final String NUMBER = "0";

    private TextFeatures() {
    }

    /** The tokens of {@code text[start, end)} in order. */
    static List<String> tokens(CharSequence text, int start, int end) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                word.setLength(0);
                int j = i;
                while (j < end && Character.isLetter(text.charAt(j))) {
                    word.append(Character.toLowerCase(text.charAt(j)));
                    j++;
                }
                if (j - i == 1 && singleLetterAfterDot(text, j, end)) {
                    // an abbreviation of single letters with dots: "U.S.", "U.K.", "E.C."
                    while (singleLetterAfterDot(text, j, end)) {
                        word.append('.').append(Character.toLowerCase(text.charAt(j + 1)));
                        j += 2;
                    }
                    if (j < end && text.charAt(j) == '.') {
                        word.append('.');
                        j++;
                    }
                }
                if (word.length() > 1) {
                    tokens.add(word.toString());
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < end
                        && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(NUMBER);
                i = j;
            } else {
                if (c == '$' || c == '%' || c == '£' || c == '€' || c == '¥') {
                    tokens.add(String.valueOf(c));
                }
                i++;
            }
        }
        return tokens;
    }

    /** True when {@code text[at]} is a dot followed by one letter standing alone ("." + "S" of "U.S."). */
    private static boolean singleLetterAfterDot(CharSequence text, int at, int end) {
        return at + 1 < end && text.charAt(at) == '.' && Character.isLetter(text.charAt(at + 1))
                && (at + 2 >= end || !Character.isLetter(text.charAt(at + 2)));
    }

    /** Calls {@code sink} with every term of {@code text[start, end)}: each token, then each pair of adjacent tokens. */
    static void terms(CharSequence text, int start, int end, Consumer<String> sink) {
        List<String> tokens = tokens(text, start, end);
        for (String t : tokens) {
            sink.accept(t);
        }
        for (int i = 1; i < tokens.size(); i++) {
            sink.accept(tokens.get(i - 1) + ' ' + tokens.get(i));
        }
    }

    /** The terms of the whole text, as {@link #terms(CharSequence, int, int, Consumer)} gives them. */
    static List<String> terms(CharSequence text) {
        List<String> out = new ArrayList<>();
        terms(text, 0, text.length(), out::add);
        return out;
    }
}
