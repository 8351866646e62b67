package org.attache.store;

import org.attache.store.read.Follows;
import org.attache.store.read.Rails;

/** The reading room's reads beside an article (rails) and what its users follow, with their feeds. */
public interface ReadingRoomStore {
    /** The rails of an article page: related, latest, more from the outlet, for you. */
    Rails rails();

    /** What users follow and their feeds. Writes commit at once. */
    Follows follows();
}
