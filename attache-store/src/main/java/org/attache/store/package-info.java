/**
 * The Store/Index stage: {@link org.attache.store.ArticleStore} keeps articles in SQL (the source of
 * truth) and in a Lucene index (derived, reconciled on open), finds exact and near duplicates on the
 * way in, and answers lookups, searches and statistics.
 */
package org.attache.store;
