/**
 * Resolve stage: {@code Annotated → Resolved}. Links each entity mention to an entity of the persistent
 * registry through named merge rules ({@link org.attache.api.registry.MergeRule}), each recorded with its
 * evidence: {@link org.attache.nlp.resolve.EntityResolver} decides, {@link org.attache.nlp.resolve.NameKeys}
 * computes the matching keys, {@link org.attache.nlp.resolve.AliasList} reads the user's alias file.
 */
package org.attache.nlp.resolve;
