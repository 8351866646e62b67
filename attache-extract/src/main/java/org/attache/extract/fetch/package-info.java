/**
 * The polite, safe fetcher of live sources: robots.txt (crawler-commons) cached per host, per-host rate and
 * concurrency limits, conditional GET, timeouts, a size cap, a redirect cap, gzip/deflate/brotli decoding, a
 * User-Agent with the user's contact URL, and a guard that refuses non-public addresses after DNS resolution on
 * every hop.
 */
package org.attache.extract.fetch;
