package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisations named after a person: a PERSON span directly followed by a capitalised organisation head
 * ("School", "Institute", "Foundation", …) and optionally an "of"/"for" phrase of capitalised words
 * ("and", "&" and "the" allowed between them) becomes one ORGANIZATION span over the whole: "Nelson Mandela
 * Foundation", "John Glenn School of Public Affairs". A PERSON span already ending in such a head is
 * retyped the same way. A recogniser span starting at the head is absorbed whole; a PERSON span inside the
 * phrase stops it. A MISC span holding an institutional head after its first word ("… School of Public
 * Policy", not "… Prize") is an ORGANIZATION too, and so is a PERSON or MISC span that ends in a long organisation
 * head, its plural or a slip in it ("Reagan Administrations": {@link NameLexicon#isLongOrgHead}). A person's name
 * followed by a place head ("Ho Chi Minh City") is a LOCATION. Lower-case heads (caseless text) are never used.
 * Stateless and thread-safe.
 */
public final class EponymousOrganization {
    /** Heads that turn a preceding person's name into an organisation's name. */
    /** Capitalised words that make a person's name a place: "… City", "… Square". */
    static final Set<String> PLACE_HEADS = Set.of("City", "Province", "District", "County", "Square", "Street",
            "Avenue", "Island", "Bay", "Port");

    static final Set<String> HEADS = Set.of("School", "Institute", "Foundation", "University", "Centre", "Center",
            "Hospital", "Museum", "Prize", "Award", "Library", "Stadium", "Airport", "College", "Academy");
    /** Heads that make a MISC span an institution. */
    private static final Set<String> INSTITUTIONS = Set.of("School", "Institute", "Foundation", "University",
            "Centre", "Center", "Hospital", "Museum", "Library", "College", "Academy");

    /** Spans with person-named organisations merged; sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans);
        for (int i = 0; i < out.size(); i++) {
            NameSpan s = out.get(i);
            if (s.type() == MentionType.MISC && s.length() >= 2 && institution(text, s)) {
                out.set(i, s.withType(MentionType.ORGANIZATION));
                continue;
            }
            if ((s.type() == MentionType.PERSON || s.type() == MentionType.MISC) && s.length() >= 2
                    && NameLexicon.isLongOrgHead(text.token(s.end() - 1))) {
                // "Reagan Administrations", "Carter Administrtation": a body named after its head, not a person
                out.set(i, s.withType(MentionType.ORGANIZATION));
                continue;
            }
            if (s.type() != MentionType.PERSON) {
                continue;
            }
            int place = placeEnd(text, s, i + 1 < out.size() ? out.get(i + 1) : null);
            if (place > 0) {
                out.set(i, new NameSpan(MentionType.LOCATION, s.first(), place, null));
                continue;
            }
            int head;
            if (s.length() >= 2 && HEADS.contains(text.token(s.end() - 1))) {
                head = s.end() - 1;
            } else if (s.end() < text.size() && text.spaceJoined(s.end() - 1) && HEADS.contains(text.token(s.end()))) {
                head = s.end();
            } else {
                continue;
            }
            int end = head + 1;
            int absorbed = i + 1;
            while (absorbed < out.size() && out.get(absorbed).first() < end) {
                NameSpan n = out.get(absorbed);
                if (n.type() == MentionType.PERSON && n.first() >= head) {
                    break;
                }
                end = Math.max(end, n.end());
                absorbed++;
            }
            end = ofPhrase(text, out, absorbed, end);
            while (absorbed < out.size() && out.get(absorbed).first() < end) {
                end = Math.max(end, out.get(absorbed).end());
                absorbed++;
            }
            NameSpan org = new NameSpan(MentionType.ORGANIZATION, s.first(), end, null);
            out.subList(i, absorbed).clear();
            out.add(i, org);
        }
        return out;
    }

    /**
     * End of a place named after a person ("Ho Chi Minh City", "Jose Marti Square"): the person's span
     * ending in, or directly followed by, a capitalised place head word; else 0.
     */
    private static int placeEnd(TokenizedText text, NameSpan s, NameSpan next) {
        if (s.length() >= 2 && PLACE_HEADS.contains(text.token(s.end() - 1))) {
            return s.end();
        }
        if (s.end() < text.size() && text.spaceJoined(s.end() - 1) && PLACE_HEADS.contains(text.token(s.end()))
                && (next == null || next.first() > s.end())) {
            return s.end() + 1;
        }
        return 0;
    }

    /** Token index after an "of/for Capitalised …" phrase starting at {@code from}, else {@code from}. */
    private static int ofPhrase(TokenizedText text, List<NameSpan> spans, int nextSpan, int from) {
        if (from >= text.size() || !text.spaceJoined(from - 1)
                || !(text.token(from).equals("of") || text.token(from).equals("for"))) {
            return from;
        }
        int q = from + 1;
        if (q < text.size() && text.spaceJoined(q - 1) && text.token(q).equals("the")) {
            q++;
        }
        int end = from;
        while (q < text.size() && text.spaceJoined(q - 1) && !personStartsAt(spans, nextSpan, q)) {
            String t = text.token(q);
            if (Character.isUpperCase(t.codePointAt(0))) {
                end = ++q;
            } else if ((t.equals("and") || t.equals("&")) && end == q && q + 1 < text.size()
                    && text.spaceJoined(q) && Character.isUpperCase(text.token(q + 1).codePointAt(0))
                    && !personStartsAt(spans, nextSpan, q + 1)) {
                q++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean institution(TokenizedText text, NameSpan s) {
        for (int t = s.first() + 1; t < s.end(); t++) {
            if (INSTITUTIONS.contains(text.token(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean personStartsAt(List<NameSpan> spans, int fromIndex, int token) {
        for (int k = fromIndex; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            if (s.first() == token) {
                return s.type() == MentionType.PERSON;
            }
            if (s.first() > token) {
                return false;
            }
        }
        return false;
    }
}
