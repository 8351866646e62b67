/**
 * PETRARCH dictionaries: actor ({@code Phoenix.*.actors.txt}) and verb ({@code CAMEO.2.0.txt}) files a user
 * points at, and the Phoenix actor files shipped as default knowledge, read into Attaché's own forms. Entry points:
 * {@link org.attache.nlp.dictionaries.PetrarchActors} and {@link org.attache.nlp.dictionaries.PetrarchVerbs}.
 */
package org.attache.nlp.dictionaries;
