package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.coref.CorefLayer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;

/**
 * An acronym joined across articles whatever their order: the owner of a bare acronym among several entities that
 * hold it ({@link AcronymOwners}), two bodies sharing one, a listed short form of an international organisation,
 * an acronym whose bundled meaning changed with time, and the name of an entity by use ({@link NameByUse}).
 */
class AcronymOwnersTest {
    private final EntityResolver resolver = new EntityResolver();

    /** An article that defines the acronym after a full name ("Full Name (ACR)"), linked as coreference does. */
    private static Annotated defining(String id, String full, String acr) {
        return Docs.article(id, "1987-03-0" + id.substring(1), "The " + full + " (" + acr + ") said on Monday the "
                + acr + " would act.")
                .mention(ORGANIZATION, full, full, null)
                .mention(ORGANIZATION, acr, 0, full, null)
                .mention(ORGANIZATION, acr, 1, full, null).build();
    }

    /** An article that uses the acronym alone. */
    private static Annotated bare(String id, String acr) {
        return Docs.article(id, "1987-03-0" + id.substring(1), "Shares rose after the " + acr + " ruled.")
                .mention(ORGANIZATION, acr, acr, null).build();
    }

    /** The entity ids the mentions written {@code text} name now. */
    private static List<String> now(InMemoryEntityRegistry registry, String text) {
        return registry.mentions().stream().filter(m -> m.mention().text().equals(text))
                .map(InMemoryEntityRegistry.MentionRow::entityId).distinct().toList();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> one = new ArrayList<>();
                one.add(head);
                one.addAll(p);
                out.add(one);
            }
        }
        return out;
    }

    /**
     * Resolves the articles in order, then every one of them again (as the settling pass does; the in-memory registry
     * keeps the first reading's mention rows too, so a second reading that names another entity shows).
     */
    private InMemoryEntityRegistry ingest(List<Annotated> order, boolean settle) {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        order.forEach(a -> resolver.resolve(a, registry));
        if (settle) {
            for (Annotated a : order) {
                resolver.resolve(a, registry);
            }
        }
        return registry;
    }

    @Test
    void aBareAcronymJoinsTheMostCompleteOfItsExpansionsInEveryOrder() {
        // two spellings of one company's name (a plural dropped), each defining the acronym; then the acronym alone
        for (String[] names : List.of(
                new String[] {"Nordwind Shipping Lines Corp", "Nordwind Shipping Line Corp", "NSL"},
                new String[] {"Deutscher Gewerkschaftsbund", "Deutsche Gewerkschaftsbund", "DGB"},
                new String[] {"Confédération Nationale des Travailleurs", "Confédération Nationale des Travailleur", "CNT"})) {
            List<Annotated> articles = List.of(defining("a1", names[0], names[2]), defining("a2", names[1], names[2]),
                    bare("a3", names[2]), bare("a4", names[2]));
            for (List<Annotated> order : permutations(articles)) {
                for (boolean settle : List.of(false, true)) {
                    InMemoryEntityRegistry registry = ingest(order, settle);
                    String owner = now(registry, names[0]).getFirst();
                    List<String> bareIds = registry.mentions().stream()
                            .filter(m -> m.articleId().equals("a3") || m.articleId().equals("a4"))
                            .map(InMemoryEntityRegistry.MentionRow::entityId).distinct().toList();
                    assertThat(bareIds).as("%s, order %s, settled %s", names[2],
                            order.stream().map(a -> a.article().id()).toList(), settle).containsExactly(owner);
                    assertThat(registry.entities()).as("no entity named by the bare acronym")
                            .noneMatch(e -> e.name().equals(names[2]));
                }
            }
        }
    }

    @Test
    void anAcronymTwoBodiesShareStaysApartFromBothInEveryOrderAndDoesNotFlip() {
        List<Annotated> articles = List.of(defining("a1", "Securities and Exchange Commission", "SEC"),
                defining("a2", "Southern Electricity Council", "SEC"), bare("a3", "SEC"), bare("a4", "SEC"));
        for (List<Annotated> order : permutations(articles)) {
            InMemoryEntityRegistry registry = ingest(order, true);
            String commission = now(registry, "Securities and Exchange Commission").getFirst();
            String council = now(registry, "Southern Electricity Council").getFirst();
            assertThat(commission).isNotEqualTo(council);
            // once both bodies are known, a bare use names neither, and reading it again gives the same answer
            List<String> first = new ArrayList<>();
            List<String> again = new ArrayList<>();
            for (Annotated a : List.of(articles.get(2), articles.get(3))) {
                first.add(resolver.resolve(a, registry).entityId(0));
            }
            for (Annotated a : List.of(articles.get(2), articles.get(3), articles.get(0), articles.get(1))) {
                Resolved r = resolver.resolve(a, registry);
                if (a.article().id().equals("a3") || a.article().id().equals("a4")) {
                    again.add(r.entityId(0));
                }
            }
            String label = order.stream().map(a -> a.article().id()).toList().toString();
            assertThat(first).as(label).doesNotContain(commission, council).containsOnly(first.getFirst());
            assertThat(again).as(label).isEqualTo(first);
            assertThat(now(registry, "Securities and Exchange Commission")).as(label).containsExactly(commission);
            assertThat(now(registry, "Southern Electricity Council")).as(label).containsExactly(council);
        }
    }

    @Test
    void aListedShortFormOfAnInternationalOrganisationIsThatOrganisationInEitherOrder() {
        BiFunction<String, String, Annotated> g7 = (id, name) -> Docs.article(id, "1987-10-1" + id.substring(1),
                "Ministers of the " + name + " met in Paris.").mention(ORGANIZATION, name, name, "G7").build();
        for (List<String> names : permutations(List.of("Group of Seven", "G-7", "G7"))) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            for (int i = 0; i < names.size(); i++) {
                resolver.resolve(g7.apply("g" + i, names.get(i)), registry);
            }
            assertThat(registry.entities()).as(names.toString()).hasSize(1);
            assertThat(registry.entities().getFirst().name()).isEqualTo("Group of Seven");
        }
        // a short form of another organisation's table line keeps its own name
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        resolver.resolve(Docs.article("h1", "1987-10-11", "The G-77 met.")
                .mention(ORGANIZATION, "G-77", "G-77", "G77").build(), registry);
        resolver.resolve(Docs.article("h2", "1987-10-12", "The G-7 met.")
                .mention(ORGANIZATION, "G-7", "G-7", "G7").build(), registry);
        assertThat(registry.entities()).hasSize(2);
    }

    @Test
    void aBundledAcronymReadsAsItStoodOnTheArticlesDay() {
        CorefLayer coref = new CorefLayer();
        for (String[] dayAndMeaning : List.of(new String[] {"1987-10-19", "European Community"},
                new String[] {"2015-06-01", "European Commission"})) {
            Annotated a = coref.apply(Docs.article("e1", dayAndMeaning[0], "EC farm ministers met in Luxembourg.")
                    .mention(ORGANIZATION, "EC", "EC", null).build());
            Mention ec = a.mentions().stream().filter(m -> m.text().equals("EC")).findFirst().orElseThrow();
            assertThat(ec.canonical()).as(dayAndMeaning[0]).isEqualTo(dayAndMeaning[1]);
        }
        // an article's own definition still wins over the list
        Annotated defined = coref.apply(Docs.article("e2", "1987-10-19",
                "The European Commission (EC) said the EC would propose cuts.")
                .mention(ORGANIZATION, "European Commission", "European Commission", null)
                .mention(ORGANIZATION, "EC", 0, "EC", null).mention(ORGANIZATION, "EC", 1, "EC", null).build());
        assertThat(defined.mentions()).filteredOn(m -> m.text().equals("EC"))
                .allMatch(m -> m.canonical().equals("European Commission"));
        // undated text reads the list as it stands today
        Annotated undated = coref.apply(Docs.article("e3", "EC officials met.")
                .mention(ORGANIZATION, "EC", "EC", null).build());
        assertThat(undated.mentions().getFirst().canonical()).isEqualTo("European Commission");
    }

    @Test
    void aBareOrganWordIsTheOrganOfTheOneListedOrganisationTheArticleNames() {
        CorefLayer coref = new CorefLayer();
        Annotated ec = coref.apply(Docs.article("c1", "1987-10-19", "EC farm ministers met. The Commission proposed cuts.")
                .mention(ORGANIZATION, "EC", "EC", null).mention(ORGANIZATION, "Commission", "Commission", null).build());
        assertThat(ec.mentions()).filteredOn(m -> m.text().equals("Commission"))
                .extracting(Mention::canonical).containsExactly("European Commission");
        Annotated fund = coref.apply(Docs.article("c2", "1987-10-19",
                "The International Monetary Fund met. The Fund said growth slowed.")
                .mention(ORGANIZATION, "International Monetary Fund", "International Monetary Fund", null)
                .mention(ORGANIZATION, "Fund", "Fund", null).build());
        assertThat(fund.mentions()).filteredOn(m -> m.text().equals("Fund"))
                .extracting(Mention::canonical).containsExactly("International Monetary Fund");
        // two listed organisations: the word names neither, and is dropped as before
        Annotated two = coref.apply(Docs.article("c3", "1987-10-19", "EC and OECD officials met. The Commission left.")
                .mention(ORGANIZATION, "EC", "EC", null).mention(ORGANIZATION, "OECD", "OECD", null)
                .mention(ORGANIZATION, "Commission", "Commission", null).build());
        assertThat(two.mentions()).noneMatch(m -> m.text().equals("Commission"));
    }

    @Test
    void anEntityIsNamedByTheSpellingMoreMentionsWriteWhicheverCameFirst() {
        for (String[] pair : List.of(new String[] {"Nordic Stock Exchange", "Nordic STock Exchange"},
                new String[] {"International Rubber Council", "Internatinal Rubber Council"},
                new String[] {"Banque Nationale de Commerce", "Banque Nationalle de Commerce"})) {
            String right = pair[0];
            String slip = pair[1];
            for (List<String> order : List.of(List.of(slip, right, right), List.of(right, slip, right),
                    List.of(right, right, slip))) {
                InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
                for (int i = 0; i < order.size(); i++) {
                    String name = order.get(i);
                    resolver.resolve(Docs.article("n" + i, "1987-03-0" + (i + 1), name + " said on Monday it was ready.")
                            .mention(ORGANIZATION, name, name, null).build(), registry);
                }
                assertThat(registry.entities()).as(order.toString()).hasSize(1);
                assertThat(registry.entities().getFirst().name()).as(order.toString()).isEqualTo(right);
            }
        }
    }

    @Test
    void variantsAreSpellingsOfOneNameNeitherMoreComplete() {
        assertThat(NameByUse.variants("New York Stock Exchange", "New YOrk STock Exchange")).isTrue();
        assertThat(NameByUse.variants("Internatinal Monetary Fund", "International Monetary Fund")).isTrue();
        assertThat(NameByUse.variants("NEW YORK", "New York")).as("a dateline in capitals: another rule").isFalse();
        assertThat(NameByUse.variants("Federal Reserve Board", "Federal Reserve")).isFalse();
        assertThat(NameByUse.variants("Banque de France", "Banque de Grèce")).isFalse();
        assertThat(AcronymOwners.oneName("International Business Machines Corp", "International Business Machine Corp"))
                .isTrue();
        assertThat(AcronymOwners.oneName("Securities and Exchange Commission", "Southern Electricity Council")).isFalse();
    }
}
