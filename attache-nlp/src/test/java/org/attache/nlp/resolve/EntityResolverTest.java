package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.MentionType;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.api.MentionType.LOCATION;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

class EntityResolverTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver();

    private static String id(Resolved resolved, String text) {
        return Docs.entityIdOf(resolved, text);
    }

    private RegisteredEntity entity(String id) {
        return registry.get(id).orElseThrow();
    }

    private List<MergeRule> rules(String entityId, String alias) {
        return registry.merges().stream().filter(d -> d.entityId().equals(entityId) && d.alias().equals(alias))
                .map(MergeDecision::rule).toList();
    }

    @Test
    void diacriticAndPlainSpellingsMergeAcrossArticlesAndTheDiacriticSpellingBecomesTheName() {
        Resolved first = resolver.resolve(Docs.article("a1", "Envoy Le Hoai Trung arrived in Rome on Monday.")
                .person("Le Hoai Trung").build(), registry);
        Resolved second = resolver.resolve(Docs.article("a2", "Talks with Lê Hoài Trung ended late.")
                .person("Lê Hoài Trung").build(), registry);

        // the Vietnamese spelling gives a country, which is part of the entity's identity: the id moves with it
        String id = id(second, "Lê Hoài Trung");
        assertThat(registry.entities()).hasSize(1);
        assertThat(registry.get(id(first, "Le Hoai Trung"))).isEmpty();
        assertThat(registry.mentions()).extracting(InMemoryEntityRegistry.MentionRow::entityId).containsOnly(id);
        assertThat(entity(id).name()).isEqualTo("Lê Hoài Trung");
        assertThat(registry.aliases(id)).containsExactly("Le Hoai Trung", "Lê Hoài Trung");
        assertThat(rules(id, "Le Hoai Trung")).containsExactly(MergeRule.CREATED);
        assertThat(rules(id, "Lê Hoài Trung")).containsExactly(MergeRule.SAME_NAME);
        assertThat(registry.merges()).filteredOn(d -> d.alias().equals("Lê Hoài Trung")).first()
                .extracting(MergeDecision::evidence).satisfies(e -> {
                    assertThat(e.articleId()).isEqualTo("a2");
                    assertThat(e.start()).isEqualTo("Talks with ".length());
                    assertThat(e.text()).isEqualTo("Lê Hoài Trung");
                });
    }

    @Test
    void anOutletTakesNoCountryFromItsDatelines() {
        Resolved r = resolver.resolve(Docs.article("a1", "Harbour Wire said ministers met.").outlet("Harbour Wire")
                .dateline("JAKARTA").mention(MentionType.ORGANIZATION, "Harbour Wire", "Harbour Wire", null).build(),
                registry);
        RegisteredEntity wire = entity(id(r, "Harbour Wire"));
        assertThat(wire.country()).isNull();
        assertThat(registry.published(wire.id(), "a1")).isTrue();
    }

    @Test
    void anOutletIsNotTakenOverByTheCompanyThatOwnsIt() {
        Resolved first = resolver.resolve(Docs.article("a1", "Harbour Wire reported calm.").outlet("Harbour Wire").build(),
                registry);
        String wire = registry.entities().stream().filter(e -> e.name().equals("Harbour Wire")).findFirst().orElseThrow().id();
        Resolved r = resolver.resolve(Docs.article("a2", "Harbour Wire Holdings PLC said profit rose. Harbour Wire grew.")
                .outlet("Harbour Wire")
                .mention(MentionType.ORGANIZATION, "Harbour Wire Holdings PLC", "Harbour Wire Holdings PLC", null)
                .mention(MentionType.ORGANIZATION, "Harbour Wire", 1, "Harbour Wire Holdings PLC", null).build(), registry);
        assertThat(entity(wire).name()).isEqualTo("Harbour Wire");
        assertThat(id(r, "Harbour Wire Holdings PLC")).isNotEqualTo(wire);
        assertThat(registry.published(wire, "a2")).isTrue();
        assertThat(first).isNotNull();
    }

    @Test
    void aCountrysNamesAreOnePlaceUnderItsStandardName() {
        Resolved a = resolver.resolve(Docs.article("a1", "Talks in the U.S. and in Việt Nam ended.")
                .mention(MentionType.LOCATION, "U.S.", "U.S.", "USA").mention(MentionType.LOCATION, "Việt Nam", "Việt Nam", "VNM").build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "The United States and Vietnam signed.")
                .mention(MentionType.LOCATION, "United States", "United States", "USA").mention(MentionType.LOCATION, "Vietnam", "Vietnam", "VNM").build(), registry);
        assertThat(id(b, "United States")).isEqualTo(id(a, "U.S."));
        assertThat(id(b, "Vietnam")).isEqualTo(id(a, "Việt Nam"));
        assertThat(entity(id(a, "U.S.")).name()).isEqualTo("United States");
        assertThat(registry.hasAlias(id(a, "U.S."), "U.S.")).isTrue();
        assertThat(registry.hasAlias(id(a, "Việt Nam"), "Việt Nam")).isTrue();
        assertThat(registry.entities()).hasSize(2);
    }

    @Test
    void plainSpellingSeenLaterDoesNotRenameTheDiacriticName() {
        resolver.resolve(Docs.article("a1", "Nguyễn Thị Bình spoke.").person("Nguyễn Thị Bình").build(), registry);
        Resolved later = resolver.resolve(Docs.article("a2", "Nguyen Thi Binh spoke.").person("Nguyen Thi Binh").build(),
                registry);
        assertThat(entity(id(later, "Nguyen Thi Binh")).name()).isEqualTo("Nguyễn Thị Bình");
        assertThat(registry.entities()).hasSize(1);
    }

    @Test
    void surnameMergesThroughItsInDocumentCanonicalAndAloneJoinsTheOnlyPersonOfThatSurname() {
        Resolved withFullName = resolver.resolve(Docs.article("a1", "Minister Ana Kovač visited Oslo. Kovač said the talks went well.")
                .person("Ana Kovač").mention(PERSON, "Kovač", 1, "Ana Kovač", null).build(), registry);
        String full = id(withFullName, "Ana Kovač");
        assertThat(withFullName.entityIds()).containsExactly(full, full);
        assertThat(registry.aliases(full)).containsExactly("Ana Kovač", "Kovač");
        assertThat(rules(full, "Kovač")).containsExactly(MergeRule.IN_DOCUMENT_CANONICAL);

        Resolved alone = resolver.resolve(Docs.article("a2", "Kovac won the regional race.").person("Kovac").build(),
                registry);
        assertThat(id(alone, "Kovac")).isEqualTo(full);
        assertThat(rules(full, "Kovac")).containsExactly(MergeRule.SURNAME);
        assertThat(entity(full).name()).isEqualTo("Ana Kovač");
    }

    @Test
    void surnameSharedByTwoPeopleStaysApartUnlessAnOfficeTellsThem() {
        resolver.resolve(Docs.article("a1", "Minister Ana Kovač visited Oslo.").person("Ana Kovač")
                .office("Ana Kovač", "Minister", null, null, false).build(), registry);
        resolver.resolve(Docs.article("a2", "Coach Marko Kovač resigned.").person("Marko Kovač").build(), registry);

        Resolved bare = resolver.resolve(Docs.article("a3", "Kovač won the race.").person("Kovač").build(), registry);
        assertThat(entity(id(bare, "Kovač")).name()).isEqualTo("Kovač"); // which Kovač? neither

        Resolved titled = resolver.resolve(Docs.article("a4", "Minister Kovač said no.").person("Kovač")
                .office("Kovač", "Minister", null, null, false).build(), registry);
        assertThat(entity(id(titled, "Kovač")).name()).isEqualTo("Ana Kovač");
    }

    @Test
    void acronymJoinsItsExpansionInTheDocumentAndIsKnownAfterwards() {
        Resolved first = resolver.resolve(Docs.article("a1", "The Workers Union of Ruritania (WUR) met. The WUR said no.")
                .mention(ORGANIZATION, "Workers Union of Ruritania", "Workers Union of Ruritania", null)
                .mention(ORGANIZATION, "WUR", 0, "Workers Union of Ruritania", null)
                .mention(ORGANIZATION, "WUR", 1, "Workers Union of Ruritania", null).build(), registry);
        String id = first.entityId(0);
        assertThat(first.entityIds()).containsOnly(id);
        assertThat(rules(id, "WUR")).containsExactly(MergeRule.ACRONYM_EXPANSION);

        Resolved later = resolver.resolve(Docs.article("a2", "Leaders of the WUR resigned.")
                .mention(ORGANIZATION, "WUR", "WUR", null).build(), registry);
        assertThat(id(later, "WUR")).isEqualTo(id);
        assertThat(registry.entities()).hasSize(1);
    }

    @Test
    void loneAcronymFirstThenExpansionTakesTheFullNameAndItsId() {
        Resolved alone = resolver.resolve(Docs.article("a1", "The NLF won.").mention(ORGANIZATION, "NLF", "NLF", null)
                .build(), registry);
        String acronymId = id(alone, "NLF");
        Resolved expanded = resolver.resolve(Docs.article("a2", "The National Liberal Front (NLF) won again.")
                .mention(ORGANIZATION, "National Liberal Front", "National Liberal Front", null)
                .mention(ORGANIZATION, "NLF", "National Liberal Front", null).build(), registry);
        String id = EntityIds.idFor(ORGANIZATION, NameKeys.key("National Liberal Front"), null);
        assertThat(expanded.entityIds()).containsOnly(id);
        assertThat(registry.entities()).hasSize(1);
        assertThat(registry.get(acronymId)).isEmpty();
        assertThat(registry.mentions()).allMatch(m -> m.entityId().equals(id)); // a1's mention moved with it
        assertThat(entity(id).name()).isEqualTo("National Liberal Front");
        assertThat(rules(id, "National Liberal Front")).containsExactly(MergeRule.ACRONYM_EXPANSION);
    }

    @Test
    void countryConflictBlocksAMerge() {
        Resolved vn = resolver.resolve(Docs.article("a1", "Vietnamese diplomat Tran Van Minh spoke.")
                .mention(PERSON, "Tran Van Minh", "Tran Van Minh", "VNM").build(), registry);
        Resolved sg = resolver.resolve(Docs.article("a2", "Singaporean banker Tran Van Minh spoke.")
                .mention(PERSON, "Tran Van Minh", "Tran Van Minh", "SGP").build(), registry);
        assertThat(id(sg, "Tran Van Minh")).isNotEqualTo(id(vn, "Tran Van Minh"));
        assertThat(entity(id(vn, "Tran Van Minh")).country()).isEqualTo("VNM");
        assertThat(entity(id(sg, "Tran Van Minh")).country()).isEqualTo("SGP");

        Resolved unknown = resolver.resolve(Docs.article("a3", "Tran Van Minh spoke again.")
                .person("Tran Van Minh").build(), registry);
        assertThat(id(unknown, "Tran Van Minh")).isIn(id(vn, "Tran Van Minh"), id(sg, "Tran Van Minh"));
    }

    @Test
    void typesMustMatch() {
        Resolved place = resolver.resolve(Docs.article("a1", "Jordan is dry.").mention(LOCATION, "Jordan", "Jordan", "JOR")
                .build(), registry);
        Resolved person = resolver.resolve(Docs.article("a2", "Michael Jordan played. Jordan scored.").person("Michael Jordan")
                .mention(PERSON, "Jordan", 1, "Michael Jordan", null).build(), registry);
        assertThat(person.entityIds()).doesNotContain(place.entityId(0));
        assertThat(registry.entities()).hasSize(2);
    }

    @Test
    void personTakesTheCountryOfTheirOfficeClaim() {
        Resolved r = resolver.resolve(Docs.article("a1", "2025-02-03", "Foreign Minister Sara Lind of Norway spoke.")
                .person("Sara Lind").office("Sara Lind", "Foreign Minister", null, "NOR", false).build(), registry);
        String id = id(r, "Sara Lind");
        assertThat(entity(id).country()).isEqualTo("NOR");
        assertThat(registry.offices()).singleElement().satisfies(o -> {
            assertThat(o.entityId()).isEqualTo(id);
            assertThat(o.publishedDate()).isEqualTo("2025-02-03");
            assertThat(o.claim().title()).isEqualTo("Foreign Minister");
        });
        Resolved other = resolver.resolve(Docs.article("a2", "Sara Lind of Denmark spoke.")
                .mention(PERSON, "Sara Lind", "Sara Lind", "DNK").build(), registry);
        assertThat(id(other, "Sara Lind")).isNotEqualTo(id);
    }

    @Test
    void personTakesTheCountryOfTheOrganisationOfTheirOffice() {
        resolver.resolve(Docs.article("a1", "The Green Unity Party met.")
                .mention(ORGANIZATION, "Green Unity Party", "Green Unity Party", "FIN").build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Chair of the Green Unity Party Olli Rask spoke.")
                .person("Olli Rask").office("Olli Rask", "Chair", "Green Unity Party", null, false).build(), registry);
        assertThat(entity(id(r, "Olli Rask")).country()).isEqualTo("FIN");
    }

    @Test
    void spellingsDifferingOnlyInSpacingMergeUnderOneNameInEitherOrder() {
        Resolved one = resolver.resolve(Docs.article("a1", "Vietnam grew.").mention(LOCATION, "Vietnam", "Vietnam", "VNM")
                .build(), registry);
        Resolved two = resolver.resolve(Docs.article("a2", "Việt Nam grew.").mention(LOCATION, "Việt Nam", "Việt Nam", "VNM")
                .build(), registry);
        assertThat(two.entityId(0)).isEqualTo(one.entityId(0));
        assertThat(entity(one.entityId(0)).name()).isEqualTo("Vietnam");
        assertThat(registry.aliases(one.entityId(0))).contains("Việt Nam");

        InMemoryEntityRegistry reversed = new InMemoryEntityRegistry();
        resolver.resolve(Docs.article("a2", "Việt Nam grew.").mention(LOCATION, "Việt Nam", "Việt Nam", "VNM").build(),
                reversed);
        Resolved last = resolver.resolve(Docs.article("a1", "Vietnam grew.")
                .mention(LOCATION, "Vietnam", "Vietnam", "VNM").build(), reversed);
        assertThat(last.entityId(0)).isEqualTo(one.entityId(0));
        assertThat(reversed.get(last.entityId(0)).orElseThrow().name()).isEqualTo("Vietnam");
    }

    @Test
    void peopleNamedInEitherOrderMerge() {
        Resolved one = resolver.resolve(Docs.article("a1", "Xi Jinping spoke.").person("Xi Jinping").build(), registry);
        Resolved two = resolver.resolve(Docs.article("a2", "Jinping Xi spoke.").person("Jinping Xi").build(), registry);
        assertThat(two.entityId(0)).isEqualTo(one.entityId(0));
        assertThat(rules(one.entityId(0), "Jinping Xi")).containsExactly(MergeRule.REORDERED_NAME);
    }

    @Test
    void datesAndTitlesGetNoEntity() {
        Resolved r = resolver.resolve(Docs.article("a1", "On Monday President Ola Berg spoke.")
                .mention(MentionType.DATE, "Monday", "Monday", null).mention(MentionType.TITLE, "President", "President", null)
                .person("Ola Berg").build(), registry);
        assertThat(r.entityIds()).hasSize(3);
        assertThat(r.entityId(0)).isNull();
        assertThat(r.entityId(1)).isNull();
        assertThat(r.entityId(2)).isNotNull();
    }

    @Test
    void idsAreDeterministicAcrossRunsIntoFreshRegistries() {
        List<List<String>> runs = new ArrayList<>();
        List<List<RegisteredEntity>> entities = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            InMemoryEntityRegistry fresh = new InMemoryEntityRegistry();
            List<String> ids = new ArrayList<>();
            for (Annotated a : corpus()) {
                ids.addAll(resolver.resolve(a, fresh).entityIds());
            }
            runs.add(ids);
            entities.add(fresh.entities());
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(entities.get(1)).isEqualTo(entities.get(0));
        assertThat(runs.get(0)).doesNotContainNull().allMatch(id -> id.matches("e[0-9a-f]{16}"));
    }

    private static List<Annotated> corpus() {
        return List.of(
                Docs.article("c1", "Le Hoai Trung met Vivian Balakrishnan. Trung praised the CPV.")
                        .mention(PERSON, "Le Hoai Trung", "Le Hoai Trung", "VNM").person("Vivian Balakrishnan")
                        .mention(PERSON, "Trung", 1, "Le Hoai Trung", "VNM")
                        .mention(ORGANIZATION, "CPV", "Communist Party of Vietnam", "VNM").build(),
                Docs.article("c2", "Lê Hoài Trung and the Communist Party of Vietnam.")
                        .person("Lê Hoài Trung").mention(ORGANIZATION, "Communist Party of Vietnam",
                                "Communist Party of Vietnam", "VNM").build(),
                Docs.article("c3", "Trung and Tran Van Minh; Tran Van Minh of Singapore.")
                        .person("Trung").mention(PERSON, "Tran Van Minh", 0, "Tran Van Minh", "VNM")
                        .mention(PERSON, "Tran Van Minh", 1, "Tran Van Minh", "VNM").build());
    }

    @Test
    void userAliasForcesAMerge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aliases.csv");
        Files.writeString(file, "alias,canonical\n# the people's name for him\nUncle Olaf,Olaf Haraldsen\n",
                StandardCharsets.UTF_8);
        EntityResolver withAliases = new EntityResolver(AliasList.load(file));
        Resolved one = withAliases.resolve(Docs.article("a1", "Olaf Haraldsen ruled.").person("Olaf Haraldsen").build(),
                registry);
        Resolved two = withAliases.resolve(Docs.article("a2", "Uncle Olaf smiled.").person("Uncle Olaf").build(), registry);
        assertThat(two.entityId(0)).isEqualTo(one.entityId(0));
        assertThat(rules(one.entityId(0), "Uncle Olaf")).containsExactly(MergeRule.USER_ALIAS);
    }

    @Test
    void userAliasToAnEntityIdForcesAMerge() {
        Resolved one = resolver.resolve(Docs.article("a1", "Olaf Haraldsen ruled.").person("Olaf Haraldsen").build(),
                registry);
        EntityResolver withAliases = new EntityResolver(AliasList.parse(Path.of("aliases.csv"),
                List.of("\"The Old King\"," + one.entityId(0))));
        Resolved two = withAliases.resolve(Docs.article("a2", "The Old King smiled.").person("The Old King").build(),
                registry);
        assertThat(two.entityId(0)).isEqualTo(one.entityId(0));
    }

    @Test
    void userSplitKeepsASpellingOffItsTargetEvenAgainstCoreference() {
        EntityResolver withSplit = new EntityResolver(AliasList.parse(Path.of("aliases.csv"),
                List.of("Kovač,Ana Kovač,split")));
        Resolved r = withSplit.resolve(Docs.article("a1", "Ana Kovač met Kovač, her cousin.").person("Ana Kovač")
                .mention(PERSON, "Kovač", 1, "Ana Kovač", null).build(), registry);
        String full = r.entityId(0);
        assertThat(r.entityId(1)).isNotNull().isNotEqualTo(full);
        assertThat(registry.aliases(full)).containsExactly("Ana Kovač");
        assertThat(rules(full, "Kovač")).containsExactly(MergeRule.USER_SPLIT);
    }

    @Test
    void badAliasRowIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aliases.csv");
        Files.writeString(file, "alias,canonical\nUncle Olaf,Olaf Haraldsen\nonly one field\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AliasList.load(file)).isInstanceOf(AliasFileException.class)
                .hasMessageContaining(file + ":3").hasMessageContaining("found 1 field");
        Files.writeString(file, "A,B,maybe\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AliasList.load(file)).hasMessageContaining(file + ":1")
                .hasMessageContaining("'split' or 'merge'");
        Files.writeString(file, "A,B\nA,C\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AliasList.load(file)).hasMessageContaining(file + ":2").hasMessageContaining("line 1");
        Files.writeString(file, "\"A,B\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AliasList.load(file)).hasMessageContaining("unterminated quote");
    }

    @Test
    void forDataDirReadsTheRegistryAliasFile(@TempDir Path dir) throws Exception {
        assertThat(EntityResolver.forDataDir(dir)).isNotNull();
        Files.createDirectories(dir.resolve("registry"));
        Files.writeString(dir.resolve(EntityResolver.ALIAS_FILE), "x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EntityResolver.forDataDir(dir)).isInstanceOf(AliasFileException.class)
                .hasMessageContaining("aliases.csv:1");
    }

    @Test
    void aDemonymIsAnAttributeNotAnEntity() {
        Resolved r = resolver.resolve(Docs.article("a1", "Japanese officials and the Soviets met Singaporeans and "
                + "Sino-Soviet experts in West German offices; Reuters reported.")
                .mention(MentionType.MISC, "Japanese", "Japanese", "JPN")
                .mention(MentionType.MISC, "Soviets", "Soviets", "SUN")
                .mention(MentionType.MISC, "Singaporeans", "Singaporeans", "SGP")
                .mention(MentionType.MISC, "Sino-Soviet", "Sino-Soviet", null)
                .mention(MentionType.MISC, "West German", "West German", "DEU")
                .mention(ORGANIZATION, "Reuters", "Reuters", null).build(), registry);
        assertThat(r.entityIds().subList(0, 5)).containsOnlyNulls();
        assertThat(registry.entities()).extracting(RegisteredEntity::name).containsExactly("Reuters");
    }

    @Test
    void aSurnameAloneNeedsAnEstablishedFullName() {
        resolver.resolve(Docs.article("a1", "Comissaria Ortega said cocoa arrivals rose.").person("Comissaria Ortega")
                .build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Ortega said talks failed.").person("Ortega").build(), registry);
        assertThat(entity(id(r, "Ortega")).name()).isEqualTo("Ortega"); // one mention of a name is no evidence
    }

    @Test
    void aWordTheArticleAlsoWritesInLowerCaseIsNoSurname() {
        resolver.resolve(Docs.article("a1", "Treasurer Anna Bonds spoke. Anna Bonds left.").person("Anna Bonds")
                .office("Anna Bonds", "Treasurer", null, null, false).build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Bonds rallied as bonds of all terms gained.").person("Bonds")
                .build(), registry);
        assertThat(entity(id(r, "Bonds")).name()).isEqualTo("Bonds");
    }

    @Test
    void aSurnameDoesNotJoinAPersonSeenYearsApart() {
        resolver.resolve(Docs.article("a1", "1987-03-01", "Treasury Secretary Jan Hollis spoke.").person("Jan Hollis")
                .office("Jan Hollis", "Treasury Secretary", null, null, false).build(), registry);
        resolver.resolve(Docs.article("a2", "1987-03-02", "Jan Hollis spoke again.").person("Jan Hollis").build(), registry);
        Resolved late = resolver.resolve(Docs.article("a3", "2004-06-01", "Hollis said the club would move.")
                .person("Hollis").build(), registry);
        assertThat(entity(id(late, "Hollis")).name()).isEqualTo("Hollis");
        Resolved soon = resolver.resolve(Docs.article("a4", "1988-01-05", "Hollis said the dollar was too high.")
                .person("Hollis").build(), registry);
        assertThat(entity(id(soon, "Hollis")).name()).isEqualTo("Jan Hollis");
        assertThat(rules(id(soon, "Hollis"), "Hollis")).contains(MergeRule.SURNAME);
    }

    @Test
    void aFullNameTakesOverTheEntityKnownByItsSurname() {
        Resolved bare = resolver.resolve(Docs.article("a1", "1987-02-26", "President Ekwueme spoke in Lagos.")
                .person("Ekwueme").office("Ekwueme", "President", null, "NGA", false).build(), registry);
        String surnameId = id(bare, "Ekwueme");
        Resolved full = resolver.resolve(Docs.article("a2", "1987-03-01", "President Alex Ekwueme met envoys.")
                .person("Alex Ekwueme").office("Alex Ekwueme", "President", null, "NGA", false).build(), registry);
        String fullId = id(full, "Alex Ekwueme");
        assertThat(registry.get(surnameId)).isEmpty();
        assertThat(registry.aliases(fullId)).contains("Ekwueme", "Alex Ekwueme");
        assertThat(rules(fullId, "Ekwueme")).contains(MergeRule.SURNAME_ENTITY);
        assertThat(registry.mentions()).extracting(InMemoryEntityRegistry.MentionRow::entityId).containsOnly(fullId);
        assertThat(registry.offices()).extracting(InMemoryEntityRegistry.OfficeRow::entityId).containsOnly(fullId);
    }

    @Test
    void aFullNameDoesNotTakeOverASurnameEntityWhoseOfficeItDoesNotHold() {
        resolver.resolve(Docs.article("a1", "1987-02-26", "President Ekwueme spoke.").person("Ekwueme")
                .office("Ekwueme", "President", null, null, false).build(), registry);
        resolver.resolve(Docs.article("a2", "1987-03-01", "Grace Ekwueme opened a school.").person("Grace Ekwueme")
                .build(), registry);
        assertThat(registry.entities()).extracting(RegisteredEntity::name).containsExactlyInAnyOrder("Ekwueme",
                "Grace Ekwueme");
    }

    @Test
    void aMisspeltNameJoinsTheOnePersonItIsOneLetterFrom() {
        Resolved right = resolver.resolve(Docs.article("a1", "1987-03-01", "Mikhail Gorbachev spoke.")
                .person("Mikhail Gorbachev").build(), registry);
        Resolved wrong = resolver.resolve(Docs.article("a2", "1987-03-02", "Mikhael Gorbachev said he would come.")
                .person("Mikhael Gorbachev").build(), registry);
        assertThat(id(wrong, "Mikhael Gorbachev")).isEqualTo(id(right, "Mikhail Gorbachev"));
        assertThat(rules(id(right, "Mikhail Gorbachev"), "Mikhael Gorbachev")).containsExactly(MergeRule.SPELLING_VARIANT);
        assertThat(entity(id(right, "Mikhail Gorbachev")).name()).isEqualTo("Mikhail Gorbachev");

        Resolved shultz = resolver.resolve(Docs.article("a3", "1987-03-03", "George Shultz left.").person("George Shultz")
                .build(), registry);
        Resolved longer = resolver.resolve(Docs.article("a4", "1987-03-04", "George Schultz arrived.")
                .person("George Schultz").build(), registry);
        assertThat(id(longer, "George Schultz")).isEqualTo(id(shultz, "George Shultz"));
        assertThat(entity(id(shultz, "George Shultz")).name()).as("a misspelling never becomes the name")
                .isEqualTo("George Shultz");
    }

    @Test
    void anotherNameOneLetterOffAtTheEndIsAnotherPerson() {
        resolver.resolve(Docs.article("a1", "Thomas Berger spoke.").person("Thomas Berger").build(), registry);
        resolver.resolve(Docs.article("a2", "Thomas Bergen spoke.").person("Thomas Bergen").build(), registry);
        resolver.resolve(Docs.article("a3", "Anna Hansen spoke.").person("Anna Hansen").build(), registry);
        resolver.resolve(Docs.article("a4", "Anna Jansen spoke.").person("Anna Jansen").build(), registry);
        assertThat(registry.entities()).hasSize(4);
    }

    @Test
    void aMisspeltSurnameInTheSameArticleIsTheSamePerson() {
        Resolved r = resolver.resolve(Docs.article("a1", "Secretary of State George Shultz arrived. Schultz said "
                + "talks would go on.").person("George Shultz").person("Schultz").build(), registry);
        assertThat(id(r, "Schultz")).isEqualTo(id(r, "George Shultz"));
        assertThat(rules(id(r, "George Shultz"), "Schultz")).containsExactly(MergeRule.SPELLING_VARIANT);
    }

    @Test
    void aMisspeltSurnameAloneJoinsAcrossArticlesOnlyWhenAnOfficeAgrees() {
        resolver.resolve(Docs.article("a1", "Secretary of State George Shultz arrived.").person("George Shultz")
                .office("George Shultz", "Secretary of State", null, "USA", false).build(), registry);
        Resolved untitled = resolver.resolve(Docs.article("a2", "Schultz bought the farm.").person("Schultz").build(),
                registry);
        assertThat(registry.get(untitled.entityId(0)).orElseThrow().name()).isEqualTo("Schultz");

        InMemoryEntityRegistry other = new InMemoryEntityRegistry();
        resolver.resolve(Docs.article("a1", "Secretary of State George Shultz arrived.").person("George Shultz")
                .office("George Shultz", "Secretary of State", null, "USA", false).build(), other);
        Resolved titled = resolver.resolve(Docs.article("a3", "Secretary of State Schultz left Peking.")
                .person("Schultz").office("Schultz", "Secretary of State", null, "USA", false).build(), other);
        assertThat(other.get(titled.entityId(0)).orElseThrow().name()).isEqualTo("George Shultz");
    }

    @Test
    void aUserMergeFoldsOneEntityIntoAnotherAndTheAliasFileKeepsItOverAReprocess(@TempDir Path dir) throws Exception {
        Resolved a = resolver.resolve(Docs.article("a1", "Talks with Bui Thanh Son ended.").person("Bui Thanh Son")
                .build(), registry);
        Resolved b = resolver.resolve(Docs.article("a2", "Foreign Minister Thanh Son Bui left.")
                .mention(PERSON, "Thanh Son Bui", "Thanh Son Bui", "VNM").build(), registry);
        String keep = id(b, "Thanh Son Bui"); // the country a2 gives makes the entity's identity, and so its id
        // the same tokens in another order already merge; a nickname does not
        Resolved c = resolver.resolve(Docs.article("a3", "Minister Sonny Bui agreed.").person("Sonny Bui").build(),
                registry);
        String other = id(c, "Sonny Bui");
        assertThat(other).isNotEqualTo(keep);
        assertThat(registry.get(id(a, "Bui Thanh Son"))).isEmpty();
        assertThat(registry.mentions()).filteredOn(m -> m.articleId().equals("a1"))
                .extracting(InMemoryEntityRegistry.MentionRow::entityId).containsOnly(keep);

        EntityMerger.Result result = EntityMerger.merge(registry, keep, List.of(other),
                id -> new org.attache.api.Evidence("a3", 9, 18, "Sonny Bui"));
        assertThat(registry.get(other)).isEmpty();
        assertThat(result.spellings()).containsExactly("Sonny Bui");
        assertThat(rules(keep, "Sonny Bui")).contains(MergeRule.USER_MERGE);
        assertThat(registry.mentions()).extracting(InMemoryEntityRegistry.MentionRow::entityId).containsOnly(keep);

        Path file = dir.resolve("registry/aliases.csv");
        AliasList.recordMerge(file, result.kept().name(), result.spellings(), List.of(other));
        assertThat(Files.readAllLines(file)).containsExactly("alias,target", "Sonny Bui,Bui Thanh Son");
        InMemoryEntityRegistry fresh = new InMemoryEntityRegistry();
        EntityResolver again = new EntityResolver(AliasList.load(file));
        Resolved a2 = again.resolve(Docs.article("a1", "Talks with Bui Thanh Son ended.").person("Bui Thanh Son")
                .build(), fresh);
        Resolved c2 = again.resolve(Docs.article("a3", "Minister Sonny Bui agreed.").person("Sonny Bui").build(), fresh);
        assertThat(id(c2, "Sonny Bui")).isEqualTo(id(a2, "Bui Thanh Son"));

        // undo: the user marks the line split and reprocesses
        Files.write(file, List.of("alias,target", "Sonny Bui,Bui Thanh Son,split"));
        InMemoryEntityRegistry undone = new InMemoryEntityRegistry();
        EntityResolver split = new EntityResolver(AliasList.load(file));
        Resolved a3 = split.resolve(Docs.article("a1", "Talks with Bui Thanh Son ended.").person("Bui Thanh Son")
                .build(), undone);
        Resolved c3 = split.resolve(Docs.article("a3", "Minister Sonny Bui agreed.").person("Sonny Bui").build(), undone);
        assertThat(id(c3, "Sonny Bui")).isNotEqualTo(id(a3, "Bui Thanh Son"));
    }

    @Test
    void aUserMergeRefusesEntitiesOfAnotherTypeAndUnknownIds() {
        Resolved r = resolver.resolve(Docs.article("a1", "Anna Berg met Berg Holdings.").person("Anna Berg")
                .mention(ORGANIZATION, "Berg Holdings", "Berg Holdings", null).build(), registry);
        assertThatThrownBy(() -> EntityMerger.merge(registry, id(r, "Anna Berg"), List.of(id(r, "Berg Holdings")),
                id -> null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only entities of one type");
        assertThatThrownBy(() -> EntityMerger.merge(registry, id(r, "Anna Berg"), List.of("e0000000000000000"),
                id -> null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entity e0000000000000000");
        assertThat(registry.entities()).hasSize(2);
    }

    @Test
    void aTitledSurnameGoesToThePersonWhoHoldsTheTitleMostOften() {
        for (int day = 1; day <= 4; day++) {
            resolver.resolve(Docs.article("p" + day, "1987-03-0" + day, "President Tomas Varga spoke.")
                    .person("Tomas Varga").office("Tomas Varga", "President", null, null, false).build(), registry);
        }
        // in-document coreference gave the spouse one "President Varga" claim by mistake
        resolver.resolve(Docs.article("s1", "1987-03-05", "Ilona Varga opened a school; President Varga came.")
                .person("Ilona Varga").mention(PERSON, "Varga", 1, "Ilona Varga", null)
                .office("Varga", "President", null, null, false).build(), registry);
        Resolved r = resolver.resolve(Docs.article("x", "1987-03-06", "President Varga announced a budget.")
                .person("Varga").office("Varga", "President", null, null, false).build(), registry);
        assertThat(entity(id(r, "Varga")).name()).isEqualTo("Tomas Varga");
        Resolved untitled = resolver.resolve(Docs.article("y", "1987-03-07", "The Varga administration agreed.")
                .person("Varga").build(), registry);
        assertThat(entity(id(untitled, "Varga")).name()).isEqualTo("Tomas Varga"); // both known by it, one holds an office
    }

    @Test
    void aBodyCalledNowOrganisationNowMiscIsOneOrganisation() {
        Resolved misc = resolver.resolve(Docs.article("a1", "The Andean Trade Council met.")
                .mention(MentionType.MISC, "Andean Trade Council", "Andean Trade Council", null).build(), registry);
        Resolved org = resolver.resolve(Docs.article("a2", "The Andean Trade Council said no.")
                .mention(ORGANIZATION, "Andean Trade Council", "Andean Trade Council", null).build(), registry);
        Resolved later = resolver.resolve(Docs.article("a3", "The Andean Trade Council agreed.")
                .mention(MentionType.MISC, "Andean Trade Council", "Andean Trade Council", null).build(), registry);
        String id = id(org, "Andean Trade Council");
        assertThat(registry.get(id(misc, "Andean Trade Council"))).isEmpty();
        assertThat(id(later, "Andean Trade Council")).isEqualTo(id);
        assertThat(entity(id).type()).isEqualTo(ORGANIZATION);
        assertThat(registry.mentions()).extracting(InMemoryEntityRegistry.MentionRow::entityId).containsOnly(id);
    }

    @Test
    void aPluralAcronymIsItsAcronym() {
        Resolved r = resolver.resolve(Docs.article("a1", "The NLD and the NLDs of the region met.")
                .mention(ORGANIZATION, "NLD", "NLD", null).mention(ORGANIZATION, "NLDs", "NLDs", null).build(), registry);
        assertThat(id(r, "NLDs")).isEqualTo(id(r, "NLD"));
    }

    @Test
    void aCompanyWithAndWithoutItsLegalFormIsOneEntity() {
        Resolved first = resolver.resolve(Docs.article("c1", "Harrow Motors said sales rose in May.")
                .mention(ORGANIZATION, "Harrow Motors", "Harrow Motors", null).build(), registry);
        Resolved second = resolver.resolve(Docs.article("c2", "Harrow Motors Corp. cut its dividend.")
                .mention(ORGANIZATION, "Harrow Motors Corp.", "Harrow Motors Corp.", null).build(), registry);
        Resolved third = resolver.resolve(Docs.article("c3", "Shares of Harrow Motors Inc fell.")
                .mention(ORGANIZATION, "Harrow Motors Inc", "Harrow Motors Inc", null).build(), registry);
        String id = id(third, "Harrow Motors Inc");
        assertThat(id(first, "Harrow Motors")).isNotNull();
        assertThat(registry.entities()).hasSize(1);
        assertThat(id(second, "Harrow Motors Corp.")).isEqualTo(id);
        assertThat(rules(id, "Harrow Motors Inc")).containsExactly(MergeRule.LEGAL_FORM);

        // a company first named with its legal form is found by its bare name, which is a different name from
        // another company's that merely starts with it
        Resolved fourth = resolver.resolve(Docs.article("c4", "Quill Paper Ltd opened a mill.")
                .mention(ORGANIZATION, "Quill Paper Ltd", "Quill Paper Ltd", null).build(), registry);
        Resolved fifth = resolver.resolve(Docs.article("c5", "Quill Paper and Quill Paper Finance signed.")
                .mention(ORGANIZATION, "Quill Paper", 0, "Quill Paper", null)
                .mention(ORGANIZATION, "Quill Paper Finance", "Quill Paper Finance", null).build(), registry);
        assertThat(id(fifth, "Quill Paper")).isEqualTo(id(fourth, "Quill Paper Ltd"));
        assertThat(id(fifth, "Quill Paper Finance")).isNotEqualTo(id(fourth, "Quill Paper Ltd"));
    }

    @Test
    void companiesOfConflictingCountriesStayApartDespiteOneNameWithoutLegalForm() {
        Resolved a = resolver.resolve(Docs.article("d1", "Nordlicht AG of Germany said.")
                .mention(ORGANIZATION, "Nordlicht AG", "Nordlicht AG", "DEU").build(), registry);
        Resolved b = resolver.resolve(Docs.article("d2", "Nordlicht Inc of Canada said.")
                .mention(ORGANIZATION, "Nordlicht Inc", "Nordlicht Inc", "CAN").build(), registry);
        assertThat(id(a, "Nordlicht AG")).isNotEqualTo(id(b, "Nordlicht Inc"));
    }

    @Test
    void anInternationalOrganisationsSpellingsAndAcronymAreOneEntityUnderItsListedName() {
        Resolved a = resolver.resolve(Docs.article("o1", "The Organisation of Petroleum Exporting Countries met.")
                .mention(ORGANIZATION, "Organisation of Petroleum Exporting Countries",
                        "Organisation of Petroleum Exporting Countries", "OPEC").build(), registry);
        Resolved b = resolver.resolve(Docs.article("o2", "OPEC ministers agreed on a ceiling.")
                .mention(ORGANIZATION, "OPEC", "OPEC", "OPEC").build(), registry);
        Resolved c = resolver.resolve(Docs.article("o3", "Delegates to the Opec meeting left.")
                .mention(ORGANIZATION, "Opec", "Opec", "OPEC").build(), registry);
        String id = id(a, "Organisation of Petroleum Exporting Countries");
        assertThat(id(b, "OPEC")).isEqualTo(id);
        assertThat(id(c, "Opec")).isEqualTo(id);
        assertThat(entity(id).name()).isEqualTo("Organization of the Petroleum Exporting Countries");
        assertThat(entity(id).country()).isEqualTo("OPEC");
        // a body the tagger gave no IGO code keeps its own name, even an acronym the table lists
        Resolved d = resolver.resolve(Docs.article("o4", "The ICO hotel chain said.")
                .mention(ORGANIZATION, "ICO", "ICO", null).build(), registry);
        assertThat(entity(id(d, "ICO")).name()).isEqualTo("ICO");
    }

    @Test
    void aPlaceNamedInCapitalsByADatelineTakesItsMixedCaseNameAndAWireBracketIsNoPartOfAName() {
        Resolved a = resolver.resolve(Docs.article("n1", "PORT LOUIS - rain fell.")
                .mention(LOCATION, "PORT LOUIS", "PORT LOUIS", null).build(), registry);
        resolver.resolve(Docs.article("n2", "Ships left Port Louis on Monday.")
                .mention(LOCATION, "Port Louis", "Port Louis", null).build(), registry);
        assertThat(entity(id(a, "PORT LOUIS")).name()).isEqualTo("Port Louis");
        Resolved b = resolver.resolve(Docs.article("n3", "<Tamsin Holdings> said it would buy the mill.")
                .mention(ORGANIZATION, "<Tamsin Holdings", "<Tamsin Holdings", null).build(), registry);
        assertThat(entity(id(b, "<Tamsin Holdings")).name()).isEqualTo("Tamsin Holdings");
        // an acronym in capitals stays the name over its spelling in mixed case
        Resolved c = resolver.resolve(Docs.article("n4", "The NALCO board met.")
                .mention(ORGANIZATION, "NALCO", "NALCO", null).build(), registry);
        resolver.resolve(Docs.article("n5", "The Nalco board met.")
                .mention(ORGANIZATION, "Nalco", "Nalco", null).build(), registry);
        assertThat(entity(id(c, "NALCO")).name()).isEqualTo("NALCO");
    }

    @Test
    void aGenericBodyIsOneEntityPerCountryTheTextGivesAndNoEntityWithoutOne() {
        Resolved spain = resolver.resolve(Docs.article("g1", "1987-03-02", "The Finance Ministry in Madrid said Spain would borrow.")
                .mention(ORGANIZATION, "Finance Ministry", "Finance Ministry", null)
                .mention(LOCATION, "Madrid", "Madrid", "ESP").mention(LOCATION, "Spain", "Spain", "ESP").build(), registry);
        Resolved kenya = resolver.resolve(Docs.article("g2", "1987-03-03", "Kenya's budget is due. The Finance Ministry gave no date.")
                .mention(LOCATION, "Kenya", "Kenya", "KEN")
                .mention(ORGANIZATION, "Finance Ministry", "Finance Ministry", null).build(), registry);
        Resolved none = resolver.resolve(Docs.article("g3", "1987-03-04", "Talks in Paris and Bonn went on; the Finance Ministry said little.")
                .mention(LOCATION, "Paris", "Paris", "FRA").mention(LOCATION, "Bonn", "Bonn", "DEU")
                .mention(ORGANIZATION, "Finance Ministry", "Finance Ministry", null).build(), registry);
        Resolved spainAgain = resolver.resolve(Docs.article("g4", "1987-03-05", "Spain's Finance Ministry denied it.")
                .mention(LOCATION, "Spain", "Spain", "ESP")
                .mention(ORGANIZATION, "Finance Ministry", "Finance Ministry", null).build(), registry);
        String es = id(spain, "Finance Ministry");
        assertThat(entity(es).country()).isEqualTo("ESP");
        assertThat(entity(es).weakCountry()).isTrue();
        assertThat(entity(id(kenya, "Finance Ministry")).country()).isEqualTo("KEN");
        assertThat(id(kenya, "Finance Ministry")).isNotEqualTo(es);
        // two states named: no country, and no entity (no one body of all the states' ministries)
        assertThat(id(none, "Finance Ministry")).isNull();
        assertThat(registry.entities()).noneMatch(e -> e.name().equals("Finance Ministry") && e.country() == null);
        assertThat(id(spainAgain, "Finance Ministry")).isEqualTo(es);
        // a sentence's one state is not the body's when the article names another
        Resolved arms = resolver.resolve(Docs.article("g5", "1987-03-06", "The Senate voted on arms sales to Iran. Canada abstained.")
                .mention(ORGANIZATION, "Senate", "Senate", null).mention(LOCATION, "Iran", "Iran", "IRN")
                .mention(LOCATION, "Canada", "Canada", "CAN").build(), registry);
        assertThat(id(arms, "Senate")).isNull();
        assertThat(GenericBodies.isGeneric(ORGANIZATION, "House of Representatives")).isTrue();
        assertThat(GenericBodies.isGeneric(ORGANIZATION, "Bank of England")).isFalse();
        assertThat(GenericBodies.isGeneric(ORGANIZATION, "Central")).isFalse();
        assertThat(GenericBodies.isGeneric(PERSON, "Senate")).isFalse();
    }

    @Test
    void aBodysVariantJoinsItWithItsRuleRecorded() {
        Resolved board = resolver.resolve(Docs.article("a1", "The Federal Reserve Board met.")
                .mention(ORGANIZATION, "Federal Reserve Board", "Federal Reserve Board", null).build(), registry);
        Resolved bare = resolver.resolve(Docs.article("a2", "The Federal Reserve held rates.")
                .mention(ORGANIZATION, "Federal Reserve", "Federal Reserve", null).build(), registry);
        String id = id(board, "Federal Reserve Board");
        assertThat(id(bare, "Federal Reserve")).isEqualTo(id);
        assertThat(entity(id).name()).isEqualTo("Federal Reserve Board");
        assertThat(rules(id, "Federal Reserve")).contains(MergeRule.ORGANIZATION_VARIANT);
    }

    @Test
    void aCoreWithoutItsCountryNameJoinsOnlyThatCountrysBody() {
        Resolved japanese = resolver.resolve(Docs.article("a1", "The Japan Fair Trade Commission fined them.")
                .mention(ORGANIZATION, "Japan Fair Trade Commission", "Japan Fair Trade Commission", "JPN").build(),
                registry);
        Resolved korean = resolver.resolve(Docs.article("a2", "Seoul's Fair Trade Commission warned.")
                .mention(ORGANIZATION, "Fair Trade Commission", "Fair Trade Commission", "KOR").build(), registry);
        Resolved again = resolver.resolve(Docs.article("a4", "Tokyo's Fair Trade Commission ruled.")
                .mention(ORGANIZATION, "Fair Trade Commission", "Fair Trade Commission", "JPN").build(), registry);
        Resolved unknown = resolver.resolve(Docs.article("a3", "A Fair Trade Commission was proposed.")
                .mention(ORGANIZATION, "Fair Trade Commission", "Fair Trade Commission", null).build(), registry);
        String jftc = id(japanese, "Japan Fair Trade Commission");
        assertThat(id(korean, "Fair Trade Commission")).isNotEqualTo(jftc);
        assertThat(id(unknown, "Fair Trade Commission")).isNotEqualTo(jftc);
        assertThat(id(again, "Fair Trade Commission")).isEqualTo(jftc);
    }

    @Test
    void anAcronymReadAloneBeforeItsArticleLinksItJoinsTheExpansion() {
        Resolved alone = resolver.resolve(Docs.article("a1", "The KFTC fined three firms.")
                .mention(ORGANIZATION, "KFTC", "KFTC", null).build(), registry);
        Resolved full = resolver.resolve(Docs.article("a2", "The Korea Fair Trade Commission opened a case.")
                .mention(ORGANIZATION, "Korea Fair Trade Commission", "Korea Fair Trade Commission", null).build(),
                registry);
        Resolved both = resolver.resolve(Docs.article("a3", "The Korea Fair Trade Commission (KFTC) ruled.")
                .mention(ORGANIZATION, "Korea Fair Trade Commission", "Korea Fair Trade Commission", null)
                .mention(ORGANIZATION, "KFTC", "Korea Fair Trade Commission", null).build(), registry);
        String id = id(both, "KFTC");
        assertThat(id(both, "Korea Fair Trade Commission")).isEqualTo(id);
        assertThat(registry.get(id(alone, "KFTC"))).isEmpty(); // folded into the one entity
        assertThat(registry.entities()).hasSize(1);
        assertThat(rules(id, "KFTC")).contains(MergeRule.ACRONYM_EXPANSION);
    }
}
