/**
 * The Annotate stage ({@code Article → Annotated}): a CoreNLP tokenizer, sentence splitter and CRF
 * recogniser behind {@link org.attache.nlp.annotate.CoreNlpBackend}, configured once from
 * {@link org.attache.nlp.annotate.NerConfig}, with Attaché's own layers on top, assembled in
 * {@link org.attache.nlp.annotate.CoreNlpAnnotator}. Later layers (offices, coreference) plug in as
 * {@link org.attache.nlp.annotate.MentionLayer}s.
 */
package org.attache.nlp.annotate;
