/**
 * Read models for the reading room (web server and pages): article lists with opaque cursors, the rails
 * around an article, follows and the feed, and faceted search. Every read here may run from many threads at
 * once: SQL reads use the store's read-only connections when nothing is pending in its write transaction, and
 * Lucene reads go through a {@link org.apache.lucene.search.SearcherManager}.
 */
package org.attache.store.read;
