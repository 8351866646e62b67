/**
 * Knowledge Attaché ships about actors: the Phoenix actor dictionaries (people with roles valid between dates,
 * organisations, places), read lazily the first time an article is annotated, behind any dictionaries the user
 * supplies. Knowledge only affiliates names the text already mentions; it never adds a mention. Entry point:
 * {@link org.attache.nlp.knowledge.ActorKnowledge}.
 */
package org.attache.nlp.knowledge;
