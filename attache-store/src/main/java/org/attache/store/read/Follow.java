package org.attache.store.read;

import java.time.Instant;

/**
 * One thing a user follows.
 *
 * @param user  user id ("local" in single-user mode)
 * @param kind  entity or country pair
 * @param key   the entity id, or for a pair two alpha-3 codes sorted and joined by '-' ("SGP-VNM")
 * @param since when the user started following it
 */
public record Follow(String user, FollowKind kind, String key, Instant since) {
}
