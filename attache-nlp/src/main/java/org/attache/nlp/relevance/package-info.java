/**
 * Relevance: a learned classifier that tells political, diplomatic, security and international-economics text
 * from company, market, sport, entertainment and technology news, per article and per sentence, and the gate
 * that keeps the Code stage's events only where the text (or a state taking part) makes them state events.
 *
 * <p>The model is a multinomial logistic regression (one against the rest, trained with LIBLINEAR) over words
 * and word pairs; it ships as a small resource ({@code relevance-model.tsv.gz}) that {@link
 * org.attache.nlp.relevance.RelevanceTrainer} reproduces from the labelled corpora (see {@link
 * org.attache.nlp.relevance.WeakLabels} for how their labels are derived).
 */
package org.attache.nlp.relevance;
