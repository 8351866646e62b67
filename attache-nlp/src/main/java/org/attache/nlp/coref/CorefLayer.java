package org.attache.nlp.coref;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.MentionLayer;
import org.attache.nlp.names.CaseProfile;
import org.attache.nlp.offices.AnnotatedEdit;

/**
 * In-document coreference for names: sets {@link Mention#canonical()} of a PERSON mention that is part of a
 * fuller name in the same article ("Balakrishnan" → "Vivian Balakrishnan", "Trung" → "Lê Hoài Trung", "Lee" →
 * "Lee Hsien Loong"), comparing diacritic-folded tokens and leaving ambiguous short forms alone; then delegates
 * acronyms to {@link AcronymLinker} and compound names and bare head words to {@link OrganisationLinker}. Adds PERSON mentions for further occurrences of a short form it resolved.
 *
 * <p>Run after {@code org.attache.nlp.offices.OfficeLayer} (which repairs person spans). Never overwrites a
 * canonical form another layer already set. Stateless and thread-safe.
 */
public final class CorefLayer implements MentionLayer {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "madam", "madame",
            "sir", "prof", "mr.", "mrs.", "ms.", "dr.", "prof.", "h.e.", "he");

    private final AcronymLinker acronyms;
    private final OrganisationLinker organisations = new OrganisationLinker();

    /** A layer with the bundled acronym list. */
    public CorefLayer() {
        this(Acronyms.standard());
    }

    /** A layer with {@code acronyms} as its list of known bodies. */
    public CorefLayer(Acronyms acronyms) {
        this.acronyms = new AcronymLinker(acronyms);
    }

    /** Returns {@code in} with canonical forms set and missed short-form and acronym mentions added. */
    @Override
    public Annotated apply(Annotated in) {
        AnnotatedEdit edit = new AnnotatedEdit(in);
        persons(edit);
        acronyms.link(edit, org.attache.nlp.gazetteer.CountriesAsOfLayer.dayOf(in.article()));
        organisations.link(edit, CaseProfile.of(edit.text()) == CaseProfile.MIXED);
        return edit.build();
    }

    private void persons(AnnotatedEdit edit) {
        Map<String, String> fullest = new LinkedHashMap<>();
        for (Mention m : edit.mentions()) {
            List<String> t = tokens(m.text());
            if (m.type() == MentionType.PERSON && t.size() >= 2) {
                String key = String.join(" ", t);
                String best = fullest.get(key);
                if (best == null || marks(m.text()) > marks(best)) {
                    fullest.put(key, m.text());
                }
            }
        }
        Map<String, String> resolvedShort = new LinkedHashMap<>();
        for (Mention m : edit.mentions()) {
            if (m.type() != MentionType.PERSON || !m.canonical().equals(m.text())) {
                continue;
            }
            String target = resolve(tokens(m.text()), fullest);
            if (target != null && !target.equals(m.text())) {
                edit.replace(m, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), target, m.country()));
                if (tokens(m.text()).size() == 1) {
                    resolvedShort.put(m.text(), target);
                }
            }
        }
        addMissed(edit, resolvedShort);
    }

    /** The fullest form that {@code t} is part of, or null when none or ambiguous. */
    static String resolve(List<String> t, Map<String, String> fullest) {
        if (t.isEmpty()) {
            return null;
        }
        List<List<String>> candidates = new ArrayList<>();
        for (String key : fullest.keySet()) {
            List<String> k = Arrays.asList(key.split(" "));
            if (k.size() >= t.size() && (k.subList(0, t.size()).equals(t) || k.subList(k.size() - t.size(), k.size()).equals(t))) {
                candidates.add(k);
            }
        }
        List<List<String>> maximal = new ArrayList<>();
        for (List<String> c : candidates) {
            boolean contained = false;
            for (List<String> o : candidates) {
                contained |= o.size() > c.size() && (o.subList(0, c.size()).equals(c)
                        || o.subList(o.size() - c.size(), o.size()).equals(c));
            }
            if (!contained) {
                maximal.add(c);
            }
        }
        return maximal.size() == 1 ? fullest.get(String.join(" ", maximal.getFirst())) : null;
    }

    private static void addMissed(AnnotatedEdit edit, Map<String, String> resolvedShort) {
        String text = edit.text();
        for (Map.Entry<String, String> e : resolvedShort.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(e.getKey())
                    + "(?![\\p{L}\\p{M}\\p{N}])").matcher(text);
            while (m.find()) {
                if (free(edit.mentions(), m.start(), m.end())) {
                    edit.add(MentionType.PERSON, m.start(), m.end(), e.getValue(), null);
                }
            }
        }
    }

    /** True when no mention overlaps {@code [start, end)}. */
    static boolean free(List<Mention> ms, int start, int end) {
        for (Mention m : ms) {
            if (m.start() < end && start < m.end()) {
                return false;
            }
        }
        return true;
    }

    /** Name tokens, diacritics folded and lower-cased, honorifics and possessive endings dropped. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String w : fold(name).split("[\\s\\u00a0]+")) {
            String t = w.replaceAll("['’]s$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            if (!t.isEmpty() && !HONORIFICS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Diacritics folded ("Lê Hoài" → "le hoai"), lower case; for matching only, never for display. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
                .toLowerCase(Locale.ROOT);
    }

    /** How many diacritics {@code s} carries, to prefer "Lê Hoài Trung" over "Le Hoai Trung" for display. */
    private static int marks(String s) {
        int n = 0;
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ') {
                n++;
            }
        }
        return n;
    }
}
