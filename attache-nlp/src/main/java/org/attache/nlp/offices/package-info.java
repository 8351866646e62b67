/**
 * Office titles: a title grammar that marks TITLE mentions and links each office to its PERSON holder as
 * {@link org.attache.api.OfficeClaim}s ({@link org.attache.nlp.offices.OfficeLayer}). Also holds what the mention
 * layers share: {@link org.attache.nlp.offices.AnnotatedEdit} (editing mentions while keeping claim indexes
 * right). Country names and demonyms come from {@link org.attache.nlp.gazetteer.CountryGazetteer}, the one
 * country list of the module.
 *
 * <p>Layer order: {@code OfficeLayer} → {@code coref.CorefLayer} → {@code dates.DateLayer}.
 */
package org.attache.nlp.offices;
