package org.attache.app.export;

import java.io.IOException;
import org.attache.api.events.Event;

/**
 * Writes events one at a time in an export format, so an export streams from the store. The caller
 * owns the underlying writer; {@link #finish()} writes what a format needs after the last event.
 */
public interface EventWriter {
    /** Writes one event. */
    void write(Event event) throws IOException;

    /** Ends the output (e.g. closes a JSON array) and flushes it. */
    void finish() throws IOException;
}
