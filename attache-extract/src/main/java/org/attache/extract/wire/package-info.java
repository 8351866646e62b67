/**
 * News-wire conventions found in article bodies whatever their format: the opening dateline
 * ({@code "WASHINGTON, Feb 26 (Reuters) -"}), trailing agency tags ({@code "— AP"}, a final "Reuter" line,
 * end marks such as {@code "/."}), and reporting credits ({@code "(Reporting by …; Editing by …)"}).
 * They are recognised by general patterns, not by a list of outlets. Stateless and thread-safe.
 */
package org.attache.extract.wire;
