/**
 * A learned confidence for each coded event: features known when the event is coded ({@link
 * org.attache.nlp.events.confidence.EventFeatures}), a logistic model trained on events an independent reader judged
 * ({@link org.attache.nlp.events.confidence.ConfidenceTrainer}, {@link
 * org.attache.nlp.events.confidence.ConfidenceModel}), and a gate that drops the events it scores as likely wrong
 * ({@link org.attache.nlp.events.confidence.ConfidenceGate}). Rules fix the sentences they were written from; the
 * model is what the issue asks for where rules do not generalise.
 */
package org.attache.nlp.events.confidence;
