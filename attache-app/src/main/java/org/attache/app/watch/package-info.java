/**
 * {@code attache watch}: follows outlets' feeds, sitemaps and URL lists on their schedules and ingests what is new,
 * keeping its state in the store so that a restart goes on where it stopped.
 */
package org.attache.app.watch;
