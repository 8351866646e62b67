/**
 * Turning a page's raw bytes into clean text: charset detection (byte-order mark, declared charset,
 * strict UTF-8, then statistical sniffing) and normalisation (NFC, no control characters).
 * Everything here is stateless and thread-safe.
 */
package org.attache.extract.charset;
