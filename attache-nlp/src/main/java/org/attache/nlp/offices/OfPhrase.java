package org.attache.nlp.offices;

import java.util.List;

import org.attache.api.Mention;
import org.attache.nlp.offices.Tokens.Tok;

/**
 * The noun phrase after a title's "of"/"for": "the Lee Kuan Yew School of Public Policy", "the Institute of
 * Southeast Asian Studies (ISEAS) – Yusof Ishak Institute", "the external relations commission of Singapore’s
 * ruling People’s Action Party (PAP)", "the party". It stops at the holder's name, at a coordinated title,
 * at clause words, punctuation and a participle with an object after a noun ("the rebels fighting X"), and
 * drops a trailing run of lower-case words unless nothing else is left.
 */
final class OfPhrase {
    private static final int MAX_TOKENS = 24;

    private final Tokens toks;
    private final List<Mention> ms;
    OfPhrase(Tokens toks, List<Mention> ms) {
        this.toks = toks;
        this.ms = ms;
    }

    /** Token index after the phrase starting at {@code from}; {@code from} itself when there is none. */
    int end(int from) {
        int q = from;
        Tok first = toks.get(q);
        if (first == null) {
            return from;
        }
        boolean determiner = TitleWords.DETERMINERS.contains(TitleWords.lower(first.s()));
        if (determiner) {
            q++;
        }
        int anchor = -1;
        int firstLower = -1;
        while (q < toks.size() && q - from < MAX_TOKENS) {
            Tok t = toks.get(q);
            Tok prev = toks.get(q - 1);
            if (OfficeLayer.personAt(ms, t) || toks.text().substring(prev.end(), t.start()).indexOf('\n') >= 0) {
                break;
            }
            if (t.word()) {
                String l = TitleWords.lower(t.s());
                if (t.capitalized()) {
                    anchor = q;
                } else if (l.equals("of") || l.equals("for") || l.equals("on")) {
                    if (toks.get(q + 1) == null || !toks.get(q + 1).word()) {
                        break;
                    }
                } else if (l.equals("and")) {
                    // "of Agriculture and (the) Environment" goes on; "Director and CEO", "and Senior Minister" stop:
                    // a coordinated title is another office
                    int k = q + 1;
                    if (toks.get(k) != null && TitleWords.DETERMINERS.contains(TitleWords.lower(toks.get(k).s()))) {
                        k++;
                    }
                    Tok n = toks.get(k);
                    Tok after = toks.get(k + 1);
                    if (n == null || !n.capitalized() || OfficeLayer.personAt(ms, n) || n.is("former")
                            || TitleWords.RANKS.contains(TitleWords.lower(n.s()))
                            || TitleWords.titleWord(n.s()) && after != null && TitleWords.titleWord(after.s())) {
                        break;
                    }
                } else if (TitleWords.PHRASE_STOPS.contains(l) || l.endsWith("ed") || Character.isDigit(l.charAt(0))
                        || TitleWords.DETERMINERS.contains(l) && !isPrep(prev) && !prev.is("and")) {
                    break;
                } else if (firstLower >= 0 && l.endsWith("ing") && l.length() > 5 && prev.word() && !prev.capitalized()
                        && !TitleWords.DETERMINERS.contains(TitleWords.lower(prev.s())) && takesObject(toks.get(q + 1))) {
                    break; // "for the rebels fighting Nicaragua": a participle's clause, not the body's name
                } else if (firstLower < 0) {
                    firstLower = q;
                }
            } else if (t.is("'s", "’s")) {
                if (anchor != q - 1) {
                    break;
                }
            } else if (t.is("(")) {
                Tok a = toks.get(q + 1);
                Tok c = toks.get(q + 2);
                if (a != null && c != null && c.is(")") && OfficeLayer.acronym(a.s())) {
                    q += 2;
                    anchor = q;
                } else {
                    break;
                }
            } else if (t.is("–", "-", "—")) {
                Tok n = toks.get(q + 1);
                if (n == null || !n.capitalized() || OfficeLayer.personAt(ms, n) || anchor < 0) {
                    break;
                }
            } else {
                break;
            }
            q++;
        }
        if (anchor >= 0) {
            return anchor + 1;
        }
        return determiner && firstLower == from + 1 ? from + 2 : from;
    }

    /** A capitalised word or a determiner after an "-ing" word: the participle has an object. */
    private static boolean takesObject(Tok next) {
        return next != null && next.word() && (next.capitalized()
                || TitleWords.DETERMINERS.contains(TitleWords.lower(next.s())));
    }

    private static boolean isPrep(Tok t) {
        return t != null && t.is("of", "for", "on");
    }
}
