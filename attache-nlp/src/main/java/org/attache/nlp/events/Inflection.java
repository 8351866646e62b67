package org.attache.nlp.events;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * English inflected forms of a lexicon word: verbs (agree → agrees, agreed, agreeing; meet → met), nouns
 * (talk → talks). Over-generation is harmless (a form no text uses never matches), so both the doubled and the
 * plain consonant forms are produced ("ban" → banned, baned).
 */
final class Inflection {
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("meet", new String[]{"met"}), Map.entry("give", new String[]{"gave", "given"}),
            Map.entry("hold", new String[]{"held"}), Map.entry("take", new String[]{"took", "taken"}),
            Map.entry("make", new String[]{"made"}), Map.entry("send", new String[]{"sent"}),
            Map.entry("lead", new String[]{"led"}), Map.entry("seek", new String[]{"sought"}),
            Map.entry("fight", new String[]{"fought"}), Map.entry("shoot", new String[]{"shot"}),
            Map.entry("strike", new String[]{"struck", "stricken"}), Map.entry("speak", new String[]{"spoke", "spoken"}),
            Map.entry("sell", new String[]{"sold"}), Map.entry("win", new String[]{"won"}),
            Map.entry("lend", new String[]{"lent"}),
            Map.entry("withdraw", new String[]{"withdrew", "withdrawn"}), Map.entry("beat", new String[]{"beaten"}),
            Map.entry("break", new String[]{"broke", "broken"}), Map.entry("forgive", new String[]{"forgave", "forgiven"}),
            Map.entry("bring", new String[]{"brought"}), Map.entry("catch", new String[]{"caught"}),
            Map.entry("say", new String[]{"said"}), Map.entry("tell", new String[]{"told"}),
            Map.entry("leave", new String[]{"left"}), Map.entry("keep", new String[]{"kept"}),
            Map.entry("lay", new String[]{"laid"}), Map.entry("pay", new String[]{"paid"}),
            Map.entry("throw", new String[]{"threw", "thrown"}), Map.entry("drive", new String[]{"drove", "driven"}),
            Map.entry("blow", new String[]{"blew", "blown"}), Map.entry("freeze", new String[]{"froze", "frozen"}),
            Map.entry("overrun", new String[]{"overran"}), Map.entry("have", new String[]{"has", "had", "having"}),
            Map.entry("go", new String[]{"went", "gone", "goes"}), Map.entry("do", new String[]{"did", "done", "does"}),
            Map.entry("sit", new String[]{"sat"}), Map.entry("fly", new String[]{"flew", "flown", "flies"}),
            Map.entry("begin", new String[]{"began", "begun"}), Map.entry("slay", new String[]{"slew", "slain"}),
            Map.entry("find", new String[]{"found"}), Map.entry("flee", new String[]{"fled"}),
            Map.entry("rise", new String[]{"rose", "risen"}), Map.entry("swear", new String[]{"swore", "sworn"}),
            Map.entry("undertake", new String[]{"undertook", "undertaken"}), Map.entry("deal", new String[]{"dealt"}),
            Map.entry("buy", new String[]{"bought"}), Map.entry("cut", new String[]{"cut"}),
            Map.entry("set", new String[]{"set"}), Map.entry("put", new String[]{"put"}),
            Map.entry("shut", new String[]{"shut"}), Map.entry("hit", new String[]{"hit"}),
            Map.entry("let", new String[]{"let"}), Map.entry("upset", new String[]{"upset"}),
            Map.entry("seize", new String[]{"seized"}), Map.entry("stand", new String[]{"stood"}),
            Map.entry("arise", new String[]{"arose", "arisen"}), Map.entry("lose", new String[]{"lost"}),
            Map.entry("wage", new String[]{"waged"}), Map.entry("be", new String[]{"is", "are", "was", "were", "been"}));
    private static final String VOWELS = "aeiou";

    private Inflection() {
    }

    /**
     * @param word      the lemma or noun
     * @param noun      true for a noun head (plural forms only)
     * @param following true for a non-head word of a pattern (both noun and verb forms)
     */
    static Set<String> forms(String word, boolean noun, boolean following) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.length() < 2 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return out;
        }
        out.add(sForm(word));
        if (noun && !following) {
            return out;
        }
        if (following && word.endsWith("s") && word.length() > 3) {
            out.add(word.substring(0, word.length() - 1)); // "talks" also matches "talk"
        }
        String[] irregular = IRREGULAR.get(word);
        if (irregular != null) {
            for (String f : irregular) {
                out.add(f);
            }
        }
        char last = word.charAt(word.length() - 1);
        String stem = word;
        if (word.endsWith("ie")) {
            out.add(word + "d");
            out.add(word.substring(0, word.length() - 2) + "ying");
            return out;
        }
        if (last == 'e') {
            out.add(word + "d");
            if (!word.endsWith("ee") && !word.endsWith("ye") && !word.endsWith("oe")) {
                stem = word.substring(0, word.length() - 1);
            }
            out.add(stem + "ing");
            return out;
        }
        if (last == 'y' && word.length() > 2 && VOWELS.indexOf(word.charAt(word.length() - 2)) < 0) {
            out.add(word.substring(0, word.length() - 1) + "ied");
            out.add(word + "ing");
            return out;
        }
        out.add(word + "ed");
        out.add(word + "ing");
        if (word.length() >= 3 && VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0
                && VOWELS.indexOf(word.charAt(word.length() - 2)) >= 0
                && VOWELS.indexOf(word.charAt(word.length() - 3)) < 0) {
            out.add(word + last + "ed");
            out.add(word + last + "ing");
        }
        return out;
    }

    private static String sForm(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 2 && VOWELS.indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
