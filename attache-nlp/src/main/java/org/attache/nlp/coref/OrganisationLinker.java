package org.attache.nlp.coref;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.Igos;
import org.attache.nlp.names.CompoundNames;
import org.attache.nlp.offices.AnnotatedEdit;
import org.attache.nlp.resolve.NameKeys;

/**
 * In-document coreference for organisations, after the acronym linker:
 * <ul>
 *   <li>a name holding a bracket it does not close ("World) Bank") is called without the bracket;</li>
 *   <li>a mention of an agreement (its acronym, its name where the recogniser said organisation) is MISC,
 *       as the agreement's name is;</li>
 *   <li>a compound name "Long Name (ACR) – Rest" is called "ACR – Rest"; the acronym and its expansion,
 *       wherever else they stand, and a shorter compound of the same opening ("ACR - Re…") name the same
 *       organisation: one canonical form for them all;</li>
 *   <li>a bare head word capitalised as a name ("the Bank", "the Commission") is the one organisation of the
 *       article whose name holds that word ("World Bank", "Bank of England"); with none or several it names nothing and is
 *       dropped;</li>
 *   <li>a company named first in full with its legal form and later by the opening words of that name
 *       ("Moody's Investors Service Inc … Moody's said", "Kestrel Data Systems Ltd … Kestrel") is that company,
 *       when exactly one organisation of the article opens with those words;</li>
 *   <li>in mixed-case text, a name without a capital letter ("finance ministry") is a description, and is
 *       dropped.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class OrganisationLinker {
    /** Heads that alone name no particular body (legislatures and cabinets do: "Congress", "the Senate"). */
    private static final Set<String> GENERIC_HEADS = Set.of("bank", "commission", "committee", "ministry",
            "department", "agency", "council", "court", "party", "company", "group", "corporation", "corp", "union",
            "institute", "foundation", "association", "organization", "organisation", "fund", "board", "authority",
            "office", "bureau", "federation", "league", "alliance", "coalition", "front", "movement", "university",
            "school", "college", "academy", "centre", "center", "embassy", "consulate", "mission", "government",
            "administration", "army", "navy", "police", "forces", "exchange", "service", "trust", "society",
            "firm", "agencies", "institution", "enterprise", "bloc", "community", "ltd", "inc", "co", "plc",
            "llc", "ag", "sa", "nv", "bv", "gmbh", "holdings");
    private static final Pattern COMPOUND = Pattern.compile(
            "(?<long>.+?)\\s*\\((?<acr>\\p{Lu}[\\p{Lu}\\p{N}&]{1,9})\\)\\s*(?<dash>[-–—])\\s*(?<rest>\\S.*)");
    private static final Pattern DASHED = Pattern.compile("\\S.*?\\s[-–—]\\s*\\S.*|\\S.*?\\s*[-–—]\\s\\S.*");

    void link(AnnotatedEdit edit, boolean mixedCase) {
        brackets(edit);
        compounds(edit);
        agreements(edit);
        heads(edit);
        openings(edit);
        if (mixedCase) {
            for (Mention m : edit.mentions()) {
                if (m.type().isEntity() && m.text().codePoints().noneMatch(Character::isUpperCase)
                        && m.text().codePoints().anyMatch(Character::isLetter)) {
                    edit.remove(m);
                }
            }
        }
    }

    /**
     * Every mention whose name is an agreement's ("INRA" for "International Natural Rubber Agreement") is
     * MISC, as the name layer types the agreement itself, so that its forms are one entity.
     */
    private static void agreements(AnnotatedEdit edit) {
        for (Mention m : edit.mentions()) {
            if ((m.type() == MentionType.ORGANIZATION || m.type() == MentionType.LOCATION)
                    && CompoundNames.isAgreement(List.of(key(m.canonical()).split(" ")), false)) {
                edit.replace(m, new Mention(MentionType.MISC, m.text(), m.start(), m.end(), m.sentence(), m.canonical(),
                        null));
            }
        }
    }

    /** A name holding a bracket it does not close ("World) Bank" of "the (World) Bank") is called without it. */
    private static void brackets(AnnotatedEdit edit) {
        for (Mention m : edit.mentions()) {
            if (m.type().isEntity() && m.canonical().equals(m.text()) && unbalanced(m.text())) {
                String name = m.text().replaceAll("[()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
                if (!name.isEmpty()) {
                    edit.replace(m, with(m, name));
                }
            }
        }
    }

    private static boolean unbalanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (--depth < 0) {
                    return true;
                }
            }
        }
        return depth != 0;
    }

    private static void compounds(AnnotatedEdit edit) {
        List<String> names = new ArrayList<>();
        Set<String> parts = new LinkedHashSet<>();
        for (Mention m : edit.mentions()) {
            if (m.type() != MentionType.ORGANIZATION || !DASHED.matcher(m.text()).matches()) {
                continue;
            }
            Matcher c = COMPOUND.matcher(m.text());
            String name = m.text();
            if (c.matches()) {
                name = c.group("acr") + " " + c.group("dash") + " " + c.group("rest");
                parts.add(key(c.group("long")));
                parts.add(key(c.group("acr")));
            }
            names.add(name);
            edit.replace(m, with(m, name));
        }
        if (names.isEmpty()) {
            return;
        }
        for (Mention m : edit.mentions()) {
            if (m.type() != MentionType.ORGANIZATION && m.type() != MentionType.MISC) {
                continue;
            }
            String own = key(m.canonical());
            String target = null;
            for (String name : names) {
                String k = key(name);
                if (parts.contains(own) || parts.contains(key(m.text()))
                        || !own.equals(k) && k.startsWith(own + " ") && DASHED.matcher(m.canonical()).matches()) {
                    target = target == null || key(name).length() > key(target).length() ? name : target;
                }
            }
            if (target != null && !target.equals(m.canonical())) {
                edit.replace(m, new Mention(MentionType.ORGANIZATION, m.text(), m.start(), m.end(), m.sentence(),
                        target, m.country()));
            }
        }
    }

    private static void heads(AnnotatedEdit edit) {
        for (Mention m : edit.mentions()) {
            String head = headWord(m.text());
            if (m.type() != MentionType.ORGANIZATION || head == null || !GENERIC_HEADS.contains(head)
                    || !m.canonical().equals(m.text())) {
                continue;
            }
            boolean modified = m.text().indexOf(' ') >= 0; // "the Executive Commission"
            Set<String> fuller = new LinkedHashSet<>();
            Mention example = null;
            for (Mention o : edit.mentions()) {
                List<String> words = List.of(key(o.canonical()).split(" "));
                if (o.type() == MentionType.ORGANIZATION && words.size() >= 2 && words.contains(head)
                        && !key(o.canonical()).equals(key(m.text()))) {
                    if (fuller.add(key(o.canonical()))) {
                        example = o;
                    }
                }
            }
            String organ = fuller.isEmpty() ? organOf(edit, head) : null;
            if (fuller.size() == 1) {
                edit.replace(m, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), example.canonical(),
                        m.country() != null ? m.country() : example.country()));
            } else if (organ != null) {
                edit.replace(m, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), organ, m.country()));
            } else if (!modified) {
                edit.remove(m);
            }
        }
    }

    /** Words that may stand before a bare head word and still name the body by its head ("Executive Commission"). */
    private static final Set<String> HEAD_MODIFIERS = Set.of("executive");

    /** The folded head word of a bare head ("Commission", "Executive Commission"), or null for other names. */
    private static String headWord(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 1) {
            return words[0];
        }
        return words.length == 2 && HEAD_MODIFIERS.contains(words[0]) ? words[1] : null;
    }

    /**
     * A later short form of a company named in full earlier in the article: an organisation mention named by itself,
     * no acronym, with no legal form of its own, whose words open the name of exactly one organisation of the article
     * that ends in a legal form ("Inc", "Ltd", "AG": a company, whose short name is its opening words), first named
     * before it. With two such companies ("Honda Motor Co Ltd", "Honda American Manufacturing Co") or a name named
     * first in short, it is left alone: a parent and its unit share an opening.
     */
    private static void openings(AnnotatedEdit edit) {
        List<Mention> all = edit.mentions();
        for (Mention m : all) {
            if (m.type() != MentionType.ORGANIZATION || !m.canonical().equals(m.text())
                    || NameKeys.isAcronym(m.text()) || !NameKeys.withoutLegalForm(m.text()).equals(m.text())) {
                continue;
            }
            String own = key(m.text());
            if (own.isEmpty() || own.length() < 3) {
                continue;
            }
            Set<String> longer = new LinkedHashSet<>();
            Mention full = null;
            for (Mention o : all) {
                String k = key(o.canonical());
                if (o.type() == MentionType.ORGANIZATION && k.startsWith(own + " ")
                        && !NameKeys.withoutLegalForm(o.canonical()).equals(o.canonical())) {
                    longer.add(k);
                    full = full == null || o.start() < full.start() ? o : full;
                }
            }
            if (longer.size() == 1 && full.start() < m.start()) {
                edit.replace(m, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), full.canonical(),
                        m.country() != null ? m.country() : full.country()));
            }
        }
    }

    private static Mention with(Mention m, String canonical) {
        return new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), canonical, m.country());
    }

    /**
     * The organ an international organisation's table lists with this head word ("the Commission" in an article on the
     * European Community: the first listed name of that organisation holding the word, "European Commission"), when
     * the article names exactly one listed organisation and no organisation of its own holds the word; null otherwise.
     */
    private static String organOf(AnnotatedEdit edit, String head) {
        Igos igos = Igos.standard();
        Set<String> codes = new LinkedHashSet<>();
        for (Mention o : edit.mentions()) {
            if (o.type() == MentionType.ORGANIZATION || o.type() == MentionType.MISC) {
                String code = igos.codeOfName(o.canonical());
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        if (codes.size() != 1) {
            return null;
        }
        return igos.byCode(codes.iterator().next()).flatMap(igo -> igo.names().stream()
                .filter(n -> n.chars().anyMatch(Character::isLowerCase))
                .filter(n -> List.of(key(n).split(" ")).contains(head) && key(n).split(" ").length >= 2)
                .findFirst()).orElse(null);
    }

    /** Folded words, one space apart, punctuation and dashes dropped. */
    private static String key(String s) {
        return String.join(" ", CorefLayer.tokens(s.replaceAll("[-–—()]", " ")));
    }
}
