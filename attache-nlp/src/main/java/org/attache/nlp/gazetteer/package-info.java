/**
 * Countries, nationalities (demonyms), historical states and capitals, generated at start-up from JDK/ICU
 * locale data plus small hand-written tables, and the layer that marks them in tokenised text with their
 * ISO-3166 alpha-3 code. Immutable once built; thread-safe.
 */
package org.attache.nlp.gazetteer;
