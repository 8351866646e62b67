package org.attache.extract.source;

/**
 * Internal signal that one item cannot become a page; its message is the skip reason a user sees.
 * Carries no stack trace: it is an expected outcome, not a failure.
 */
final class SkipException extends Exception {
    SkipException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
