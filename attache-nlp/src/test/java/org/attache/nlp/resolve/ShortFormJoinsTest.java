package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.LOCATION;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

/**
 * Short forms that join the entity of their full form (issue 14 item 5): press abbreviations of states and
 * territories, a bare "Korea" that can only be the South, an international organisation's organ named with the
 * organisation's name, a person named once by a first name; each in both orders of the articles.
 */
class ShortFormJoinsTest {
    private final EntityResolver resolver = new EntityResolver();

    /** The entity the mentions written {@code text} name now (ids move when a name changes). */
    private static String now(InMemoryEntityRegistry registry, String text) {
        List<String> ids = registry.mentions().stream().filter(m -> m.mention().text().equals(text))
                .map(InMemoryEntityRegistry.MentionRow::entityId).distinct().toList();
        assertThat(ids).as(text).hasSize(1);
        return ids.getFirst();
    }

    private static String name(InMemoryEntityRegistry registry, String text) {
        return registry.get(now(registry, text)).map(RegisteredEntity::name).orElseThrow();
    }

    private static Annotated place(String id, String body, String text) {
        return Docs.article(id, "1987-03-04", body).mention(LOCATION, text, text, null).build();
    }

    /** Resolves the articles in the given order and in reverse, giving each registry to {@code check}. */
    private void bothOrders(List<Annotated> articles, java.util.function.Consumer<InMemoryEntityRegistry> check) {
        for (List<Annotated> order : List.of(articles, articles.reversed())) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            order.forEach(a -> resolver.resolve(a, registry));
            check.accept(registry);
        }
    }

    @Test
    void aStatesPressAbbreviationIsTheStateInEitherOrder() {
        bothOrders(List.of(
                place("a1", "Fire broke out in California on Monday.", "California"),
                place("a2", "The company of Cupertino, Calif., said it would cut jobs.", "Calif."),
                place("a3", "A bank of Rochester, N.Y., said profits rose.", "N.Y."),
                place("a4", "Snow fell across New York on Tuesday.", "New York"),
                place("a5", "A Toronto, Ont., miner said output rose.", "Ont."),
                place("a6", "Farmers in Ontario voted on Monday.", "Ontario"),
                place("a7", "A Brisbane, Qld., company said sales rose.", "Qld.")), registry -> {
            assertThat(now(registry, "Calif.")).isEqualTo(now(registry, "California"));
            assertThat(now(registry, "N.Y.")).isEqualTo(now(registry, "New York"));
            assertThat(now(registry, "Ont.")).isEqualTo(now(registry, "Ontario"));
            assertThat(name(registry, "Qld.")).isEqualTo("Queensland");
            assertThat(name(registry, "California")).isEqualTo("California");
        });
    }

    @Test
    void anAbbreviationWithoutItsStopShorterThanFourLettersOrOfACountrysNameStaysAsWritten() {
        assertThat(PlaceShortForms.expand(LOCATION, "Calif", "Calif", Docs.article("a", "x").build().article()))
                .isEqualTo("California");
        assertThat(PlaceShortForms.expand(LOCATION, "Pa", "Pa", Docs.article("a", "x").build().article()))
                .isEqualTo("Pa");
        assertThat(PlaceShortForms.expand(LOCATION, "Pa.", "Pa.", Docs.article("a", "x").build().article()))
                .isEqualTo("Pennsylvania");
        // "Ga." is Georgia the state, but "Georgia" is a country's name too: no join made from a table alone
        assertThat(PlaceShortForms.expand(LOCATION, "Ga.", "Ga.", Docs.article("a", "x").build().article()))
                .isEqualTo("Ga.");
        assertThat(PlaceShortForms.expand(ORGANIZATION, "Calif.", "Calif.", Docs.article("a", "x").build().article()))
                .as("only places").isEqualTo("Calif.");
    }

    @Test
    void aTerritorysInitialsAreThePlace() {
        bothOrders(List.of(
                place("a1", "Shares fell in Hong Kong on Monday.", "Hong Kong"),
                place("a2", "Jardine Matheson of H.K. said profits rose.", "H.K.")), registry ->
                assertThat(now(registry, "H.K.")).isEqualTo(now(registry, "Hong Kong")));
    }

    @Test
    void aBareKoreaIsTheSouthOnlyWhereTheArticleNamesNoNorth() {
        Function<String, String> expanded = body -> PlaceShortForms.expand(LOCATION, "Korea", "Korea",
                Docs.article("a", "1987-03-04", body).build().article());
        assertThat(expanded.apply("Officials in Seoul said Korea would open its market.")).isEqualTo("South Korea");
        assertThat(expanded.apply("Korea's exports of textiles rose 12 pct.")).isEqualTo("South Korea");
        assertThat(expanded.apply("Pyongyang said Korea must be reunited.")).isEqualTo("Korea");
        assertThat(expanded.apply("Talks on North Korea and South Korea: Korea was divided.")).isEqualTo("Korea");
        assertThat(expanded.apply("Korea was a kingdom with a long history.")).as("no context: as written")
                .isEqualTo("Korea");
        assertThat(PlaceShortForms.expand(LOCATION, "Korea", "Korea",
                Docs.article("a", "1920-03-04", "Korea's rice exports rose.").build().article()))
                .as("before the division there is one Korea").isEqualTo("Korea");

        bothOrders(List.of(
                place("a1", "South Korea said on Monday its trade surplus grew.", "South Korea"),
                place("a2", "Washington wants Korea to cut tariffs on beef imports.", "Korea")), registry ->
                assertThat(now(registry, "Korea")).isEqualTo(now(registry, "South Korea")));
    }

    @Test
    void anOrgansNamesWithItsOrganisationsNameAreOneEntity() {
        assertThat(OrganNames.canonical(ORGANIZATION, "EC Commission")).isEqualTo("European Commission");
        assertThat(OrganNames.canonical(ORGANIZATION, "European Community Commission")).isEqualTo("European Commission");
        assertThat(OrganNames.canonical(ORGANIZATION, "EC Executive Commission")).isEqualTo("European Commission");
        assertThat(OrganNames.canonical(ORGANIZATION, "Commission of the European Communities"))
                .isEqualTo("European Commission");
        assertThat(OrganNames.canonical(ORGANIZATION, "European Commission")).isEqualTo("European Commission");
        assertThat(OrganNames.canonical(ORGANIZATION, "European Council")).as("another organ").isEqualTo("European Council");
        assertThat(OrganNames.canonical(ORGANIZATION, "EC Bank")).as("no organ the table lists").isEqualTo("EC Bank");
        assertThat(OrganNames.canonical(ORGANIZATION, "Federal Banking Commission")).isEqualTo("Federal Banking Commission");
        assertThat(OrganNames.canonical(LOCATION, "EC Commission")).isEqualTo("EC Commission");

        List<Annotated> articles = List.of(
                Docs.article("a1", "1987-03-04", "The European Commission proposed a milk accord.")
                        .mention(ORGANIZATION, "European Commission", "European Commission", null).build(),
                Docs.article("a2", "1987-03-04", "The EC Commission said farm prices would fall.")
                        .mention(ORGANIZATION, "EC Commission", "EC Commission", null).build(),
                Docs.article("a3", "1987-03-05", "The European Community Commission fined the firms.")
                        .mention(ORGANIZATION, "European Community Commission", "European Community Commission", null)
                        .build());
        bothOrders(articles, registry -> {
            String id = now(registry, "European Commission");
            assertThat(now(registry, "EC Commission")).isEqualTo(id);
            assertThat(now(registry, "European Community Commission")).isEqualTo(id);
            assertThat(name(registry, "EC Commission")).isEqualTo("European Commission");
        });
    }

    @Test
    void aFirstNameAloneIsTheArticlesOnePersonItOpens() {
        assertThat(GivenNames.fullNames(List.of("Dilson Funaro", "Dilson"))).isEqualTo(Map.of("dilson", "Dilson Funaro"));
        assertThat(GivenNames.fullNames(List.of("Dilson", "Dilson Funaro"))).as("either order")
                .isEqualTo(Map.of("dilson", "Dilson Funaro"));
        assertThat(GivenNames.fullNames(List.of("Jean Dupont", "Jean Martin", "Jean"))).as("two persons open with it")
                .isEmpty();
        assertThat(GivenNames.fullNames(List.of("Thomas Mann", "Mann Thomas", "Thomas"))).isEmpty();
        assertThat(GivenNames.fullNames(List.of("Helmut Kohl", "Peter Helmut", "Helmut"))).as("someone's surname")
                .isEmpty();

        List<Annotated> articles = List.of(
                Docs.article("a1", "1987-03-04", "Finance Minister Dilson Funaro said talks would go on. Dilson added "
                        + "that Brazil would pay.").person("Dilson Funaro").person("Dilson").build(),
                Docs.article("a2", "1987-03-05", "Ministro Dilson Funaro disse que o Brasil pagaria.")
                        .person("Dilson Funaro").build(),
                Docs.article("a3", "1987-03-05", "Dilson spoke to the crowd in Rio.").person("Dilson").build());
        bothOrders(articles, registry -> {
            String whole = registry.mentions().stream().filter(m -> m.articleId().equals("a1")
                    && m.mention().text().equals("Dilson")).map(InMemoryEntityRegistry.MentionRow::entityId)
                    .findFirst().orElseThrow();
            assertThat(whole).isEqualTo(now(registry, "Dilson Funaro"));
            String alone = registry.mentions().stream().filter(m -> m.articleId().equals("a3"))
                    .map(InMemoryEntityRegistry.MentionRow::entityId).findFirst().orElseThrow();
            assertThat(alone).as("a first name alone in another article joins no one, whatever came first")
                    .isNotEqualTo(whole);
        });
    }

    @Test
    void aBareHeadWordOfAnOfficeGivesNoCountryFromTheRegistry() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        resolver.resolve(Docs.article("a1", "1987-03-04", "The European Commission met. The Commission said no.")
                .mention(ORGANIZATION, "European Commission", "European Commission", "EU")
                .mention(ORGANIZATION, "Commission", 1, "European Commission", "EU").build(), registry);
        assertThat(registry.entities()).anyMatch(e -> e.name().equals("European Commission") && "EU".equals(e.country()));
        resolver.resolve(Docs.article("a2", "1987-03-23", "Commission President Hermann Bodenmann said the bankers "
                        + "would meet.").person("Hermann Bodenmann")
                .office("Hermann Bodenmann", "President", "Commission", null, false).build(), registry);
        assertThat(registry.get(now(registry, "Hermann Bodenmann")).orElseThrow().country())
                .as("a Swiss commission's president is no EU official").isNull();
    }
}
