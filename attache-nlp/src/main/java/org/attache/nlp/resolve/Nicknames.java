package org.attache.nlp.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Familiar forms of English given names ("Jim" for "James", "Bill" for "William"), both ways, so that "Jim Baker" and
 * "James Baker" can be one person across articles ({@link org.attache.api.registry.MergeRule#NICKNAME}). The table,
 * compiled by hand, holds the common familiar forms of frequent English given names, as given-name dictionaries
 * list them; a form that is a prefix of its formal name ("Ron" of "Ronald") is there too, as nothing else joins
 * "Ron Reagan" and "Ronald Reagan" across articles unless one article writes both.
 */
final class Nicknames {
    private static final Map<String, Set<String>> BOTH_WAYS = new TreeMap<>();

    static {
        table("james", "jim", "jimmy", "jamie");
        table("william", "bill", "billy", "will", "willy");
        table("robert", "bob", "bobby", "rob", "robbie");
        table("richard", "dick", "rick", "ricky", "rich");
        table("edward", "ted", "teddy", "ed", "eddie", "ned");
        table("thomas", "tom", "tommy");
        table("michael", "mike", "mick", "mickey");
        table("joseph", "joe", "joey");
        table("john", "jack", "johnny");
        table("charles", "charlie", "chuck");
        table("elizabeth", "liz", "beth", "betty", "libby");
        table("margaret", "maggie", "peggy", "meg");
        table("anthony", "tony");
        table("daniel", "dan", "danny");
        table("david", "dave", "davy");
        table("lawrence", "larry");
        table("patrick", "pat");
        table("peter", "pete");
        table("frederick", "fred", "freddy");
        table("henry", "hank", "harry");
        table("theodore", "ted", "teddy");
        table("kenneth", "ken", "kenny");
        table("gerald", "jerry", "gerry");
        table("stephen", "steve");
        table("steven", "steve");
        table("nicholas", "nick");
        table("samuel", "sam");
        table("walter", "walt");
        table("katherine", "kate", "kathy");
        table("catherine", "kate", "cathy");
        table("susan", "sue");
        table("albert", "al");
        table("alfred", "alf");
        table("douglas", "doug");
        table("gregory", "greg");
        table("benjamin", "ben");
        table("donald", "don");
        table("ronald", "ron", "ronnie");
        table("leonard", "len", "lenny");
        table("raymond", "ray");
        table("timothy", "tim");
        table("eugene", "gene");
        table("francis", "frank");
        table("harold", "harry", "hal");
    }

    private static void table(String formal, String... familiar) {
        for (String f : familiar) {
            BOTH_WAYS.computeIfAbsent(formal, k -> new TreeSet<>()).add(f);
            BOTH_WAYS.computeIfAbsent(f, k -> new TreeSet<>()).add(formal);
        }
    }

    private Nicknames() {
    }

    /**
     * The other spellings of a person's name with a familiar form of its first given name for the formal one or
     * the formal one for the familiar form ("James Baker" for "Jim Baker", "Jim Baker", "Jimmy Baker" and "Jamie
     * Baker" for "James Baker"), the other words as printed; empty for a name of one word or a first word the table
     * does not hold. Only the first word of a name of two or three words is read: a surname is never replaced.
     */
    static Set<String> alternatives(String name) {
        String display = NameKeys.display(name);
        String[] words = display.split(" ");
        Set<String> out = new LinkedHashSet<>();
        if (words.length < 2 || words.length > 3) {
            return out;
        }
        List<String> first = NameKeys.tokens(words[0]);
        if (first.size() != 1) {
            return out;
        }
        String rest = display.substring(words[0].length());
        for (String other : BOTH_WAYS.getOrDefault(first.getFirst(), Set.of())) {
            out.add(Character.toUpperCase(other.charAt(0)) + other.substring(1) + rest);
        }
        return out;
    }
}
