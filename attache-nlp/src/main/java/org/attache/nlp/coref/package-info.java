/**
 * In-document coreference for names: surnames and given names to the full name seen in the same article
 * (diacritic-folded matching, ambiguity left alone) and acronyms to their expansions, defined in the article or
 * from the bundled list of common bodies ({@code bodies.tsv}). Entry point: {@link org.attache.nlp.coref.CorefLayer}.
 */
package org.attache.nlp.coref;
