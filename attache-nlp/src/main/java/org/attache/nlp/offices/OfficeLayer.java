package org.attache.nlp.offices;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.MentionLayer;
import org.attache.api.OfficeClaim;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.offices.Tokens.Tok;

/**
 * Finds office titles by a small grammar and links each to the PERSON holding it: adds TITLE mentions and one
 * {@link OfficeClaim} per office (coordinated titles are split: "former Prime Minister and Senior Minister X"
 * gives two claims, "Director and CEO of X" shares its organisation).
 *
 * <p>Grammar: {@code [former|ex-] [demonym | Country('s) | Org('s)] Modifier* Rank [of|for … phrase]}, joined
 * by "and" or commas. The holder is a PERSON right after the chain, or before it ("X, Minister of …",
 * "X, who is also …"), or after a comma ("the Minister of …, X"). Before scanning it repairs PERSON mentions
 * that start with title words and ORGANIZATION mentions that swallowed the holder's name after a title.
 *
 * <p>Run it first, before {@code org.attache.nlp.coref.CorefLayer} and {@code org.attache.nlp.dates.DateLayer}.
 * Idempotent (existing claims over the same span are kept, not duplicated). Stateless and thread-safe.
 */
public final class OfficeLayer implements MentionLayer {
    private static final Pattern BEFORE = Pattern.compile(
            "(?:,|\\()\\s*(?:who\\s+(is|was|has\\s+been|had\\s+been|serves\\s+as|served\\s+as)\\s+"
                    + "(?:also\\s+|now\\s+|currently\\s+|formerly\\s+|previously\\s+|concurrently\\s+)?)?"
                    + "(?:(?:the|a|an)\\s+)?$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,11}s?");

    private final CountryGazetteer countries;

    /** A layer using the standard country gazetteer. */
    public OfficeLayer() {
        this(CountryGazetteer.standard());
    }

    /** A layer using {@code countries} for demonyms and country names before or inside titles. */
    public OfficeLayer(CountryGazetteer countries) {
        this.countries = countries;
    }

    /** One title of a chain. Token indexes are half-open. */
    private record Title(boolean former, String country, String organization, int start, int rankEnd, int end,
                         boolean hasOf, boolean lowercase, int chainStart) {
    }

    /** Returns {@code in} with TITLE mentions and office claims added. */
    @Override
    public Annotated apply(Annotated in) {
        AnnotatedEdit edit = new AnnotatedEdit(in);
        Tokens toks = Tokens.of(edit.text());
        new MentionRepair(toks).repair(edit);
        List<Mention> ms = edit.mentions();
        int i = 0;
        while (i < toks.size()) {
            List<Title> chain = chain(toks, ms, i);
            if (chain.isEmpty()) {
                i++;
                continue;
            }
            emit(edit, toks, ms, chain);
            i = Math.max(i + 1, chain.getLast().end());
        }
        return edit.build();
    }

    private List<Title> chain(Tokens toks, List<Mention> ms, int i) {
        List<Title> out = new ArrayList<>();
        int p = i;
        while (true) {
            Title t = title(toks, ms, p);
            if (t == null) {
                break;
            }
            out.add(t);
            Tok sep = toks.get(t.end());
            if (sep != null && sep.is("and", "&", ",") && !personAt(ms, toks.get(t.end() + 1))
                    && title(toks, ms, t.end() + 1) != null) {
                p = t.end() + 1;
            } else {
                break;
            }
        }
        return out;
    }

