/**
 * The entity registry over SQL: {@link org.attache.store.registry.SqlEntityRegistry} is what the Resolve
 * stage writes through (in the store's connection and transaction), {@link
 * org.attache.store.registry.EntityQueries} what the CLI, server and exports read (entity lists, entity
 * pages with aliases and offices, co-mentions, articles, merge explanations). Bound parameters only.
 */
package org.attache.store.registry;
