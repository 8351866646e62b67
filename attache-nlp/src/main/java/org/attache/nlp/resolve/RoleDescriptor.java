package org.attache.nlp.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * A person's country or organisation from a role noun that is not an office, qualified by whom the person
 * works for: "American journalist Charles Glass" (USA), "Tass commentator Mikhail Krutikhin" (Tass's country),
 * "IMF economist Ana Ruiz" (IMF), and the same after the name: "Ana Ruiz, a Chilean diplomat, said". The
 * qualifier must be a country's name or demonym, an IGO, or an organisation mention whose affiliation is known,
 * joined to the role by nothing but lower-case words ("Soviet television commentator"); the role must end the
 * phrase and touch the name (or its comma). A city ("Beirut journalist") says where someone works, not whom
 * they serve, and gives nothing. Stateless; thread-safe.
 */
final class RoleDescriptor {
    /** Nouns of people by trade or role that the office grammar does not take as titles. */
    static final Set<String> ROLES = Set.of("journalist", "reporter", "correspondent", "commentator",
            "columnist", "editor", "writer", "author", "analyst", "economist", "official", "diplomat",
            "negotiator", "businessman", "businesswoman", "banker", "industrialist", "lawyer", "dissident",
            "activist", "hostage", "student", "scientist", "physicist", "engineer", "pilot", "soldier",
            "politician", "academic", "professor", "historian", "broadcaster", "photographer", "cameraman",
            "expert", "strategist", "mediator", "tycoon", "financier", "magnate", "trader", "observer",
            "citizen", "national", "militant", "guerrilla", "rebel", "priest", "cleric", "bishop", "poet",
            "novelist", "artist", "athlete");
    /** Words that end a qualifier rather than modify a role ("Iran said the journalist …" qualifies nobody). */
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "that", "this", "and", "or", "of",
            "to", "by", "for", "with", "as", "at", "in", "on", "from", "his", "her", "its", "their", "our", "said",
            "says", "told", "was", "is", "were", "are", "has", "had", "have", "be", "been", "when", "while", "after",
            "before", "but", "if", "than", "then", "who", "whom", "which", "where", "accused", "named");

    private static final String LOWER = "[\\p{Ll}][\\p{Ll}-]*";
    /** One or two lower-case words ending the text before a name: a role noun and one modifier. */
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}.'’-])((?:" + LOWER + "[ \\u00a0]+){1,2})$");
    /** ", a Chilean diplomat" / ", the Soviet Union's trade negotiator" right after a name. */
    private static final Pattern AFTER = Pattern.compile("^,[ \\u00a0]+(?:a|an|the)[ \\u00a0]+"
            + "((?:\\p{Lu}[\\p{L}.'’-]*[ \\u00a0]+){1,4})((?:" + LOWER + "[ \\u00a0]+)?" + LOWER + ")\\b");

    private final CountryGazetteer gazetteer;
    private final OfficePhrase officePhrase;

    RoleDescriptor(CountryGazetteer gazetteer, OfficePhrase officePhrase) {
        this.gazetteer = gazetteer;
        this.officePhrase = officePhrase;
    }

    /**
     * The code the role phrase right before {@code person} gives ("Tass commentator X"), or null.
     *
     * @param orgCode affiliation code of the mention at an index (an organisation's), or null when unknown
     */
    String before(String body, List<Mention> mentions, Mention person, IntFunction<String> orgCode) {
        int start = person.start();
        if (start <= 0 || start > body.length()) {
            return null;
        }
        int from = Math.max(0, start - 60);
        Matcher m = BEFORE.matcher(body.substring(from, start));
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).strip().split("[ \\u00a0]+");
        if (!ROLES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || words.length == 2 && NOT_MODIFIERS.contains(words[0])) {
            return null;
        }
        int roleStart = from + m.start(1);
        String code = officePhrase.before(body, roleStart);
        if (code != null) {
            return code;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention o = mentions.get(i);
            if (o.type() == MentionType.ORGANIZATION && o.end() <= roleStart && roleStart - o.end() <= 1
                    && body.substring(o.end(), roleStart).isBlank()) {
                return orgCode.apply(i);
            }
        }
        return null;
    }

    /** The code the role apposition right after {@code person} gives ("X, a Chilean diplomat,"), or null. */
    String after(String body, Mention person) {
        int end = person.end();
        if (end >= body.length()) {
            return null;
        }
        Matcher m = AFTER.matcher(body.substring(end, Math.min(body.length(), end + 90)));
        if (!m.find()) {
            return null;
        }
        String[] role = m.group(2).split("[ \\u00a0]+");
        if (!ROLES.contains(role[role.length - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String qualifier = m.group(1).strip();
        if (qualifier.endsWith("'s") || qualifier.endsWith("’s")) {
            qualifier = qualifier.substring(0, qualifier.length() - 2);
        }
        String code = gazetteer.countryOf(qualifier);
        return code != null ? code : gazetteer.igoOfName(qualifier);
    }
}
