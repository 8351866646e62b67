package org.attache.store.sql;

/**
 * A read result that tells {@link SqlAccess#cached}'s bounded cache how many records it holds, so that the cache
 * weighs it like a list of that many (results that are neither lists nor maps and do not implement this weigh one).
 */
public interface CacheWeighed {
    /** The records this result holds. */
    int records();
}
