package org.attache.nlp.resolve;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.LOCATION;
import static org.attache.api.MentionType.ORGANIZATION;

/** Misprints and function-word variants of organisations' long names, and nicknames, across articles. */
class NearSpellingTest {
    private final EntityResolver resolver = new EntityResolver();

    private static Resolved org(EntityResolver resolver, InMemoryEntityRegistry registry, String id, String name) {
        return resolver.resolve(Docs.article(id, "1987-03-0" + id.substring(1), name + " said on Monday it was ready.")
                .mention(ORGANIZATION, name, name, null).build(), registry);
    }

    private static List<MergeRule> rules(InMemoryEntityRegistry registry, String entityId, String alias) {
        return registry.merges().stream().filter(d -> d.alias().equals(alias)).map(MergeDecision::rule).toList();
    }

    /** The entity the mentions written {@code text} name now (ids move when a name changes). */
    private static String now(InMemoryEntityRegistry registry, String text) {
        List<String> ids = registry.mentions().stream().filter(m -> m.mention().text().equals(text))
                .map(InMemoryEntityRegistry.MentionRow::entityId).distinct().toList();
        assertThat(ids).as(text).hasSize(1);
        return ids.getFirst();
    }

    @Test
    void aMisprintOfALongWordJoinsTheOrganisationInEitherOrder() {
        for (List<String> order : List.of(List.of("Commodity Credit Corporation", "Comodity Credit Corporation"),
                List.of("Comodity Credit Corporation", "Commodity Credit Corporation"))) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            Resolved a = org(resolver, registry, "a1", order.get(0));
            Resolved b = org(resolver, registry, "a2", order.get(1));
            Resolved c = org(resolver, registry, "a3", "Commodity Credit Corporation");
            String id = now(registry, "Commodity Credit Corporation");
            assertThat(now(registry, order.get(0))).isEqualTo(id);
            assertThat(now(registry, order.get(1))).isEqualTo(id);
            assertThat(registry.entities()).hasSize(1);
            assertThat(registry.get(id).orElseThrow().name()).as("the spelling more mentions write is the name")
                    .isEqualTo("Commodity Credit Corporation");
            assertThat(rules(registry, id, order.get(1))).as(registry.merges().toString()).contains(MergeRule.SPELLING_VARIANT);
        }
    }

    @Test
    void misprintsInOtherLanguagesAndWithACountryPrefixJoinToo() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved de = org(resolver, registry, "a1", "Deutsche Bundesbahn Verwaltung");
        Resolved typo = org(resolver, registry, "a2", "Deutsche Bundesbhan Verwaltung");
        assertThat(now(registry, "Deutsche Bundesbhan Verwaltung"))
                .isEqualTo(now(registry, "Deutsche Bundesbahn Verwaltung"));
        Resolved fr = org(resolver, registry, "a3", "Banque Nationale de Paris");
        Resolved frTypo = org(resolver, registry, "a4", "Banque Nationalle de Paris");
        assertThat(now(registry, "Banque Nationalle de Paris"))
                .isEqualTo(now(registry, "Banque Nationale de Paris"));
    }

    @Test
    void otherFunctionWordsOrHyphensNameTheSameBody() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved full = org(resolver, registry, "a1", "Organisation for Economic Co-operation and Development");
        Resolved other = org(resolver, registry, "a2", "Organisation of Economic Cooperation and Development");
        String id = now(registry, "Organisation for Economic Co-operation and Development");
        assertThat(now(registry, "Organisation of Economic Cooperation and Development")).isEqualTo(id);
        assertThat(rules(registry, id, "Organisation of Economic Cooperation and Development"))
                .contains(MergeRule.ORGANIZATION_VARIANT);

        Resolved sec = org(resolver, registry, "a3", "Securities Exchange Commission");
        Resolved secFull = org(resolver, registry, "a4", "Securities and Exchange Commission");
        assertThat(now(registry, "Securities Exchange Commission"))
                .isEqualTo(now(registry, "Securities and Exchange Commission"));
        assertThat(registry.get(now(registry, "Securities and Exchange Commission")).orElseThrow().name())
                .as("the fuller spelling is the name").isEqualTo("Securities and Exchange Commission");
    }

    @Test
    void shortNamesAWholeWordOrALetterAtTheEndAreOtherBodies() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        for (String[] pair : new String[][] {{"Bank Leu", "Bank Lea"}, {"Iran Air", "Iraq Air"},
                {"General Motors Corp", "General Motors Acceptance Corp"}, {"Pacific Telesis", "Pacific Telesis Group"},
                {"National Bank of Austria", "National Bank of Australia"},
                {"Volvo Trucks Division", "Volvo Truck Division"}}) {
            Resolved a = org(resolver, registry, "a1", pair[0]);
            Resolved b = org(resolver, registry, "a2", pair[1]);
            assertThat(now(registry, pair[0])).as(pair[0] + " / " + pair[1])
                    .isNotEqualTo(now(registry, pair[1]));
        }
    }

    @Test
    void aMisprintDoesNotJoinAnOrganisationOfAnotherCountry() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved a = resolver.resolve(Docs.article("a1", "Federal Statistics Office said.")
                .mention(ORGANIZATION, "Federal Statistics Office", "Federal Statistics Office", "DEU").build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "Federal Statistiks Office said.")
                .mention(ORGANIZATION, "Federal Statistiks Office", "Federal Statistiks Office", "CHE").build(), registry);
        assertThat(now(registry, "Federal Statistics Office"))
                .isNotEqualTo(now(registry, "Federal Statistiks Office"));
    }

    @Test
    void placesAreNotJoinedByTheOrganisationRule() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved a = resolver.resolve(Docs.article("a1", "Santa Catarina Island was calm.")
                .mention(LOCATION, "Santa Catarina Island", "Santa Catarina Island", null).build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "Santa Catalina Island was calm.")
                .mention(LOCATION, "Santa Catalina Island", "Santa Catalina Island", null).build(), registry);
        assertThat(now(registry, "Santa Catarina Island")).isNotEqualTo(now(registry, "Santa Catalina Island"));
    }

    @Test
    void aNicknameJoinsTheOnePersonOfTheFormalNameInEitherOrder() {
        for (List<String> order : List.of(List.of("James Baker", "Jim Baker"), List.of("Jim Baker", "James Baker"))) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            Resolved a = resolver.resolve(Docs.article("a1", "1987-03-01", order.get(0) + " spoke.")
                    .person(order.get(0)).build(), registry);
            Resolved b = resolver.resolve(Docs.article("a2", "1987-03-02", order.get(1) + " spoke.")
                    .person(order.get(1)).build(), registry);
            Resolved c = resolver.resolve(Docs.article("a3", "1987-03-03", "James Baker spoke.")
                    .person("James Baker").build(), registry);
            String id = now(registry, "James Baker");
            assertThat(now(registry, order.get(0))).isEqualTo(id);
            assertThat(now(registry, order.get(1))).isEqualTo(id);
            RegisteredEntity e = registry.get(id).orElseThrow();
            assertThat(e.name()).isEqualTo("James Baker");
            assertThat(rules(registry, id, order.get(1))).contains(MergeRule.NICKNAME);
        }
    }

    @Test
    void aNicknameNeedsTheSameSurnameAndOneCandidate() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved james = resolver.resolve(Docs.article("a1", "1987-03-01", "James Baker spoke.").person("James Baker")
                .build(), registry);
        Resolved bill = resolver.resolve(Docs.article("a2", "1987-03-02", "Bill Baker spoke.").person("Bill Baker")
                .build(), registry);
        assertThat(now(registry, "Bill Baker")).isNotEqualTo(now(registry, "James Baker"));
        // "Ted" is Edward or Theodore: with both known it joins neither
        resolver.resolve(Docs.article("a3", "1987-03-03", "Edward Kennedy spoke.").person("Edward Kennedy").build(),
                registry);
        resolver.resolve(Docs.article("a4", "1987-03-03", "Theodore Kennedy spoke.").person("Theodore Kennedy").build(),
                registry);
        Resolved ted = resolver.resolve(Docs.article("a5", "1987-03-04", "Ted Kennedy spoke.").person("Ted Kennedy")
                .build(), registry);
        assertThat(registry.get(now(registry, "Ted Kennedy")).orElseThrow().name()).isEqualTo("Ted Kennedy");
    }

    @Test
    void contentWordsAndNearness() {
        assertThat(OrganisationSpellings.contentWords("U.S. Securities and Exchange Commission"))
                .containsExactly("securities", "exchange", "commission");
        assertThat(OrganisationSpellings.near("Internatinal Monetary Fund", "International Monetary Fund"))
                .isEqualTo("misprint");
        assertThat(OrganisationSpellings.near("Standard & Poor's Corp", "Standard and Poor's Corp")).isEqualTo("words");
        assertThat(OrganisationSpellings.near("Mitsui and Co", "Mitsu and Co")).isNull();
        assertThat(OrganisationSpellings.indexKeys("Bank Leu")).isEmpty();
        assertThat(Nicknames.alternatives("Jim Baker")).containsExactly("James Baker");
        assertThat(Nicknames.alternatives("Baker")).isEmpty();
    }

    @Test
    void aStatesChamberWithAndWithoutItsCountrysNameIsOneBodyOfThatCountryOnly() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        resolver.resolve(Docs.article("a1", "1987-03-01", "The U.S. Senate voted on Tuesday.")
                .mention(ORGANIZATION, "U.S. Senate", "U.S. Senate", "USA").build(), registry);
        resolver.resolve(Docs.article("a2", "1987-03-02", "In the United States, the Senate voted.")
                .mention(LOCATION, "United States", "United States", "USA")
                .mention(ORGANIZATION, "Senate", "Senate", null).build(), registry);
        resolver.resolve(Docs.article("a3", "1987-03-03", "In France, the Senate voted.")
                .mention(LOCATION, "France", "France", "FRA")
                .mention(ORGANIZATION, "Senate", "Senate", null).build(), registry);
        String us = now(registry, "U.S. Senate");
        List<String> senates = registry.mentions().stream().filter(m -> m.mention().text().equals("Senate"))
                .map(InMemoryEntityRegistry.MentionRow::entityId).toList();
        assertThat(senates).hasSize(2);
        assertThat(senates.get(0)).isEqualTo(us);
        assertThat(senates.get(1)).isNotEqualTo(us);
        assertThat(registry.get(us).orElseThrow().country()).isEqualTo("USA");
        assertThat(EntityResolver.countryPrefix("Japan Air")).isNull();
        assertThat(EntityResolver.countryPrefix("France Senate")).containsExactly("FRA", "Senate");
    }
}
