package org.attache.store.registry;

import org.attache.api.Affiliation;
import org.attache.api.AffiliationSource;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Entity;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Office;
import org.attache.api.OfficeClaim;
import org.attache.api.PublishedDate;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.MergeDecision;
import org.attache.api.registry.MergeRule;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlEntityRegistryTest {
    private static final String TRUNG = "e0000000000000001";
    private static final String VIVIAN = "e0000000000000002";
    private static final String PAP = "e0000000000000003";

    @TempDir
    Path dir;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 2, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE));
    }

    private static Article article(String id, String published, String body) {
        return new Article(id, "t#" + id, "https://example.org/" + id, "VNA", "Title " + id, false, List.of(body),
                List.of(), null, null, published == null ? null : new PublishedDate(published, DateProvenance.META),
                "en", List.of(), null, null);
    }

    private static Mention mention(String body, MentionType type, String text) {
        int start = body.indexOf(text);
        return new Mention(type, text, start, start + text.length(), 0, text, null);
    }

    private static OfficeClaim claim(String body, String title, String organization) {
        int start = body.indexOf(title);
        return new OfficeClaim(0, title, organization, null, false, start, start + title.length());
    }

    private static NameForm form(String text, String key) {
        return new NameForm(text, key, key);
    }

    /** Three articles: two dated, one undated; Trung and Vivian in all, the party in the first. */
    private void fill(ArticleStore store) {
        String b1 = "Le Hoai Trung, Chairman of the Commission, met Vivian Balakrishnan of the PAP.";
        store.store(article("a1", "2025-01-07T10:16", b1), reg -> {
            reg.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Le Hoai Trung", null));
            reg.addAlias(TRUNG, form("Le Hoai Trung", "lehoaitrung"));
            reg.create(new RegisteredEntity(VIVIAN, MentionType.PERSON, "Vivian Balakrishnan", "SGP"));
            reg.addAlias(VIVIAN, form("Vivian Balakrishnan", "vivianbalakrishnan"));
            reg.create(new RegisteredEntity(PAP, MentionType.ORGANIZATION, "PAP", "SGP"));
            reg.addAlias(PAP, form("PAP", "pap"));
            reg.recordMention(TRUNG, "a1", mention(b1, MentionType.PERSON, "Le Hoai Trung"));
            reg.recordMention(VIVIAN, "a1", mention(b1, MentionType.PERSON, "Vivian Balakrishnan"));
            reg.recordMention(PAP, "a1", mention(b1, MentionType.ORGANIZATION, "PAP"));
            reg.recordOffice(TRUNG, "a1", "2025-01-07", claim(b1, "Chairman of the Commission", null));
            reg.recordMerge(new MergeDecision(TRUNG, "Le Hoai Trung", MergeRule.CREATED,
                    new Evidence("a1", 0, 13, "Le Hoai Trung")));
        });
        String b2 = "Lê Hoài Trung, Chairman of the Commission, thanked Vivian Balakrishnan.";
        store.store(article("a2", "2025-03-02", b2), reg -> {
            reg.addAlias(TRUNG, form("Lê Hoài Trung", "lehoaitrung"));
            reg.rename(TRUNG, "Lê Hoài Trung");
            reg.setCountry(TRUNG, "VNM");
            reg.recordMention(TRUNG, "a2", mention(b2, MentionType.PERSON, "Lê Hoài Trung"));
            reg.recordMention(TRUNG, "a2", mention(b2, MentionType.PERSON, "Lê Hoài Trung")); // again: one row
            reg.recordMention(VIVIAN, "a2", mention(b2, MentionType.PERSON, "Vivian Balakrishnan"));
            reg.recordOffice(TRUNG, "a2", "2025-03-02", claim(b2, "Chairman of the Commission", null));
            reg.recordMerge(new MergeDecision(TRUNG, "Lê Hoài Trung", MergeRule.SAME_NAME,
                    new Evidence("a2", 0, 13, "Lê Hoài Trung")));
        });
        String b3 = "Trung and Vivian Balakrishnan, Minister of Foreign Affairs, spoke.";
        store.store(article("a3", null, b3), reg -> {
            reg.recordMention(VIVIAN, "a3", mention(b3, MentionType.PERSON, "Vivian Balakrishnan"));
            reg.recordMention(TRUNG, "a3", mention(b3, MentionType.PERSON, "Trung"));
            reg.recordOffice(VIVIAN, "a3", null, claim(b3, "Minister of Foreign Affairs", null));
        });
    }

    @Test
    void roundTripsEntitiesAliasesOfficesCoMentionsAndMerges() {
        try (ArticleStore store = open()) {
            fill(store);
        }
        try (ArticleStore store = open()) {
            EntityRegistry reg = store.registry();
            assertThat(reg.candidates("lehoaitrung")).containsExactly(
                    new RegisteredEntity(TRUNG, MentionType.PERSON, "Lê Hoài Trung", "VNM"));
            assertThat(reg.candidates("nobody")).isEmpty();
            assertThat(reg.candidatesByOrderKey("pap")).extracting(RegisteredEntity::id).containsExactly(PAP);
            assertThat(reg.hasAlias(TRUNG, "Le Hoai Trung")).isTrue();
            assertThat(reg.hasAlias(TRUNG, "Trung")).isFalse();

            EntityQueries q = store.entities();
            Entity trung = q.entity(TRUNG).orElseThrow();
            assertThat(trung.name()).isEqualTo("Lê Hoài Trung");
            assertThat(trung.aliases()).containsExactly("Le Hoai Trung");
            assertThat(trung.country()).isEqualTo("VNM");
            assertThat(trung.mentionCount()).isEqualTo(3);
            assertThat(trung.offices()).singleElement().satisfies(o -> {
                assertThat(o.title()).isEqualTo("Chairman of the Commission");
                assertThat(o.firstSeen()).isEqualTo("2025-01-07");
                assertThat(o.lastSeen()).isEqualTo("2025-03-02");
                assertThat(o.former()).isFalse();
                assertThat(o.evidence().articleId()).isEqualTo("a1");
                assertThat(o.evidence().start()).isEqualTo("Le Hoai Trung, ".length());
            });
            assertThat(q.entity(VIVIAN).orElseThrow().offices()).extracting(Office::firstSeen, Office::lastSeen)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null));
            assertThat(q.entity("missing")).isEmpty();

            assertThat(q.coMentioned(TRUNG, 10)).extracting(CoMention::entityId, CoMention::sharedArticles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(VIVIAN, 3L),
                            org.assertj.core.groups.Tuple.tuple(PAP, 1L));
            assertThat(q.coMentioned(TRUNG, 1)).hasSize(1);
            assertThat(q.articles(TRUNG, 10)).extracting(EntityArticle::articleId).containsExactly("a2", "a1", "a3");
            assertThat(q.merges(TRUNG)).extracting(MergeExplanation::alias, MergeExplanation::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Le Hoai Trung", MergeRule.CREATED),
                    org.assertj.core.groups.Tuple.tuple("Lê Hoài Trung", MergeRule.SAME_NAME));

            assertThat(q.list(EntityFilter.all(), 10)).extracting(EntitySummary::id).containsExactly(TRUNG, VIVIAN, PAP);
            assertThat(q.list(new EntityFilter(MentionType.PERSON, "SGP", null), 10)).extracting(EntitySummary::id)
                    .containsExactly(VIVIAN);
            assertThat(q.list(new EntityFilter(null, null, "hoaitrung"), 10)).singleElement()
                    .satisfies(s -> {
                        assertThat(s.id()).isEqualTo(TRUNG);
                        assertThat(s.articleCount()).isEqualTo(3);
                    });
            assertThatThrownBy(() -> q.list(new EntityFilter(null, null, "100%_"), 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(q.idsWithPrefix("e000000000000000", 5)).containsExactly(TRUNG, VIVIAN, PAP);
            assertThat(q.count()).isEqualTo(3);
        }
    }

    @Test
    void affiliationSourcesAreStoredAndReadBack() {
        try (ArticleStore store = open()) {
            String b = "Gholam Vahidi met the IMF.";
            store.store(article("a1", "1987-03-02", b), reg -> {
                reg.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Gholam Vahidi", "IRN",
                        AffiliationSource.CONTEXT));
                reg.addAlias(TRUNG, form("Gholam Vahidi", "gholamvahidi"));
                reg.recordMention(TRUNG, "a1", mention(b, MentionType.PERSON, "Gholam Vahidi"));
                assertThat(reg.get(TRUNG).orElseThrow().weakCountry()).isTrue();
                reg.setAffiliation(TRUNG, new Affiliation("IRN", AffiliationSource.OFFICE));
                reg.create(new RegisteredEntity(VIVIAN, MentionType.ORGANIZATION, "IMF", "IMF", AffiliationSource.NAME));
                reg.addAlias(VIVIAN, form("IMF", "imf"));
            });
            RegisteredEntity read = store.withRegistry(reg -> reg.get(TRUNG).orElseThrow());
            assertThat(read.countrySource()).isEqualTo(AffiliationSource.OFFICE);
            assertThat(read.weakCountry()).isFalse();
            Entity entity = store.entities().entity(TRUNG).orElseThrow();
            assertThat(entity.countrySource()).isEqualTo(AffiliationSource.OFFICE);
            assertThat(store.entities().list(new EntityFilter(null, "IMF", null), 10))
                    .extracting(EntitySummary::countrySource).containsExactly(AffiliationSource.NAME);
            store.store(article("a2", null, "Vahidi."), reg -> reg.setCountry(TRUNG, "IRQ"));
            assertThat(store.entities().entity(TRUNG).orElseThrow().countrySource())
                    .as("a country set without a source has none").isNull();
        }
    }

    @Test
    void aFailingResolutionLeavesNeitherTheArticleNorItsEntities() {
        try (ArticleStore store = open()) {
            String body = "Someone spoke.";
            assertThatThrownBy(() -> store.store(article("bad", "2025-01-01", body), reg -> {
                reg.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Someone", null));
                throw new IllegalStateException("resolver broke");
            })).hasMessage("resolver broke");
            assertThat(store.get("bad")).isEmpty();
            assertThat(store.registry().get(TRUNG)).isEmpty();
            assertThat(store.stats().indexDocs()).isZero();
            assertThat(store.verify().agree()).isTrue();
        }
    }

    @Test
    void withRegistryIsAtomicAndClearEntitiesEmptiesTheRegistry() {
        try (ArticleStore store = open()) {
            fill(store);
            assertThatThrownBy(() -> store.withRegistry(reg -> {
                reg.rename(TRUNG, "Wrong");
                throw new IllegalStateException("no");
            })).hasMessage("no");
            assertThat(store.registry().get(TRUNG)).get().extracting(RegisteredEntity::name).isEqualTo("Lê Hoài Trung");
            assertThatThrownBy(() -> store.registry().rename("missing", "x")).hasMessageContaining("missing");

            store.clearEntities();
            store.commit();
            assertThat(store.entities().count()).isZero();
            assertThat(store.stats().articles()).isEqualTo(3);
            String id = store.withRegistry(reg -> {
                reg.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Lê Hoài Trung", "VNM"));
                return TRUNG;
            });
            assertThat(store.entities().entity(id)).isPresent();
        }
    }

    @Test
    void publisherLinksAnArticleItsBodyDoesNotNameAndClearsWithTheRest() {
        try (ArticleStore store = open()) {
            String body = "Officials met in the capital on Tuesday to discuss trade.";
            String agency = "e00000000000000a1";
            store.store(article("p1", "2025-02-01", body), reg -> {
                reg.create(new RegisteredEntity(agency, MentionType.ORGANIZATION, "Vietnam News Agency", "VNM"));
                reg.addAlias(agency, form("VNA", "vna"));
                reg.recordPublisher(agency, "p1");
                reg.recordPublisher(agency, "p1");
            });
            assertThat(store.entities().articles(agency, 10)).singleElement().satisfies(a -> {
                assertThat(a.articleId()).isEqualTo("p1");
                assertThat(a.mentions()).isZero();
            });
            store.clearEntities();
            assertThat(store.entities().count()).isZero();
        }
    }

    private static OfficeClaim claim(String body, String title, String organization, boolean former) {
        int start = body.indexOf(title);
        return new OfficeClaim(0, title, organization, null, former, start, start + title.length());
    }

    @Test
    void officesWrittenSeveralWaysAreOneAndAnOfficeLastReportedAsFormerIsHistory() {
        try (ArticleStore store = open()) {
            String b1 = "Foreign Minister Ana Berg and President Berg met.";
            String b2 = "Ana Berg, Minister of Foreign Affairs, spoke; acting president Berg left.";
            String b3 = "former President Ana Berg wrote a book.";
            store.store(article("o1", "2020-01-05", b1), reg -> {
                reg.create(new RegisteredEntity(VIVIAN, MentionType.PERSON, "Ana Berg", null));
                reg.recordMention(VIVIAN, "o1", mention(b1, MentionType.PERSON, "Ana Berg"));
                reg.recordOffice(VIVIAN, "o1", "2020-01-05", claim(b1, "Foreign Minister", null, false));
                reg.recordOffice(VIVIAN, "o1", "2020-01-05", claim(b1, "President", null, false));
            });
            store.store(article("o2", "2021-06-01", b2), reg -> {
                reg.recordOffice(VIVIAN, "o2", "2021-06-01", claim(b2, "Minister of Foreign Affairs", null, false));
                reg.recordOffice(VIVIAN, "o2", "2021-06-01", claim(b2, "acting president", null, false));
            });
            store.store(article("o3", "2023-02-02", b3), reg ->
                    reg.recordOffice(VIVIAN, "o3", "2023-02-02", claim(b3, "President", null, true)));
            Entity berg = store.entities().entity(VIVIAN).orElseThrow();
            assertThat(berg.offices()).singleElement().satisfies(o -> {
                assertThat(o.key()).isEqualTo("minister:foreign");
                assertThat(o.title()).isEqualTo("Foreign Minister"); // as often as the other, and seen first
                assertThat(o.firstSeen()).isEqualTo("2020-01-05");
                assertThat(o.lastSeen()).isEqualTo("2021-06-01");
                assertThat(o.former()).isFalse();
            });
            assertThat(berg.formerOffices()).singleElement().satisfies(o -> {
                assertThat(o.key()).isEqualTo("president");
                assertThat(o.title()).isEqualTo("President");
                assertThat(o.former()).isTrue();
                assertThat(o.acting()).isFalse(); // its latest report is no longer acting
                assertThat(o.lastSeen()).isEqualTo("2023-02-02");
            });
        }
    }

    @Test
    void lastKeysSpellingVariantsAndWhenAnEntityWasSeen() {
        try (ArticleStore store = open()) {
            fill(store);
            store.withRegistry(reg -> {
                reg.addAlias(VIVIAN, new NameForm("V. Balakrishnan", "vbalakrishnan", "balakrishnan v", "balakrishnan"));
                return null;
            });
            EntityRegistry reg = store.registry();
            assertThat(reg.candidatesByLastKey("balakrishnan")).extracting(RegisteredEntity::id).containsExactly(VIVIAN);
            assertThat(reg.candidatesByLastKey("trung")).isEmpty(); // spellings stored without a last key
            assertThat(reg.candidatesByVariantKeys(NameForm.variantKeys("balakrisnan"))).extracting(RegisteredEntity::id)
                    .containsExactly(VIVIAN);
            assertThat(reg.candidatesByVariantKeys(NameForm.variantKeys("kowalski"))).isEmpty();
            assertThat(reg.aliases(VIVIAN)).containsExactlyInAnyOrder("Vivian Balakrishnan", "V. Balakrishnan");
            assertThat(reg.seen(TRUNG)).isEqualTo(new EntityRegistry.Seen(3, "2025-01-07", "2025-03-02"));
            assertThat(reg.officeTitles(TRUNG)).containsExactly("Chairman of the Commission", "Chairman of the Commission");
        }
    }

    @Test
    void mergingMovesEverythingOfOneEntityToTheOther() {
        try (ArticleStore store = open()) {
            fill(store);
            store.follows().follow("local", org.attache.store.read.FollowKind.ENTITY, PAP);
            store.withRegistry(reg -> {
                reg.create(new RegisteredEntity("e0000000000000009", MentionType.PERSON, "Trung", null));
                reg.recordPublisher(PAP, "a2");
                return null;
            });
            assertThatThrownBy(() -> store.withRegistry(reg -> {
                reg.merge(TRUNG, "nobody");
                return null;
            })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
            assertThatThrownBy(() -> store.withRegistry(reg -> {
                reg.merge(TRUNG, TRUNG);
                return null;
            })).isInstanceOf(IllegalArgumentException.class);
            store.withRegistry(reg -> {
                reg.merge(TRUNG, PAP); // the registry merges any two; type checks are the caller's
                return null;
            });
            store.commit();
            EntityQueries q = store.entities();
            assertThat(q.entity(PAP)).isEmpty();
            Entity trung = q.entity(TRUNG).orElseThrow();
            assertThat(trung.aliases()).contains("PAP");
            assertThat(trung.mentionCount()).isEqualTo(4);
            assertThat(trung.country()).isEqualTo("VNM"); // kept its own
            assertThat(q.merges(TRUNG)).isNotEmpty();
            assertThat(q.articles(TRUNG, 10)).extracting(EntityArticle::articleId).contains("a1", "a2", "a3");
            assertThat(store.follows().follows("local", org.attache.store.read.FollowKind.ENTITY, TRUNG)).isTrue();
            assertThat(store.follows().follows("local", org.attache.store.read.FollowKind.ENTITY, PAP)).isFalse();
            assertThat(store.registry().candidates("pap")).extracting(RegisteredEntity::id).containsExactly(TRUNG);
            assertThat(store.registry().takeMergedArticles()).isEmpty(); // taken by the store, which re-indexed them
        }
    }
    @Test
    void aMentionRecordedAgainRepointsAndTheEntityItAloneMadeFoldsIntoItsNewOne() {
        try (ArticleStore store = open()) {
            fill(store);
            String lone = "e0000000000000010";
            String b4 = "Balakrishnan arrived in Hanoi.";
            store.store(article("a4", "2025-03-03", b4), reg -> {
                reg.create(new RegisteredEntity(lone, MentionType.PERSON, "Balakrishnan", null));
                reg.addAlias(lone, form("Balakrishnan", "balakrishnan"));
                reg.recordMention(lone, "a4", mention(b4, MentionType.PERSON, "Balakrishnan"));
            });
            store.withRegistry(reg -> {
                assertThat(reg.articlesOfOneWordPersons()).containsExactly("a4");
                reg.takeMovedArticles();
                reg.recordMention(VIVIAN, "a4", mention(b4, MentionType.PERSON, "Balakrishnan")); // resolved again
                return null;
            });
            store.commit();
            EntityRegistry reg = store.registry();
            assertThat(reg.get(lone)).isEmpty(); // it named only that span
            assertThat(reg.candidates("balakrishnan")).extracting(RegisteredEntity::id).containsExactly(VIVIAN);
            assertThat(reg.articlesOfOneWordPersons()).isEmpty();
            assertThat(reg.mentionCount(VIVIAN, "Vivian Balakrishnan", "a1")).isEqualTo(2);
            assertThat(reg.mentionCount(VIVIAN, "Vivian Balakrishnan", null)).isEqualTo(3);
            assertThat(reg.mentionCount(VIVIAN, "Balakrishnan", null)).isEqualTo(1);
        }
    }

    @Test
    void aMergeTellsWhichArticlesMentionsItMovedAndADecisionRecordedAgainIsOne() {
        try (ArticleStore store = open()) {
            fill(store);
            store.withRegistry(reg -> {
                reg.takeMovedArticles();
                reg.merge(VIVIAN, PAP);
                assertThat(reg.takeMovedArticles()).containsExactly("a1");
                assertThat(reg.takeMovedArticles()).isEmpty();
                MergeDecision again = new MergeDecision(TRUNG, "Le Hoai Trung", MergeRule.CREATED,
                        new Evidence("a1", 0, 13, "Le Hoai Trung"));
                reg.recordMerge(again);
                return null;
            });
            store.commit();
            assertThat(store.entities().merges(TRUNG)).hasSize(2);
        }
    }
}
