/**
 * The records that flow between Attaché's pipeline stages ({@link org.attache.api.Page} →
 * {@link org.attache.api.Article} → …) and the narrow interfaces of the stages themselves.
 * Everything here is immutable and free of heavy dependencies, so any stage can run inside the CLI,
 * the server, a test or a Spark task.
 */
package org.attache.api;
