package org.attache.nlp.resolve;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.Evidence;
import org.attache.api.MentionType;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.coref.Acronyms;

/**
 * Links an article to the organisation that published it: its outlet, or the wire agency of its dateline
 * or closing tag ("Hanoi (VNA) –", "— VNS"). The body rarely names its own publisher, so this is a
 * publisher link, not a mention. An acronym the bundled list knows is expanded ("VNA" → "Vietnam News
 * Agency", VNM) and both spellings join one ORGANIZATION entity, shared with the body's mentions of it.
 * Stateless and thread-safe.
 */
public final class OutletResolver {
    private final Acronyms acronyms;

    public OutletResolver(Acronyms acronyms) {
        this.acronyms = acronyms;
    }

    /** With the bundled list of acronyms. */
    public OutletResolver() {
        this(Acronyms.standard());
    }

    /** Records the publisher of {@code article}; returns its entity id, or null when the outlet is unknown. */
    public String link(Article article, EntityRegistry registry) {
        String outlet = article.outlet() == null ? "" : NameKeys.display(article.outlet());
        if (NameKeys.key(outlet).isEmpty()) {
            return null;
        }
        Acronyms.Expansion expansion = NameKeys.isAcronym(outlet) ? acronyms.bundled(outlet) : null;
        String name = expansion == null ? outlet : NameKeys.display(expansion.text());
        String country = expansion == null ? null : expansion.country();
        Evidence evidence = new Evidence(article.id(), 0, 0, outlet);
        RegisteredEntity entity = find(registry, name, outlet);
        boolean created = entity == null;
        if (created) {
            entity = new RegisteredEntity(EntityIds.newId(MentionType.ORGANIZATION, NameKeys.key(name), country,
                    registry), MentionType.ORGANIZATION, name, country);
            registry.create(entity);
            registry.recordMerge(new MergeDecision(entity.id(), name, MergeRule.CREATED, evidence));
        } else if (entity.country() == null && country != null) {
            registry.setCountry(entity.id(), country);
        }
        for (String spelling : List.of(name, outlet)) {
            if (!registry.hasAlias(entity.id(), spelling)) {
                registry.addAlias(entity.id(), EntityResolver.form(spelling, MentionType.ORGANIZATION));
                if (created && spelling.equals(name)) {
                    continue;
                }
                MergeRule rule = NameKeys.key(spelling).equals(NameKeys.key(entity.name())) ? MergeRule.SAME_NAME
                        : MergeRule.KNOWN_ACRONYM;
                registry.recordMerge(new MergeDecision(entity.id(), spelling, rule, evidence));
            }
        }
        registry.recordPublisher(entity.id(), article.id());
        return EntityIds.settle(entity.id(), registry, null).id(); // a country it just took changes its id
    }

    /**
     * An organisation already known by the full name, else by the outlet's own spelling; of several, the one named
     * exactly so before one that has it only among its spellings (the agency "Reuters" before "Reuters Holdings PLC",
     * which an article's short form gave the spelling "Reuters"), so that the outlet does not depend on which
     * article came first.
     */
    private static RegisteredEntity find(EntityRegistry registry, String name, String outlet) {
        for (String spelling : List.of(name, outlet)) {
            String key = NameKeys.key(spelling);
            List<RegisteredEntity> found = registry.candidates(key).stream()
                    .filter(c -> c.type() == MentionType.ORGANIZATION).toList();
            for (RegisteredEntity candidate : found) {
                if (NameKeys.key(candidate.name()).equals(key)) {
                    return candidate;
                }
            }
            if (!found.isEmpty()) {
                return found.getFirst();
            }
        }
        return null;
    }
}
