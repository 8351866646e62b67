/**
 * Keys for finding duplicate articles: a hash of the normalised body for exact copies and a 64-bit
 * SimHash of word shingles for near copies, split into four 16-bit bands for candidate lookup.
 *
 * <p>Everything here is a pure function of the article body; the classes hold no state and are
 * thread-safe.
 */
package org.attache.store.dedup;
