package org.attache.store;

import java.nio.file.Path;

/**
 * A failure of the store's database or index. The message names the data folder and the operation;
 * the cause is the underlying {@link java.sql.SQLException} or {@link java.io.IOException}.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(Path dataDir, String operation, Throwable cause) {
        super("Store " + dataDir + ": cannot " + operation + ": " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
