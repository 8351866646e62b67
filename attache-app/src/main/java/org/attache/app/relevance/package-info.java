/**
 * The relevance model's training data: the labelled corpora read into {@link
 * org.attache.nlp.relevance.LabelledText}s, for {@code attache train relevance} and {@code attache eval relevance}.
 */
package org.attache.app.relevance;
