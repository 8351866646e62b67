/**
 * Name spans over tokenised text: the token view the recognisers share ({@link org.attache.nlp.names.TokenizedText},
 * {@link org.attache.nlp.names.NameSpan}), Unicode-aware repairs of person names (diacritic syllables, titles,
 * persons swallowed by organisation spans), length-preserving ASCII folding and casing detection.
 * Everything here is pure, stateless and thread-safe.
 */
package org.attache.nlp.names;
