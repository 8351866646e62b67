package org.attache.nlp.resolve;

import org.attache.api.MentionType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EntityIds#settle}: the moves one article makes, which the resolver follows to give each mention its entity's
 * present id, never form a cycle, even when an entity's identity changes and changes back within the article.
 */
class EntityIdsTest {

    /** Follows {@code moves} from {@code id}; fails on a cycle (the resolver's last loop hung on one). */
    private static String follow(String id, Map<String, String> moves) {
        Set<String> seen = new HashSet<>();
        String now = id;
        while (moves.containsKey(now)) {
            assertThat(seen.add(now)).as("the moves of one article form a cycle through %s: %s", now, moves).isTrue();
            now = moves.get(now);
        }
        return now;
    }

    private static RegisteredEntity settled(InMemoryEntityRegistry registry, String id, String name,
                                            Map<String, String> moves) {
        registry.rename(id, name);
        return EntityIds.settle(id, registry, moves);
    }

    @Test
    void aNameThatChangesAndChangesBackLeavesNoCycle() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        String first = EntityIds.idFor(MentionType.ORGANIZATION, NameKeys.key("Nordhafen Werft"), null);
        registry.create(new RegisteredEntity(first, MentionType.ORGANIZATION, "Nordhafen Werft", null, null));
        Map<String, String> moves = new HashMap<>();

        RegisteredEntity fuller = settled(registry, first, "Nordhafen Werft Holding", moves);
        assertThat(fuller.id()).isNotEqualTo(first);
        RegisteredEntity back = settled(registry, fuller.id(), "Nordhafen Werft", moves);

        assertThat(back.id()).isEqualTo(first); // its identity's id again
        assertThat(moves).doesNotContainKey(back.id());
        assertThat(follow(first, moves)).isEqualTo(back.id());
        assertThat(follow(fuller.id(), moves)).isEqualTo(back.id());
    }

    @Test
    void aCountryThatComesAndGoesAcrossThreeIdentitiesLeavesNoCycle() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        String bare = EntityIds.idFor(MentionType.PERSON, NameKeys.key("Jean Dupuis"), null);
        registry.create(new RegisteredEntity(bare, MentionType.PERSON, "Jean Dupuis", null, null));
        Map<String, String> moves = new HashMap<>();

        registry.setCountry(bare, "FRA");
        RegisteredEntity french = EntityIds.settle(bare, registry, moves);
        RegisteredEntity fuller = settled(registry, french.id(), "Jean-Pierre Dupuis", moves);
        RegisteredEntity back = settled(registry, fuller.id(), "Jean Dupuis", moves);

        assertThat(back.id()).isEqualTo(french.id());
        for (String id : Set.of(bare, french.id(), fuller.id())) {
            assertThat(follow(id, moves)).isEqualTo(back.id());
        }
    }
}
