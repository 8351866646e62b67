package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.MISC;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

/** Articles resolved in either order give the same entities: ids, names, countries, and every mention's entity. */
class EntityIdOrderTest {
    private final EntityResolver resolver = new EntityResolver();

    /** Entity id → "name country", and mention (article:start) → entity id, after resolving {@code articles}. */
    private Map<String, String> resolve(List<Annotated> articles) {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        for (Annotated a : articles) {
            resolver.resolve(a, registry);
        }
        Map<String, String> out = new TreeMap<>();
        for (RegisteredEntity e : registry.entities()) {
            out.put(e.id(), e.type() + " " + e.name() + " " + e.country());
        }
        for (InMemoryEntityRegistry.MentionRow m : registry.mentions()) {
            out.put(m.articleId() + ":" + m.mention().start(), m.entityId());
        }
        return out;
    }

    /** Every arrival order of {@code articles} gives what file order gives, with {@code entities} entities. */
    private void assertSameInEveryOrder(List<Annotated> articles, int entities) {
        Map<String, String> first = resolve(articles);
        assertThat(first.keySet().stream().filter(k -> k.startsWith("e"))).hasSize(entities);
        for (List<Annotated> order : permutations(articles)) {
            assertThat(resolve(order)).as("order %s", order.stream().map(a -> a.article().id()).toList())
                    .isEqualTo(first);
        }
    }

