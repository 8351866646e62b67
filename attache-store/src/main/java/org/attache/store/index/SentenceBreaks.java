package org.attache.store.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for search snippets: the boundaries the JDK's sentence instance finds in news text, found by
 * scanning the string around the offset asked for. The highlighter asks for the sentence around every match of a
 * shown hit; the JDK's rule engine walks a {@link CharacterIterator} a character at a time and re-scans from a
 * safe point backwards on each {@code preceding}, which made sentence finding most of the cost of a search page.
 *
 * <p>A boundary falls after a sentence terminator ({@code . ! ?}), any closing quotes or brackets after it, and the
 * spaces after those: before the next sentence's first character. After a full stop the sentence goes on when its
 * next letter, past any digits or punctuation, is lower case ("U.S. officials", "3.5 pct. 4 more"); after any
 * terminator it goes on when the next character is a comma, colon, semicolon, dash or another terminator. Line breaks
 * are spaces, as in the JDK's rules. Not thread-safe (one per highlighted field, as {@link BreakIterator}s are).
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int following(int offset) {
        check(offset);
        int n = text.length();
        if (offset == n) {
            return DONE;
        }
        int p = offset + 1;
        while (p < n && !isBreak(p)) {
            p++;
        }
        return current = p;
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset == 0) {
            return DONE;
        }
        int p = offset - 1;
        while (p > 0 && !isBreak(p)) {
            p--;
        }
        return current = p;
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        current = offset;
        return offset == 0 || offset == text.length() || isBreak(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }

    /** Whether a sentence starts at {@code p} (0 &lt; p &lt; length). */
    private boolean isBreak(int p) {
        if (!isSpace(text.charAt(p - 1)) || isSpace(text.charAt(p))) {
            return false;
        }
        int q = p - 1;
        while (q >= 0 && isSpace(text.charAt(q))) {
            q--;
        }
        while (q >= 0 && isClose(text.charAt(q))) {
            q--;
        }
        if (q < 0 || continues(text.charAt(p))) {
            return false;
        }
        char terminator = text.charAt(q);
        if (terminator == '!' || terminator == '?') {
            return true;
        }
        return terminator == '.' && !lowerCaseFollows(p);
    }

    /**
     * After a full stop: whether the sentence reads on at {@code p}: a digit there, or a lower-case next letter past
     * anything but letters and terminators.
     */
    private boolean lowerCaseFollows(int p) {
        if (Character.isDigit(text.charAt(p))) {
            return true; // "3.5 pct. 4 pct more" reads on
        }
        for (int i = p; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return false;
    }

    /** Punctuation that goes on with the sentence before it: "and so on. , more" is one sentence. */
    private static boolean continues(char c) {
        return c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '.' || c == '!'
                || c == '?';
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B';
        }
        return c >= '\u00A0' && (c == '\u00A0' || c == '\u2028' || c == '\u2029' || (c > '\u1FFF' && c < '\u200B')
                || c == '\u3000');
    }

    private static boolean isClose(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u2019' || c == '\u201D'
                || c == '\u00BB' || c == '\u203A';
    }
}