    /** Parses one title starting at token {@code i}, or null. */
    private Title title(Tokens toks, List<Mention> ms, int i) {
        int p = i;
        boolean former = false;
        Tok t = toks.get(p);
        if (t == null) {
            return null;
        }
        int firstStartShift = 0;
        if (t.is("former")) {
            former = true;
            p++;
        } else if (t.s().length() > 3 && t.s().regionMatches(true, 0, "ex-", 0, 3)
                && TitleWords.titleWord(t.s().substring(3))) {
            former = true;
            firstStartShift = 3;
        }
        String country = null;
        String org = null;
        while (firstStartShift == 0 && toks.get(p) != null) {
            Tok w = toks.get(p);
            Mention m = mentionStartingAt(ms, w.start());
            int q;
            String iso = null;
            String name = null;
            if (m != null && (m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION)
                    && !TitleWords.titleWord(w.s())) {
                q = toks.at(m.end());
                String c = m.country() != null ? m.country() : countries.countryOf(m.text());
                if (m.type() == MentionType.LOCATION || c != null && countries.countryOfName(m.text()) != null) {
                    iso = c;
                } else {
                    name = m.text();
                }
            } else if (w.capitalized() && countries.countryOfDemonym(w.s()) != null) {
                q = p + 1;
                iso = countries.countryOfDemonym(w.s());
            } else {
                break;
            }
            if (toks.get(q) != null && toks.get(q).is("'s", "’s")) {
                q++;
            }
            Tok next = toks.get(q);
            if (next == null || !TitleWords.titleWord(next.s()) || iso == null && name == null) {
                break;
            }
            country = iso != null ? iso : country;
            org = name != null ? name : org;
            p = q;
        }
        int start = p;
        int lastRank = -1;
        boolean allLower = true;
        while (toks.get(p) != null && !blocked(ms, toks.get(p))) {
            String w = toks.get(p).s().substring(p == i ? firstStartShift : 0);
            if (!TitleWords.titleWord(w)) {
                break;
            }
            if (TitleWords.rank(w)) {
                lastRank = p;
            }
            allLower &= !Character.isUpperCase(w.codePointAt(0));
            p++;
        }
        if (lastRank < 0) {
            return null;
        }
        int rankEnd = lastRank + 1;
        Tok of = toks.get(rankEnd);
        int end = rankEnd;
        boolean hasOf = false;
        String rank = TitleWords.lower(toks.get(lastRank).s());
        if (of != null && (of.is("of", "for") || of.is("to") && TitleWords.TAKES_TO.contains(rank))) {
            int e = new OfPhrase(toks, ms).end(rankEnd + 1);
            if (e > rankEnd + 1) {
                end = e;
                hasOf = true;
            }
        }
        if (hasOf) {
            int[] span = {toks.get(rankEnd + 1).start(), toks.get(end - 1).end()};
            if (country == null) {
                country = countryIn(toks, ms, span[0], span[1]);
            }
            if (org == null) {
                org = orgIn(toks, ms, span[0], span[1], TitleWords.PORTFOLIO.contains(rank));
            }
        }
        return new Title(former, country, org, start, rankEnd, end, hasOf, allLower, i);
    }

    private String countryIn(Tokens toks, List<Mention> ms, int from, int to) {
        for (Mention m : ms) {
            if (m.type() == MentionType.LOCATION && m.start() >= from && m.end() <= to) {
                String c = m.country() != null ? m.country() : countries.countryOfName(m.text());
                if (c != null) {
                    return c;
                }
            }
        }
        for (int k = toks.at(from); k < toks.size() && toks.get(k).end() <= to; k++) {
            if (toks.get(k).capitalized() && countries.countryOfName(toks.get(k).s()) != null) {
                return countries.countryOfName(toks.get(k).s());
            }
        }
        return null;
    }

