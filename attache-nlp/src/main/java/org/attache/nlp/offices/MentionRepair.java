package org.attache.nlp.offices;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.offices.Tokens.Tok;

/**
 * Repairs recurring NER errors around titles, idempotently: a PERSON mention made only of office words and
 * followed by "of"/"for" ("…, Dean of the …") is dropped, a PERSON mention that starts with
 * office words ("Minister Vivian Balakrishnan" → "Vivian Balakrishnan") is trimmed, and an ORGANIZATION mention after
 * "Rank of" that swallowed the holder ("Temasek Holdings Lim Boon Heng" → ORG + PERSON).
 */
final class MentionRepair {
    /** Ranks that are also given names or form part of a name; never trimmed when alone before one name. */
    private static final Set<String> NAMEISH = Set.of("dean", "king", "prince", "princess", "queen", "chancellor",
            "sultan", "emir", "sheikh", "chief", "general", "justice", "mayor", "speaker", "deputy", "head",
            "chair", "leader", "admiral", "commander");
    private static final Pattern RANK_OF = Pattern.compile("(?i)\\b(\\p{L}[\\p{L}-]*)\\s+(?:of|for)\\s+(?:the\\s+)?$");

    private final Tokens toks;

    MentionRepair(Tokens toks) {
        this.toks = toks;
    }

    void repair(AnnotatedEdit edit) {
        for (Mention m : edit.mentions()) {
            if (m.type() == MentionType.PERSON && loneRank(m)) {
                edit.remove(m);
            } else if (m.type() == MentionType.PERSON) {
                trimPerson(edit, m);
            } else if (m.type() == MentionType.ORGANIZATION) {
                splitOrg(edit, m);
            }
        }
    }

    /** True for a PERSON span of office words only, ending in a rank, right before "of"/"for" ("Dean of"). */
    private boolean loneRank(Mention m) {
        int a = toks.at(m.start());
        int b = toks.at(m.end());
        for (int k = a; k < b; k++) {
            if (!toks.get(k).capitalized() || !TitleWords.titleWord(toks.get(k).s())) {
                return false;
            }
        }
        Tok next = toks.get(b);
        return b > a && TitleWords.rank(toks.get(b - 1).s()) && next != null && next.is("of", "for")
                && toks.gapIsSpace(m.end(), next.start());
    }

    private void trimPerson(AnnotatedEdit edit, Mention m) {
        int a = toks.at(m.start());
        int b = toks.at(m.end());
        int k = a;
        int lastRank = -1;
        while (k < b && toks.get(k).capitalized() && (TitleWords.titleWord(toks.get(k).s()) || toks.get(k).is("former"))) {
            if (TitleWords.rank(toks.get(k).s())) {
                lastRank = k;
            }
            k++;
        }
        if (lastRank < 0 || lastRank + 1 >= b || !toks.get(lastRank + 1).capitalized()) {
            return;
        }
        int cut = lastRank + 1;
        if (cut - a == 1 && b - cut == 1 && NAMEISH.contains(TitleWords.lower(toks.get(a).s()))) {
            return;
        }
        int start = toks.get(cut).start();
        String text = edit.text().substring(start, m.end());
        String canonical = m.canonical().equals(m.text()) ? text : m.canonical();
        edit.replace(m, new Mention(m.type(), text, start, m.end(), m.sentence(), canonical, m.country()));
    }

    private void splitOrg(AnnotatedEdit edit, Mention m) {
        String before = edit.text().substring(Math.max(0, m.start() - 40), m.start());
        var rankOf = RANK_OF.matcher(before);
        if (!rankOf.find() || !TitleWords.rank(rankOf.group(1))) {
            return;
        }
        int a = toks.at(m.start());
        int b = toks.at(m.end());
        int head = -1;
        for (int k = a; k < b; k++) {
            Tok t = toks.get(k);
            if (t.is(")") || TitleWords.ORG_HEADS.contains(TitleWords.lower(t.s()))) {
                head = k;
            }
        }
        int tail = b - head - 1;
        if (head < 0 || tail < 2 || tail > 4) {
            return;
        }
        for (int k = head + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (!t.word() || !t.capitalized() || TitleWords.titleWord(t.s()) || t.s().length() < 2
                    || t.s().equals(t.s().toUpperCase(java.util.Locale.ROOT))) {
                return;
            }
        }
        int orgEnd = toks.get(head).end();
        int personStart = toks.get(head + 1).start();
        List<Mention> all = edit.mentions();
        for (Mention o : all) {
            if (o.type() == MentionType.PERSON && o.start() < m.end() && o.end() > personStart) {
                return;
            }
        }
        String orgText = edit.text().substring(m.start(), orgEnd);
        edit.replace(m, new Mention(m.type(), orgText, m.start(), orgEnd, m.sentence(),
                m.canonical().equals(m.text()) ? orgText : m.canonical(), m.country()));
        edit.add(MentionType.PERSON, personStart, m.end(), null, null);
    }
}
