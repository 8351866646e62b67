package org.attache.extract.charset;

/**
 * A page's bytes decoded to text.
 *
 * @param text    the decoded, {@link TextNormalizer#clean cleaned} NFC text
 * @param charset the name of the charset the bytes were read with
 * @param method  how that charset was chosen
 */
public record DecodedText(String text, String charset, Method method) {
    /** How the charset was chosen, strongest evidence first. */
    public enum Method {
        /** A byte-order mark at the start of the bytes. */
        BOM,
        /** The container's declared charset (HTTP header, record field). */
        DECLARED,
        /** A {@code <meta charset>} or {@code http-equiv} declaration inside the document. */
        META,
        /** The bytes decode as UTF-8 without a single error. */
        STRICT_UTF8,
        /** A statistical guess (ICU4J {@code CharsetDetector}), or windows-1252 as the last resort. */
        SNIFFED
    }
}
