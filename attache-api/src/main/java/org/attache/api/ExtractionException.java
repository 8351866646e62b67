package org.attache.api;

/** A page that could not be turned into an article; carries the page's source and the reason. */
public class ExtractionException extends Exception {
    private final String source;
    private final String reason;

    public ExtractionException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