    private static List<List<Annotated>> permutations(List<Annotated> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Annotated>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Annotated> rest = new ArrayList<>(items);
            Annotated head = rest.remove(i);
            for (List<Annotated> tail : permutations(rest)) {
                List<Annotated> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    private void assertSameInEitherOrder(List<Annotated> articles, int entities) {
        List<Annotated> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        Map<String, String> forward = resolve(articles);
        assertThat(forward.keySet().stream().filter(k -> k.startsWith("e"))).hasSize(entities);
        assertThat(resolve(reversed)).isEqualTo(forward);
    }

    @Test
    void aLoneAcronymAndItsExpansion() {
        assertSameInEitherOrder(List.of(
                Docs.article("a1", "The NLF won.").mention(ORGANIZATION, "NLF", "NLF", null).build(),
                Docs.article("a2", "The National Liberal Front (NLF) won again.")
                        .mention(ORGANIZATION, "National Liberal Front", "National Liberal Front", null)
                        .mention(ORGANIZATION, "NLF", "National Liberal Front", null).build()), 1);
    }

    @Test
    void aPersonsNameIsTheSpellingMoreMentionsWriteInEveryOrder() {
        // two equally complete first names joined through the shared surname: the one written more often names him
        assertSameInEveryOrder(List.of(
                Docs.article("m1", "1987-03-01", "Ronnie De Mel spoke. De Mel said rates would fall.")
                        .person("Ronnie De Mel").mention(PERSON, "De Mel", 1, "Ronnie De Mel", null).build(),
                Docs.article("m2", "1987-03-02", "Rodney De Mel arrived. De Mel left.")
                        .person("Rodney De Mel").mention(PERSON, "De Mel", 1, "Rodney De Mel", null).build(),
                Docs.article("m3", "1987-03-03", "Ronnie De Mel met bankers. De Mel smiled.")
                        .person("Ronnie De Mel").mention(PERSON, "De Mel", 1, "Ronnie De Mel", null).build()), 1);
        Map<String, String> names = resolve(List.of(
                Docs.article("m2", "1987-03-02", "Rodney De Mel arrived. De Mel left.")
                        .person("Rodney De Mel").mention(PERSON, "De Mel", 1, "Rodney De Mel", null).build(),
                Docs.article("m1", "1987-03-01", "Ronnie De Mel spoke. De Mel said rates would fall.")
                        .person("Ronnie De Mel").mention(PERSON, "De Mel", 1, "Ronnie De Mel", null).build(),
                Docs.article("m3", "1987-03-03", "Ronnie De Mel met bankers. De Mel smiled.")
                        .person("Ronnie De Mel").mention(PERSON, "De Mel", 1, "Ronnie De Mel", null).build()));
        assertThat(names.values()).contains("PERSON Ronnie De Mel null").doesNotContain("PERSON Rodney De Mel null");
    }

    @Test
    void aSpanishNameWrittenTwoWaysTakesTheSpellingMoreMentionsWrite() {
        assertSameInEveryOrder(List.of(
                Docs.article("s1", "1990-01-01", "Luis Fernando Ruiz Mateos habló. Ruiz Mateos dijo que no.")
                        .person("Luis Fernando Ruiz Mateos")
                        .mention(PERSON, "Ruiz Mateos", 1, "Luis Fernando Ruiz Mateos", null).build(),
                Docs.article("s2", "1990-01-02", "Jose Fernando Ruiz Mateos llegó. Ruiz Mateos se fue.")
                        .person("Jose Fernando Ruiz Mateos")
                        .mention(PERSON, "Ruiz Mateos", 1, "Jose Fernando Ruiz Mateos", null).build(),
                Docs.article("s3", "1990-01-03", "Luis Fernando Ruiz Mateos volvió. Luis Fernando Ruiz Mateos firmó."
                                + " Ruiz Mateos sonrió.")
                        .mention(PERSON, "Luis Fernando Ruiz Mateos", 0, "Luis Fernando Ruiz Mateos", null)
                        .mention(PERSON, "Luis Fernando Ruiz Mateos", 1, "Luis Fernando Ruiz Mateos", null)
                        .mention(PERSON, "Ruiz Mateos", 2, "Luis Fernando Ruiz Mateos", null).build()),
                1);
    }

    @Test
    void byUseIsATotalOrderOfMentionsThenLengthThenCodePoint() {
        assertThat(EntityResolver.byUse("Mikhail Gorbachev", 5, "Mikhael Gorbachev", 1)).isTrue();
        assertThat(EntityResolver.byUse("Mikhael Gorbachev", 1, "Mikhail Gorbachev", 5)).isFalse();
        assertThat(EntityResolver.byUse("Ronald Reagan", 2, "Ronald Regan", 2)).isTrue(); // longer
        assertThat(EntityResolver.byUse("Rodney De Mel", 1, "Ronnie De Mel", 1)).isTrue(); // code point
        assertThat(EntityResolver.byUse("Ronnie De Mel", 1, "Rodney De Mel", 1)).isFalse();
    }

    @Test
    void aPersonWhoseCountryOnlyTheSecondArticleGives() {
        assertSameInEitherOrder(List.of(
                Docs.article("a1", "Anna Kovacs arrived on Monday.").person("Anna Kovacs").build(),
                Docs.article("a2", "Hungary's Anna Kovacs spoke.")
                        .mention(PERSON, "Anna Kovacs", "Anna Kovacs", "HUN").build()), 1);
    }

    @Test
    void twoEquallyCompleteSpellingsGiveTheSameName() {
        assertSameInEitherOrder(List.of(
                Docs.article("a1", "The Asean summit opened.").mention(ORGANIZATION, "Asean", "Asean", null).build(),
                Docs.article("a2", "The ASEAN summit closed.").mention(ORGANIZATION, "ASEAN", "ASEAN", null).build()),
                1);
    }

    @Test
    void samePersonNamedFullyAndBySurnameWithAnOffice() {
        assertSameInEitherOrder(List.of(
                Docs.article("a1", "2025-03-01", "Foreign Minister Tran Van Lam met envoys.")
                        .person("Tran Van Lam").office("Tran Van Lam", "Foreign Minister", null, "VNM", false).build(),
                Docs.article("a2", "2025-03-02", "Foreign Minister Lam said talks went well.")
                        .person("Lam").office("Lam", "Foreign Minister", null, "VNM", false).build(),
                Docs.article("a3", "2025-03-03", "Critics of Lam gathered.").person("Lam").build()), 1);
    }

    @Test
    void aSurnameReadBeforeOrAfterTheFullNameIsOnePerson() {
        assertSameInEveryOrder(List.of(
                Docs.article("a1", "1987-03-01", "Reagan vetoed the bill.").person("Reagan").build(),
                Docs.article("a2", "1987-03-02", "Reagan met Thatcher; Reagan smiled.")
                        .mention(PERSON, "Reagan", 0, "Reagan", null).mention(PERSON, "Reagan", 1, "Reagan", null).build(),
                Docs.article("a3", "1987-03-03", "Ronald Reagan spoke in Ohio. Reagan left.")
                        .person("Ronald Reagan").person("Reagan", "Ronald Reagan").build()), 1);
    }

    @Test
    void aFullNameNamedOnceStillTakesTheSurnameWhenItsArticleSaysItTwice() {
        assertSameInEveryOrder(List.of(
                Docs.article("b1", "1990-05-01", "Delors warned the ministers.").person("Delors").build(),
                Docs.article("b2", "1990-05-02", "Jacques Delors arrived; Jacques Delors spoke.")
                        .mention(PERSON, "Jacques Delors", 0, "Jacques Delors", null)
                        .mention(PERSON, "Jacques Delors", 1, "Jacques Delors", null).build()), 1);
    }

    @Test
    void anAcronymAndItsExpansionReadApartJoinWhenAnArticleLinksThem() {
        assertSameInEveryOrder(List.of(
                Docs.article("c1", "The KFTC fined three firms.").mention(ORGANIZATION, "KFTC", "KFTC", null).build(),
                Docs.article("c2", "The Korea Fair Trade Commission opened a case.")
                        .mention(ORGANIZATION, "Korea Fair Trade Commission", "Korea Fair Trade Commission", null).build(),
                Docs.article("c3", "The Korea Fair Trade Commission (KFTC) ruled.")
                        .mention(ORGANIZATION, "Korea Fair Trade Commission", "Korea Fair Trade Commission", null)
                        .mention(ORGANIZATION, "KFTC", "Korea Fair Trade Commission", null).build()), 1);
    }

    @Test
    void aShortAndAFullSpellingLinkedInOneArticleJoinInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("d1", "Bundesbank Governor spoke.").mention(ORGANIZATION, "Bundesbank Governor", "Bundesbank Governor", null)
                        .build(),
                Docs.article("d2", "Die Deutsche Bundesbank hielt die Zinsen.")
                        .mention(ORGANIZATION, "Deutsche Bundesbank", "Deutsche Bundesbank", "DEU").build(),
                Docs.article("d3", "La Deutsche Bundesbank, ou Banque fédérale, et la Bundesbank Zentrale.")
                        .mention(ORGANIZATION, "Deutsche Bundesbank", "Deutsche Bundesbank", "DEU")
                        .mention(ORGANIZATION, "Bundesbank Zentrale", "Deutsche Bundesbank", "DEU").build()), 2);
    }

    @Test
    void aBodyNamedWithAndWithoutBoardIsOneInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("f1", "The Federal Reserve Board raised rates.")
                        .mention(ORGANIZATION, "Federal Reserve Board", "Federal Reserve Board", null).build(),
                Docs.article("f2", "The Federal Reserve held.")
                        .mention(ORGANIZATION, "Federal Reserve", "Federal Reserve", null).build(),
                Docs.article("f3", "Le Federal Reserve Board a parlé.")
                        .mention(ORGANIZATION, "Federal Reserve Board", "Federal Reserve Board", null).build()), 1);
    }

    @Test
    void aDepartmentNamedWithItsCountryAndInOtherWordOrderIsOneInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("g1", "The U.S. Agriculture Department said crops fell.")
                        .mention(ORGANIZATION, "U.S. Agriculture Department", "U.S. Agriculture Department", "USA").build(),
                Docs.article("g2", "The Department of Agriculture, in Washington, said so.")
                        .mention(ORGANIZATION, "Department of Agriculture", "Department of Agriculture", "USA").build(),
                Docs.article("g3", "The Agriculture Department reported on U.S. wheat.")
                        .mention(ORGANIZATION, "Agriculture Department", "Agriculture Department", "USA").build()), 1);
    }

    @Test
    void aCompanyTheRecogniserCallsMiscOnceIsOneOrganisationInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("h1", "Shares of Nordlicht Versicherung AG rose.")
                        .mention(ORGANIZATION, "Nordlicht Versicherung AG", "Nordlicht Versicherung AG", "DEU").build(),
                Docs.article("h2", "The Nordlicht Versicherung offer closed.")
                        .mention(MISC, "Nordlicht Versicherung", "Nordlicht Versicherung", null).build(),
                Docs.article("h3", "Nordlicht Versicherung AG said it would bid.")
                        .mention(ORGANIZATION, "Nordlicht Versicherung AG", "Nordlicht Versicherung AG", "DEU").build()), 1);
    }

    @Test
    void twoEquallyCompleteLegalFormsGiveTheSameNameInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("k1", "Harbour Shipping Co Ltd raised its dividend.")
                        .mention(ORGANIZATION, "Harbour Shipping Co Ltd", "Harbour Shipping Co Ltd", null).build(),
                Docs.article("k2", "Harbour Shipping Co Inc bought two tankers.")
                        .mention(ORGANIZATION, "Harbour Shipping Co Inc", "Harbour Shipping Co Inc", null).build(),
                Docs.article("k3", "Harbour Shipping said trade was slow.")
                        .mention(ORGANIZATION, "Harbour Shipping", "Harbour Shipping", null).build()), 1);
    }

    @Test
    void twoExpansionsOfOneAcronymStayTwoBodiesInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("n1", "The Baltic Fisheries Community (BFC) met in Riga.")
                        .mention(ORGANIZATION, "Baltic Fisheries Community", "Baltic Fisheries Community", null)
                        .mention(ORGANIZATION, "BFC", "Baltic Fisheries Community", null).build(),
                Docs.article("n2", "La Baltic Fisheries Commission propose des quotas; les ministres de la BFC hésitent.")
                        .mention(ORGANIZATION, "Baltic Fisheries Commission", "Baltic Fisheries Commission", null)
                        .mention(ORGANIZATION, "BFC", "Baltic Fisheries Commission", null).build(),
                Docs.article("n3", "Die Baltic Fisheries Commission tagte.")
                        .mention(ORGANIZATION, "Baltic Fisheries Commission", "Baltic Fisheries Commission", null).build()),
                2);
    }

    @Test
    void twoWeakContextsThatDisagreeGiveTheSameCountryInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("p1", "1987-05-01", "The envoy is on a working visit to Singapore. He had meetings with Lars Berglund.")
                        .mention(org.attache.api.MentionType.LOCATION, "Singapore", "Singapore", "SGP")
                        .person("Lars Berglund").build(),
                Docs.article("p2", "1987-05-02", "The envoy is on a working visit to Norway. He had meetings with Lars Berglund.")
                        .mention(org.attache.api.MentionType.LOCATION, "Norway", "Norway", "NOR")
                        .person("Lars Berglund").build(),
                Docs.article("p3", "1987-05-03", "Lars Berglund declined to comment.").person("Lars Berglund").build()), 3);
    }

    @Test
    void aCompanyAndItsShortNameAreOneInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("q1", "Kestrel said debt had grown.").mention(ORGANIZATION, "Kestrel", "Kestrel", null).build(),
                Docs.article("q2", "Kestrel Ratings Service Inc cut the bonds. Kestrel said so.")
                        .mention(ORGANIZATION, "Kestrel Ratings Service Inc", "Kestrel Ratings Service Inc", null)
                        .mention(ORGANIZATION, "Kestrel", 1, "Kestrel Ratings Service Inc", null).build(),
                Docs.article("q3", "Selon Kestrel, la dette augmente.").mention(ORGANIZATION, "Kestrel", "Kestrel", null)
                        .build()), 1);
    }

    @Test
    void aMisprintLinkedToTheSameAcronymIsStillOneBody() {
        assertSameInEveryOrder(List.of(
                Docs.article("r1", "Kestrel Electrics Co (KE) bid. KE said so.")
                        .mention(ORGANIZATION, "Kestrel Electrics Co", "Kestrel Electrics Co", null)
                        .mention(ORGANIZATION, "KE", 1, "Kestrel Electrics Co", null).build(),
                Docs.article("r2", "Kestrel Electric Co (KE) won. KE ruled.")
                        .mention(ORGANIZATION, "Kestrel Electric Co", "Kestrel Electric Co", null)
                        .mention(ORGANIZATION, "KE", 1, "Kestrel Electric Co", null).build()), 1);
    }

    @Test
    void aCompanyWithAnAbbreviatedWordIsOneInEveryOrder() {
        assertSameInEveryOrder(List.of(
                Docs.article("s1", "Halvorsen Bros Inc said it would buy a mill.")
                        .mention(ORGANIZATION, "Halvorsen Bros Inc", "Halvorsen Bros Inc", null).build(),
                Docs.article("s2", "Halvorsen Brothers Inc sold bonds.")
                        .mention(ORGANIZATION, "Halvorsen Brothers Inc", "Halvorsen Brothers Inc", null).build()), 1);
    }

    /**
     * Reading an article again (the settling pass) counts its earlier reading's mentions as evidence no more than its
     * first reading did: a full name said once does not take a bare surname on its second reading only, so the pass's
     * choice of what to read again, which follows the input order, does not decide the grouping. English and German.
     */
    @Test
    void aFullNameReadAgainTakesNoSurnameItsFirstReadingWouldNotTake() {
        for (List<Annotated> pair : List.of(
                List.of(Docs.article("v1", "1987-03-01", "Varga said prices would rise.").person("Varga").build(),
                        Docs.article("v2", "1987-03-02", "Istvan Varga arrived in Vienna.").person("Istvan Varga").build()),
                List.of(Docs.article("k1", "1990-05-01", "Kessler warnte vor einer Krise.").person("Kessler").build(),
                        Docs.article("k2", "1990-05-02", "Heinrich Kessler kam in Bonn an.").person("Heinrich Kessler")
                                .build()))) {
            Annotated bare = pair.get(0);
            Annotated full = pair.get(1);
            // file order: the bare surname first, then the full name; the pass reads the one-word person again
            Map<String, String> forward = resolve(List.of(bare, full, bare)); // one registry: a second reading
            // reversed: the full name first; the pass reads it again (its entity moved), then the one-word person
            Map<String, String> reversed = resolve(List.of(full, bare, full, bare));
            assertThat(reversed).as("%s read again", full.article().id()).isEqualTo(forward);
        }
    }
}
