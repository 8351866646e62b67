/**
 * The ingest loop around the analysis core ({@code org.attache.pipeline}): streams sources through its per-article
 * function on a bounded pool of workers under a time budget per page, and hands the analysed articles, in input
 * order, to the store's single writer, which runs the core's registry step in each article's transaction. Also
 * {@code reprocess} and the upload API over the same core, with progress and counts.
 */
package org.attache.app.ingest;
