/**
 * The Code stage: events (PLOVER type, CAMEO code, mode, status, actors, place, date, evidence) read from
 * annotated, resolved articles without a parser. {@link org.attache.nlp.events.PatternEventCoder} matches the
 * trigger phrases of a {@link org.attache.nlp.events.VerbLexicon} over a sentence's tokens and takes its actors
 * from the sentence's own mentions; {@link org.attache.nlp.events.CameoPlover} maps CAMEO codes to PLOVER;
 * an optional {@link org.attache.nlp.events.ActorDictionary} (e.g. PETRARCH actor files) places actors the
 * article does not.
 */
package org.attache.nlp.events;
