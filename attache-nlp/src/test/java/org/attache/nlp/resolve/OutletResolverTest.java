package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.MentionType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

class OutletResolverTest {
    private final OutletResolver outlets = new OutletResolver();

    private static Article article(String id, String outlet) {
        return new Article(id, "src", null, outlet, null, false, List.of("Ministers met on Monday."), List.of(), null,
                "Hanoi", null, "en", List.of(), null, null);
    }

    @Test
    void aKnownAgencyAcronymBecomesItsFullNameWithItsCountryAndPublishesTheArticle() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        String id = outlets.link(article("a1", "VNA"), registry);
        RegisteredEntity agency = registry.get(id).orElseThrow();
        assertThat(agency.name()).isEqualTo("Vietnam News Agency");
        assertThat(agency.type()).isEqualTo(MentionType.ORGANIZATION);
        assertThat(agency.country()).isEqualTo("VNM");
        assertThat(registry.hasAlias(id, "VNA")).isTrue();
        assertThat(registry.published(id, "a1")).isTrue();
    }

    @Test
    void theSameOutletInAnotherArticleIsTheSameEntity() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        String first = outlets.link(article("a1", "The Mekong Ledger"), registry);
        String second = outlets.link(article("a2", "the mekong ledger"), registry);
        assertThat(second).isEqualTo(first);
        assertThat(registry.get(first).orElseThrow().country()).isNull();
        assertThat(registry.published(first, "a2")).isTrue();
    }

    @Test
    void noOutletNoLink() {
        assertThat(outlets.link(article("a1", null), new InMemoryEntityRegistry())).isNull();
        assertThat(outlets.link(article("a1", " — "), new InMemoryEntityRegistry())).isNull();
    }
    @Test
    void theOutletIsTheEntityNamedExactlySoNotAnotherThatHasItsSpelling() {
        for (boolean holdingFirst : new boolean[] {true, false}) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            // ids chosen so that the holding comes first by id, as a registry lists candidates
            RegisteredEntity holding = new RegisteredEntity("e0000000000000001", MentionType.ORGANIZATION,
                    "Tagesblatt Holding AG", "DEU");
            RegisteredEntity paper = new RegisteredEntity("e0000000000000002", MentionType.ORGANIZATION,
                    "Tagesblatt", null);
            for (RegisteredEntity e : holdingFirst ? List.of(holding, paper) : List.of(paper, holding)) {
                registry.create(e);
                registry.addAlias(e.id(), EntityResolver.form(e.name(), MentionType.ORGANIZATION));
            }
            // an article's short form gave the holding the paper's spelling too
            registry.addAlias(holding.id(), EntityResolver.form("Tagesblatt", MentionType.ORGANIZATION));
            String id = outlets.link(article("a1", "Tagesblatt"), registry);
            assertThat(registry.get(id).orElseThrow().name()).isEqualTo("Tagesblatt");
            assertThat(registry.published(holding.id(), "a1")).isFalse();
        }
    }
}
