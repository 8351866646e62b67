package org.attache.store.registry;

import org.attache.api.Evidence;
import org.attache.api.registry.MergeRule;

/**
 * Why a spelling belongs to (or was kept apart from) an entity.
 *
 * @param alias    the spelling
 * @param rule     the rule that decided
 * @param evidence the mention that triggered it
 */
public record MergeExplanation(String alias, MergeRule rule, Evidence evidence) {
}
