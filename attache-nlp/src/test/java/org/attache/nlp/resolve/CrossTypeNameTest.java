package org.attache.nlp.resolve;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.MISC;
import static org.attache.api.MentionType.ORGANIZATION;

/**
 * A mention that joins an entity of another type (a MISC reading of an organisation's name) does not rename it: the
 * name comes from the entity's own type's spellings, so it does not depend on whether the other type's spelling was
 * read before or after the mention that settles elsewhere (issue 16 item 2: "LIBOR" / "Libor").
 */
class CrossTypeNameTest {
    @Test
    void aMiscSpellingJoinsTheOrganisationWithoutRenamingIt() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        EntityResolver resolver = new EntityResolver();
        Resolved body = resolver.resolve(Docs.article("a1", "Trading on Eurex rose in May.")
                .mention(ORGANIZATION, "Eurex", "Eurex", null).build(), registry);
        Resolved misc = resolver.resolve(Docs.article("a2", "Futures listed on EUREX gained.")
                .mention(MISC, "EUREX", "EUREX", null).build(), registry);
        String id = Docs.entityIdOf(body, "Eurex");
        assertThat(Docs.entityIdOf(misc, "EUREX")).isEqualTo(id); // the MISC reading still joins the body
        assertThat(registry.get(id).orElseThrow().name()).isEqualTo("Eurex");
    }

    @Test
    void aMiscSpellingInGermanDoesNotRenameTheOrganisationEither() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        EntityResolver resolver = new EntityResolver();
        Resolved body = resolver.resolve(Docs.article("b1", "Die Bafin prüft die Bank seit März.")
                .mention(ORGANIZATION, "Bafin", "Bafin", "DEU").build(), registry);
        resolver.resolve(Docs.article("b2", "Nach Angaben der BAFIN ist die Prüfung beendet.")
                .mention(MISC, "BAFIN", "BAFIN", "DEU").build(), registry);
        String id = Docs.entityIdOf(body, "Bafin");
        assertThat(registry.entities()).hasSize(1);
        assertThat(registry.get(id).orElseThrow().name()).isEqualTo("Bafin");
        // read as an organisation, the same spelling does rename it (capitals of an acronym come first by code point)
        resolver.resolve(Docs.article("b3", "Die BAFIN hat entschieden.")
                .mention(ORGANIZATION, "BAFIN", "BAFIN", "DEU").build(), registry);
        assertThat(registry.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("BAFIN"));
    }
}
