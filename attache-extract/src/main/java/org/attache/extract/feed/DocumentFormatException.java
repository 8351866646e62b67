package org.attache.extract.feed;

/**
 * A feed, sitemap or URL list that cannot be read; its message is the reason a user sees. Carries no stack trace:
 * a bad document on the web is an expected outcome.
 */
public final class DocumentFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String reason) {
        super(reason, null, false, false);
    }
}
