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
}
