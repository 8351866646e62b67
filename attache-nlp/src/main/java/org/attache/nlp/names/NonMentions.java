package org.attache.nlp.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spans that name nothing and are dropped:
 * <ul>
 *   <li>an adjective of a body or an office ("a Congressional hearing", "Presidential aides", "Ministerial talks",
 *       "Parliamentary leaders"): like a demonym it is an attribute of the phrase, never an entity. A single word
 *       made of an organisation head or an office word and an adjective ending ("Congress" + "-ional", "President" +
 *       "-ial", "Parliament" + "-ary", "Navy" → "Naval") is such an adjective;</li>
 *   <li>a wire's sign-off: a single word alone on the text's last line ("Reuter", "REUTER..."), or standing after
 *       the last sentence's full stop, closes the story and is no mention of the agency.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NonMentions {
    private static final String[] ADJECTIVE_ENDINGS = {"ional", "ial", "al", "ary"};

    /** Spans without body adjectives and sign-offs; sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            if (s.length() == 1 && bodyAdjective(text.token(s.first())) || signOff(text, s)) {
                continue;
            }
            out.add(s);
        }
        return out.size() == spans.size() ? spans : out;
    }

    /** True for "Congressional", "Presidential", "Senatorial", "Parliamentary", "Naval": an adjective of a body or office. */
    static boolean bodyAdjective(String word) {
        if (!NameLexicon.isTitleCase(word) && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                if (body(stem) || body(stem + "e") || body(stem + "y")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean body(String word) {
        return NameLexicon.isOrgHead(word) || NameLexicon.isOfficeWord(word) && !NameLexicon.isPortfolioWord(word);
    }

    /**
     * True when the span is the only word on the text's last line (trailing dots aside), or the text's last word
     * after a sentence's end, where a sign-off stands once the lines of a wire story are unwrapped.
     */
    static boolean signOff(TokenizedText text, NameSpan s) {
        if (s.length() != 1) {
            return false;
        }
        String body = text.text();
        int from = text.start(s.first());
        int to = text.end(s.first());
        for (int k = to; k < body.length(); k++) {
            char c = body.charAt(k);
            if (!Character.isWhitespace(c) && c != '.') {
                return false;
            }
        }
        for (int k = from - 1; k >= 0; k--) {
            char c = body.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                // a sign-off whose line break was lost when the lines were unwrapped: "... semiconductors. REUTER..."
                return k < from - 1 && ".!?\"”".indexOf(c) >= 0 && text.token(s.first()).length() > 1;
            }
        }
        return false;
    }
}
