package org.attache.app.doctor;

import java.util.Objects;

/**
 * What one check of {@link Doctor} found.
 *
 * @param check  the check's name, e.g. "index"
 * @param status whether all was well, was repaired, or a problem remains
 * @param detail one line for the user
 */
public record Finding(String check, Status status, String detail) {
    /** The outcome of a check. */
    public enum Status { OK, REPAIRED, PROBLEM }

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
