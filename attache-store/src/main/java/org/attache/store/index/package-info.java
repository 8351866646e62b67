/**
 * The Lucene full-text index of stored articles: the ICU folding analyzer, the document layout, the
 * search syntax (plain words, "phrases", {@code outlet:}, {@code lang:}, {@code from:}, {@code to:})
 * and highlighted results.
 *
 * <p>The index is derived data: the SQL database is the source of truth and the index records, in
 * its commit user data, the highest article {@code seq} it holds so that it can be reconciled with the
 * database after a crash.
 */
package org.attache.store.index;
