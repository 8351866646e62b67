/**
 * Bring-your-own PETRARCH dictionaries: actor ({@code Phoenix.*.actors.txt}) and verb ({@code CAMEO.2.0.txt})
 * files a user points at, read into the coder's own forms. No dictionary ships with Attaché. Entry points:
 * {@link org.attache.nlp.dictionaries.PetrarchActors} and {@link org.attache.nlp.dictionaries.PetrarchVerbs}.
 */
package org.attache.nlp.dictionaries;
