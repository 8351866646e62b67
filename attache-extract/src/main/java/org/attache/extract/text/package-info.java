/**
 * Segmentation of plain text into an article: whole-page text dumps (headline, captions, body, link
 * rails), plain article bodies, and hard-wrapped wire copy. Lines are classified by their structure
 * (rail items with time/date metadata, photo credits, headline shape, wrapping width), never by the
 * words of a particular site. Stateless and thread-safe.
 */
package org.attache.extract.text;
