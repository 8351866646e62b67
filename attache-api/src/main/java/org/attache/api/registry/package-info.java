/**
 * The seam between the Resolve stage and the persistent entity registry: what the resolver reads and
 * writes ({@link org.attache.api.registry.EntityRegistry}) and the small records it passes. The store
 * implements the registry over SQL; {@link org.attache.api.registry.InMemoryEntityRegistry} serves tests
 * and single-pass batch jobs.
 */
package org.attache.api.registry;
