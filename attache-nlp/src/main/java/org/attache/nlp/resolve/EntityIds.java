package org.attache.nlp.resolve;

import org.attache.api.MentionType;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Entity ids as a function of what an entity is, so that the same articles read in any order give the same ids.
 *
 * <p>An entity's id is {@code e} + 16 hex digits of SHA-256 over its <em>identity</em>: its type, the
 * {@linkplain NameKeys#key name key} of its canonical name and, when it has one, its country
 * ({@code PERSON:lehoaitrung@VNM}). Without a country the id is the one earlier versions gave an entity created
 * under that name. When the name key or the country of an entity changes (a fuller name, a country from stronger
 * evidence), {@link #settle} moves it to the id of its new identity, with every mention, spelling, office, merge
 * decision, event actor and follow that names it ({@link EntityRegistry#merge}).
 *
 * <p>Two entities of one identity exist only when a user's split line keeps a spelling apart from the entity of
 * the same name; the second then gets a counter ({@code #2}) and keeps it, and which of the two gets the counter
 * depends on the order they were read in. The same holds when an entity's new identity is already another
 * entity's: it keeps its id.
 */
final class EntityIds {
    private EntityIds() {
    }

    /** The id of an entity of this type, name key and country (null when unknown). */
    static String idFor(MentionType type, String nameKey, String country) {
        return hashId(type + ":" + nameKey + (country == null ? "" : "@" + country));
    }

    /** The id of an entity's present identity. */
    static String idFor(RegisteredEntity entity) {
        return idFor(entity.type(), NameKeys.key(entity.name()), entity.country());
    }

    /** The id for a new entity: {@link #idFor}, with a counter while that id is taken. */
    static String newId(MentionType type, String nameKey, String country, EntityRegistry registry) {
        String identity = type + ":" + nameKey + (country == null ? "" : "@" + country);
        String id = hashId(identity);
        for (int n = 2; registry.get(id).isPresent(); n++) {
            id = hashId(identity + "#" + n);
        }
        return id;
    }

    /**
     * Gives an entity the id of its present identity when that differs from its id and no other entity holds it:
     * a new entity takes the id, the old one is merged into it, and {@code movedTo} (when not null) maps the old id
     * to the new and no longer maps the new one (which an earlier move of the same article may have left). Returns
     * the entity as the registry now has it.
     */
    static RegisteredEntity settle(String entityId, EntityRegistry registry, Map<String, String> movedTo) {
        RegisteredEntity entity = registry.get(entityId).orElseThrow(
                () -> new IllegalArgumentException("no entity " + entityId));
        String wanted = idFor(entity);
        if (wanted.equals(entity.id()) || registry.get(wanted).isPresent()) {
            return entity;
        }
        RegisteredEntity moved = new RegisteredEntity(wanted, entity.type(), entity.name(), entity.country(),
                entity.countrySource());
        registry.create(moved);
        registry.merge(wanted, entity.id());
        if (movedTo != null) {
            // the entity may come back to an id it left earlier in the same article (a name or country that
            // changes and changes back): that id is its present one again, not a step to follow, so that the
            // moves of one article never form a cycle
            movedTo.remove(wanted);
            movedTo.put(entity.id(), wanted);
        }
        return registry.get(wanted).orElseThrow();
    }

    private static String hashId(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
