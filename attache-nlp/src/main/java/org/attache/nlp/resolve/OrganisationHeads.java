package org.attache.nlp.resolve;

import org.attache.api.MentionType;
import org.attache.nlp.names.NameLexicon;

/**
 * An organisation's name with a plural or a one-letter slip of its long head word set right ("Reagan
 * Administrations", "Reagan Administrtation" → "Reagan Administration", see {@link NameLexicon#longOrgHeadOf}), so
 * that such spellings join the body of the singular name whatever the order articles come in; the resolver records
 * the join as a spelling variant. Only the last word changes, and only of a name of two words or more, all
 * capitalised: after "of" the last word is the complement ("Federation of Economic Organisations"). Stateless.
 */
final class OrganisationHeads {
    private OrganisationHeads() {
    }

    /** {@code name} with its last word's slip set right when it is an organisation's, else {@code name} itself. */
    static String singular(MentionType type, String name) {
        if (type != MentionType.ORGANIZATION || name == null) {
            return name;
        }
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        if (space <= 0) {
            return name;
        }
        for (String word : n.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return name; // "Federation of Economic Organisations": the last word is the complement, not the head
            }
        }
        String head = NameLexicon.longOrgHeadOf(n.substring(space + 1));
        return head == null ? name : n.substring(0, space + 1) + head;
    }
}
