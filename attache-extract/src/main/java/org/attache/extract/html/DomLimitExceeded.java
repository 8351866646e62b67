package org.attache.extract.html;

/**
 * A page over one of the DOM caps (elements, nesting depth), found before the expensive stages run on it.
 * Its message is the skip reason a user sees, e.g. "nested deeper than 512 levels".
 */
public final class DomLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DomLimitExceeded(String reason) {
        super(reason, null, false, false);
    }
}
