package org.attache.nlp.resolve;

import org.attache.api.registry.RegisteredEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one entity a bare acronym ("IBM", "SEC") names when several entities of the registry hold it as a spelling,
 * decided from the candidates' names alone, so that the answer depends neither on which entity was created first
 * nor on the round of ingest's settling pass in which an article is read again (issue 16: a rule that asked for
 * "exactly one candidate" made a new entity whenever a second expansion held the acronym, and each article that
 * linked the acronym again merged that entity away, round after round).
 *
 * <p>The candidates named by a full name (not by an acronym) are its expansions. When they are all spellings of
 * one name (a misprint or a plural in one word, "International Business Machine Corp" / "International Business
 * Machines Corp"; other function words, {@link OrganisationSpellings}; the same core, {@link EntityResolver#core}),
 * the acronym belongs to the most complete of them ({@link NameKeys#moreComplete}; of equally complete ones, the
 * first by name key): a function of the names, not of their history. When they are two different names (two bodies
 * sharing an acronym), no owner is chosen and the acronym stays apart from both rather than flip between them.
 */
final class AcronymOwners {
    private AcronymOwners() {
    }

    /**
     * The owner among {@code candidates} (already of the acronym's type and country) of the bare acronym, or null when
     * the expansions name two things or there is none.
     */
    static RegisteredEntity owner(List<RegisteredEntity> candidates) {
        List<RegisteredEntity> expansions = new ArrayList<>();
        for (RegisteredEntity e : candidates) {
            if (!NameKeys.isAcronym(e.name()) && NameKeys.tokenCount(e.name()) >= 2) {
                expansions.add(e);
            }
        }
        if (expansions.isEmpty()) {
            return null;
        }
        for (int i = 0; i < expansions.size(); i++) {
            for (int j = i + 1; j < expansions.size(); j++) {
                if (!oneName(expansions.get(i).name(), expansions.get(j).name())) {
                    return null; // two bodies share the acronym: it is neither's by itself
                }
            }
        }
        return expansions.stream().min(BY_COMPLETENESS).orElse(null);
    }

    /**
     * True when the acronym of {@code key} is also held by an organisation of another name than {@code entity}'s (two
     * bodies share it): the entity that earlier articles made of the bare acronym then stays apart rather than join
     * the body this article links it to, since the next bare use could not tell which body it names either.
     */
    static boolean shared(String key, RegisteredEntity entity, org.attache.api.registry.EntityRegistry registry) {
        for (RegisteredEntity e : registry.candidates(key)) {
            if (!e.id().equals(entity.id()) && e.type() == entity.type() && !NameKeys.isAcronym(e.name())
                    && NameKeys.tokenCount(e.name()) >= 2 && !oneName(e.name(), entity.name())
                    && (e.country() == null || entity.country() == null || e.country().equals(entity.country()))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern CLIPPING = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,4}");

    /** True for a short form of an organisation's name: an acronym, or a clipping ("Fed": a capital, 2–4 small letters). */
    static boolean shortForm(org.attache.api.MentionType type, String name) {
        return NameKeys.isAcronym(name) || type == org.attache.api.MentionType.ORGANIZATION && CLIPPING.matcher(name).matches();
    }

    /**
     * The owner of a short form among the entities holding it ({@link #owner}); a clipping counts only the expansions
     * whose first word of their core it begins, three letters or more shorter ("Fed" of "Federal Reserve Board"), as
     * the coreference layer links them.
     */
    static RegisteredEntity ownerOf(String shortForm, List<RegisteredEntity> candidates) {
        if (NameKeys.isAcronym(shortForm)) {
            return owner(candidates);
        }
        List<RegisteredEntity> clipped = candidates.stream().filter(e -> {
            String first = EntityResolver.core(e.name()).split("\\s+")[0];
            return first.startsWith(shortForm) && first.length() >= shortForm.length() + 3;
        }).toList();
        return owner(clipped);
    }

    /** The most complete name first, then the first by name key, then by id: a total order on the candidates. */
    private static final Comparator<RegisteredEntity> BY_COMPLETENESS = (a, b) -> {
        if (NameKeys.moreComplete(a.name(), b.name())) {
            return -1;
        }
        if (NameKeys.moreComplete(b.name(), a.name())) {
            return 1;
        }
        int byKey = NameKeys.key(a.name()).compareTo(NameKeys.key(b.name()));
        return byKey != 0 ? byKey : a.id().compareTo(b.id());
    };

    /**
     * True when two full names are spellings of one name: the same key or core, their cores one edit apart (a
     * misprint, a plural), or near by {@link OrganisationSpellings#near} (a misprint in one long word, other function
     * words).
     */
    static boolean oneName(String a, String b) {
        String ka = NameKeys.key(a);
        String kb = NameKeys.key(b);
        if (ka.equals(kb)) {
            return true;
        }
        String ca = NameKeys.key(EntityResolver.core(a));
        String cb = NameKeys.key(EntityResolver.core(b));
        if (ca.isEmpty() || cb.isEmpty()) {
            return false;
        }
        return ca.equals(cb) || NameKeys.oneEditApart(ca, cb) || OrganisationSpellings.near(a, b) != null;
    }
}
