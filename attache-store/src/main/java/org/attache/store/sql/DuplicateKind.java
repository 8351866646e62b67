package org.attache.store.sql;

/** How a stored article copies its original; stored in {@code articles.duplicate_kind}. */
public enum DuplicateKind {
    /** Same normalised body. */
    EXACT("exact"),
    /** SimHash within the configured Hamming distance. */
    NEAR("near");

    private final String column;

    DuplicateKind(String column) {
        this.column = column;
    }

    /** The value stored in the database. */
    public String column() {
        return column;
    }

    /** The kind stored as {@code value}, or null for null. */
    public static DuplicateKind fromColumn(String value) {
        if (value == null) {
            return null;
        }
        for (DuplicateKind kind : values()) {
            if (kind.column.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown duplicate_kind '" + value + "'");
    }
}
