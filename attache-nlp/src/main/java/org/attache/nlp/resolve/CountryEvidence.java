package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.names.VietnameseNameShape;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the resolver's country of a group of mentions comes from, strongest evidence first.
 * <ol>
 *   <li>The most frequent country of the group's mentions (a country name, demonym or context the
 *       annotator saw).</li>
 *   <li>People only, through their offices: the country of the entity an ORGANIZATION mention inside the
 *       span of one of their office claims was resolved to in this article (organisations are resolved
 *       before people); else a claim's own country; else the country of the claim's organisation when the
 *       registry knows exactly one.</li>
 * </ol>
 * Those are <em>strong</em>: they take part in matching (countries must not conflict). The <em>weak</em>
 * defaults below are used only when nothing above applies, after matching, and never replace a country an
 * entity already has: for people, a Vietnamese-looking name ({@link VietnameseNameShape}) gives VNM; for
 * people and organisations, the country of the article's dateline place ({@link DatelineCountry}) — a
 * default that is often right for local actors of a local report and wrong for visitors. Stateless.
 */
final class CountryEvidence {
    private static final String VIETNAM = "VNM";

    private CountryEvidence() {
    }

    /**
     * The strong country of a group, or null.
     *
     * @param entityCountries country of the entity each mention (by index) has been resolved to so far, or null
     * @param weakIds         entities whose country only this article's weak default gave; never evidence
     */
    static String strong(MentionType type, List<Integer> members, Annotated annotated, String[] entityCountries,
                         Set<String> weakIds, EntityRegistry registry) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int i : members) {
            String c = annotated.mentions().get(i).country();
            if (c != null && !c.isBlank()) {
                votes.merge(c, 1, Integer::sum);
            }
        }
        if (!votes.isEmpty()) {
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        if (type != MentionType.PERSON) {
            return null;
        }
        List<OfficeClaim> claims = annotated.offices().stream().filter(c -> members.contains(c.holder())).toList();
        List<Mention> mentions = annotated.mentions();
        for (OfficeClaim claim : claims) {
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() == MentionType.ORGANIZATION && m.start() >= claim.start() && m.end() <= claim.end()
                        && entityCountries[i] != null) {
                    return entityCountries[i];
                }
            }
        }
        for (OfficeClaim claim : claims) {
            if (claim.country() != null && !claim.country().isBlank()) {
                return claim.country();
            }
        }
        for (OfficeClaim claim : claims) {
            if (claim.organization() != null && !NameKeys.key(claim.organization()).isEmpty()) {
                String orgKey = NameKeys.key(claim.organization());
                Set<String> countries = new LinkedHashSet<>();
                for (RegisteredEntity org : registry.candidates(orgKey)) {
                    if (org.type() == MentionType.ORGANIZATION && org.country() != null && !weakIds.contains(org.id())) {
                        countries.add(org.country());
                    }
                }
                if (countries.size() == 1) {
                    return countries.iterator().next();
                }
            }
        }
        return null;
    }

    /** The weak default country of a PERSON or ORGANIZATION group named {@code name}, or null. */
    static String weak(MentionType type, String name, Article article) {
        if (type == MentionType.PERSON && VietnameseNameShape.matches(name)) {
            return VIETNAM;
        }
        if (type == MentionType.PERSON || type == MentionType.ORGANIZATION) {
            return DatelineCountry.standard().of(article.dateline());
        }
        return null;
    }
}
