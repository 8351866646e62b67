package org.attache.nlp.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.Igos;

/**
 * An organ of an international organisation named by the organisation's name or acronym and the organ's head word
 * ("EC Commission", "European Community Commission", "EEC Commission", "EC Executive Commission", "Commission of
 * the European Communities") is one entity under the first name the organisation table lists for that organ
 * ("European Commission"), whichever form an article writes. An organ counts when the table itself lists it in one
 * of these two forms (an organisation's name before the head word, or the head word, "of" and the name), so a head
 * word the table never pairs with the organisation ("EC Bank") names nothing new; other names are unchanged. The
 * name depends on the mention alone, never on which article came first. Immutable; thread-safe.
 */
final class OrganNames {
    /** Words that may stand between the organisation's name and the organ's head word ("EC Executive Commission"). */
    private static final Set<String> MODIFIERS = Set.of("executive");
    private static final Igos IGOS = Igos.standard();
    /** IGO code → head word → the organ's canonical name. */
    private static final Map<String, Map<String, String>> ORGANS = organs();

    private OrganNames() {
    }

    /** The organ's canonical name when {@code name} is an organisation's name with a listed organ's head word. */
    static String canonical(MentionType type, String name) {
        if (type != MentionType.ORGANIZATION && type != MentionType.MISC || name == null) {
            return name;
        }
        String[] parsed = parse(name);
        if (parsed == null) {
            return name;
        }
        String organ = ORGANS.getOrDefault(parsed[0], Map.of()).get(parsed[1]);
        return organ == null ? name : organ;
    }

    /** {IGO code, head word} of "NAME [Executive] Head" or "Head of [the] NAME", or null. */
    private static String[] parse(String name) {
        List<String> words = new ArrayList<>(List.of(NameKeys.display(name).strip().split("\\s+")));
        if (words.size() < 2) {
            return null;
        }
        String last = words.getLast();
        if (capitalisedWord(last)) {
            List<String> rest = new ArrayList<>(words.subList(0, words.size() - 1));
            while (rest.size() > 1 && MODIFIERS.contains(rest.getLast().toLowerCase(Locale.ROOT))) {
                rest.removeLast();
            }
            String code = IGOS.codeOfName(String.join(" ", rest));
            if (code != null) {
                return new String[] {code, CountryGazetteer.key(last)};
            }
        }
        if (words.size() >= 3 && capitalisedWord(words.getFirst()) && words.get(1).equals("of")) {
            String code = IGOS.codeOfName(String.join(" ", words.subList(2, words.size())));
            if (code != null) {
                return new String[] {code, CountryGazetteer.key(words.getFirst())};
            }
        }
        return null;
    }

    private static boolean capitalisedWord(String w) {
        return w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static Map<String, Map<String, String>> organs() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Igos.Igo igo : IGOS.all()) {
            Map<String, String> heads = new HashMap<>();
            for (String listed : igo.names()) {
                String[] parsed = parse(listed);
                if (parsed == null || !parsed[0].equals(igo.code()) || heads.containsKey(parsed[1])) {
                    continue;
                }
                // the organ's name: the first listed full name holding the head word ("European Commission")
                for (String form : igo.names()) {
                    if (form.chars().anyMatch(Character::isLowerCase)
                            && List.of(NameKeys.display(form).toLowerCase(Locale.ROOT).split("\\s+")).contains(parsed[1])) {
                        heads.put(parsed[1], form);
                        break;
                    }
                }
            }
            if (!heads.isEmpty()) {
                out.put(igo.code(), Map.copyOf(heads));
            }
        }
        return Map.copyOf(out);
    }
}
