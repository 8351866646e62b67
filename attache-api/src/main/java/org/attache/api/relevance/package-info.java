/**
 * Relevance: whether an article (or a sentence) is about politics, diplomacy, security or international
 * economics, which Attaché codes events from, or is company, market, sport, entertainment or technology news,
 * which it does not (unless a state takes part).
 */
package org.attache.api.relevance;