    private String orgIn(Tokens toks, List<Mention> ms, int from, int to, boolean portfolio) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.type() == MentionType.ORGANIZATION && m.start() >= from && m.end() <= to
                    && (best == null || m.end() - m.start() > best.end() - best.start())) {
                best = m;
            }
        }
        if (best != null) {
            return best.text();
        }
        int k = toks.at(from);
        if (toks.get(k) != null && TitleWords.DETERMINERS.contains(TitleWords.lower(toks.get(k).s()))) {
            k++;
        }
        Tok first = toks.get(k);
        if (portfolio || first == null || first.start() >= to || !first.capitalized()) {
            return null;
        }
        String name = toks.text().substring(first.start(), to);
        return countries.countryOfName(name) != null ? null : name;
    }

    private void emit(AnnotatedEdit edit, Tokens toks, List<Mention> ms, List<Title> chain) {
        int chainStart = toks.get(chain.getFirst().chainStart()).start();
        int chainEnd = toks.get(chain.getLast().end() - 1).end();
        Mention holder = null;
        boolean was = false;
        Tok after = toks.get(chain.getLast().end());
        if (after != null && personAt(ms, after) && toks.gapIsSpace(chainEnd, after.start())) {
            holder = mentionStartingAt(ms, after.start());
        }
        if (holder == null) {
            String before = edit.text().substring(Math.max(0, chainStart - 60), chainStart);
            Matcher m = BEFORE.matcher(before);
            if (m.find()) {
                int cut = chainStart - before.length() + m.start();
                holder = personEndingAt(ms, edit.text(), cut);
                was = holder != null && m.group(1) != null && m.group(1).startsWith("was");
            }
        }
        if (holder == null && after != null && after.is(",")) {
            Tok next = toks.get(chain.getLast().end() + 1);
            if (next != null && personAt(ms, next)) {
                holder = mentionStartingAt(ms, next.start());
            }
        }
        String chainCountry = chain.getFirst().country();
        String sharedOrg = null;
        String heldCountry = null;
        for (int k = chain.size() - 1; k >= 0; k--) {
            Title t = chain.get(k);
            sharedOrg = t.hasOf() ? t.organization() : sharedOrg;
            if (t.lowercase() && !t.hasOf() && holder == null) {
                continue;
            }
            int s = toks.get(t.start()).start();
            if (t.start() == t.chainStart() && t.former() && toks.get(t.start()).s().regionMatches(true, 0, "ex-", 0, 3)) {
                s += 3;
            }
            int e = toks.get(t.end() - 1).end();
            boolean bareRank = t.rankEnd() - t.start() == 1
                    && !TitleWords.PORTFOLIO.contains(TitleWords.lower(toks.get(t.start()).s()));
            String org = t.organization() != null ? t.organization() : t.hasOf() || !bareRank ? null : sharedOrg;
            String country = t.country() != null ? t.country() : chainCountry;
            heldCountry = heldCountry != null ? heldCountry : country;
            if (!hasTitleAt(ms, s, e)) {
                edit.add(MentionType.TITLE, s, e, null, country);
            }
            if (holder != null) {
                edit.claim(holder, new OfficeClaim(-1, edit.text().substring(s, e), org, country,
                        t.former() || was, s, e));
            }
        }
        if (holder != null && holder.country() == null && heldCountry != null) {
            edit.replace(holder, new Mention(holder.type(), holder.text(), holder.start(), holder.end(),
                    holder.sentence(), holder.canonical(), heldCountry));
        }
    }

    /** True for a token inside an entity mention that is not a title-led organisation/misc span. */
    boolean blocked(List<Mention> ms, Tok t) {
        for (Mention m : ms) {
            if (m.start() <= t.start() && t.end() <= m.end() && m.type() != MentionType.TITLE
                    && m.type() != MentionType.DATE) {
                boolean titleLed = (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.MISC)
                        && TitleWords.titleWord(m.text().split("[\\s]+", 2)[0]);
                if (!titleLed) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean personAt(List<Mention> ms, Tok t) {
        Mention m = t == null ? null : mentionStartingAt(ms, t.start());
        return m != null && m.type() == MentionType.PERSON;
    }

    static Mention mentionStartingAt(List<Mention> ms, int start) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.start() == start && m.type() != MentionType.TITLE && m.type() != MentionType.DATE
                    && (best == null || m.type() == MentionType.PERSON)) {
                best = m;
            }
        }
        return best;
    }

    private static Mention personEndingAt(List<Mention> ms, String text, int cut) {
        for (Mention m : ms) {
            if (m.type() == MentionType.PERSON && m.end() <= cut && text.substring(m.end(), cut).isBlank()) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasTitleAt(List<Mention> ms, int s, int e) {
        for (Mention m : ms) {
            if (m.type() == MentionType.TITLE && m.start() == s && m.end() == e) {
                return true;
            }
        }
        return false;
    }

    /** True for "(ISEAS)"-like acronym tokens. */
    static boolean acronym(String s) {
        return ACRONYM.matcher(s).matches() && s.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
