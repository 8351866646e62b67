/**
 * Stored events and stories: the writer used by {@link org.attache.store.ArticleStore} in an article's
 * savepoint, and {@link org.attache.store.events.EventQueries} for lists, relations between countries,
 * exports and stories.
 */
package org.attache.store.events;
