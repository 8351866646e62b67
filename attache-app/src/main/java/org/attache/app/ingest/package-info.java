/**
 * The ingest pipeline: streams sources through the extract stage on a bounded pool of workers and
 * hands articles, in input order, to the store's single writer.
 */
package org.attache.app.ingest;
