package org.attache.app.doctor;

import org.attache.store.Store;

/**
 * One check of a data folder, with its repair. Checks run on a store opened for writing, so no other process
 * (a server, an ingest) is using the folder meanwhile.
 */
public interface DoctorCheck {
    /**
     * Checks the folder and, when {@code repair} is true, repairs what it found.
     *
     * @param store the folder's store, open for writing
     */
    Finding run(Store store, boolean repair);
}
