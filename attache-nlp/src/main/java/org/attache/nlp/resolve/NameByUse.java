package org.attache.nlp.resolve;

/**
 * Which of two spellings of one name an entity is named by: the one more of its mentions write, rather than the
 * one read first or the first by code point, which kept a misprint ("Internatinal Monetary Fund") or a source's
 * slip of case ("New YOrk STock Exchange") as the name when that article came first (issue 14 item 5). This class
 * says when two spellings are such variants; the counting is the resolver's ({@code EntityResolver#byUse}).
 */
final class NameByUse {
    private NameByUse() {
    }

    /**
     * True when {@code a} and {@code b} differ and are spellings of one name neither of which is more complete
     * ({@link NameKeys#moreComplete}): the same name key in other capitals or punctuation, neither in capitals only
     * (a dateline's "NEW YORK" is settled by {@link EntityResolver#preferredName}); or an organisation's misprint
     * in one long word ({@link OrganisationSpellings#near} "misprint").
     */
    static boolean variants(String a, String b) {
        if (a.equals(b) || NameKeys.moreComplete(a, b) || NameKeys.moreComplete(b, a)) {
            return false;
        }
        if (NameKeys.key(a).equals(NameKeys.key(b))) {
            return !shouted(a) && !shouted(b) && !NameKeys.isAcronym(a) && !NameKeys.isAcronym(b);
        }
        return "misprint".equals(OrganisationSpellings.near(a, b));
    }

    private static boolean shouted(String name) {
        return name.codePoints().noneMatch(Character::isLowerCase) && name.codePoints().anyMatch(Character::isUpperCase);
    }
}
