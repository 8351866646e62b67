/**
 * The Annotate and Resolve stages: sentences, typed mentions, offices and in-document coreference on top
 * of Stanford CoreNLP, and the resolution of mentions to entities across documents.
 */
package org.attache.nlp;
