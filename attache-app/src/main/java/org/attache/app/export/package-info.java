/**
 * Event exports and their readers: PLOVER JSON, GDELT-style CAMEO TSV, JSONL and CSV. Each format's
 * reader reads back what its writer wrote, so an export can be checked (and re-imported) without loss.
 */
package org.attache.app.export;
