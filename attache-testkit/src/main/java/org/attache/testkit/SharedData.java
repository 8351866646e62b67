package org.attache.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's benchmark and seed data ({@code ../shared} beside the clone in this project's workspace;
 * absent from a user's clone). The {@code attache.shared} system property points elsewhere; the build
 * sets it to the folder beside the checkout.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder as configured, whether or not it exists. */
    public static Path root() {
        return Path.of(System.getProperty("attache.shared", "../../shared"));
    }

    /** {@code relative} inside the shared folder, whether or not it exists. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** Whether {@code relative} exists inside the shared folder. */
    public static boolean has(String relative) {
        return Files.exists(resolve(relative));
    }
}
