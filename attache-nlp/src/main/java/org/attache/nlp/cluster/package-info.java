/**
 * Cluster stage rules: whether a new event reports the same happening as a stored story. Entry point:
 * {@link org.attache.nlp.cluster.SimilarStoryMatcher}.
 */
package org.attache.nlp.cluster;
