package org.attache.extract.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's raw bytes to text. The charset is chosen in order of evidence: a byte-order mark; the
 * container's declared charset; a {@code <meta charset>}/{@code http-equiv} declaration in the first
 * {@value #META_SCAN_BYTES} bytes; strict UTF-8 when the bytes decode without error; else ICU4J's
 * {@link CharsetDetector}. A declared single-byte Western charset is overridden by UTF-8 when the bytes
 * are valid, non-ASCII UTF-8 (a frequent mislabel), and ISO-8859-1 is read as windows-1252 as browsers do.
 * The result is {@link TextNormalizer#clean cleaned} and NFC. Stateless and thread-safe.
 */
public final class PageDecoder {
    static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes {@code content}; {@code declaredCharset} may be null or unknown (then it is ignored). */
    public DecodedText decode(byte[] content, String declaredCharset) {
        Charset bomCharset = bomCharset(content);
        if (bomCharset != null) {
            int skip = bomLength(content);
            return result(new String(content, skip, content.length - skip, bomCharset), bomCharset, DecodedText.Method.BOM);
        }
        Charset declared = lookup(declaredCharset);
        if (declared != null) {
            return decodeDeclared(content, declared, DecodedText.Method.DECLARED);
        }
        Charset meta = lookup(metaCharset(content));
        if (meta != null) {
            return decodeDeclared(content, meta, DecodedText.Method.META);
        }
        String utf8 = strictUtf8(content);
        if (utf8 != null) {
            return result(utf8, StandardCharsets.UTF_8, DecodedText.Method.STRICT_UTF8);
        }
        return sniff(content);
    }

    private DecodedText decodeDeclared(byte[] content, Charset cs, DecodedText.Method method) {
        if (isWesternSingleByte(cs) && hasNonAscii(content)) {
            String utf8 = strictUtf8(content);
            if (utf8 != null) {
                return result(utf8, StandardCharsets.UTF_8, DecodedText.Method.STRICT_UTF8);
            }
        }
        Charset effective = cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : cs;
        return result(new String(content, effective), effective, method);
    }

    private static DecodedText sniff(byte[] content) {
        Charset cs = null;
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(content);
            CharsetMatch match = detector.detect();
            if (match != null && match.getConfidence() >= 10) {
                cs = lookup(match.getName());
            }
        } catch (RuntimeException e) {
            cs = null;
        }
        if (cs == null || cs.equals(StandardCharsets.ISO_8859_1)) {
            cs = WINDOWS_1252;
        }
        return result(new String(content, cs), cs, DecodedText.Method.SNIFFED);
    }

    private static DecodedText result(String raw, Charset cs, DecodedText.Method method) {
        return new DecodedText(TextNormalizer.clean(raw), cs.name(), method);
    }

    /** The charset named by a {@code <meta>} tag in the first few KB, or null. */
    static String metaCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else null. */
    static String strictUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isWesternSingleByte(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("us-ascii") || n.equals("windows-1252") || n.equals("iso-8859-15");
    }

    private static boolean hasNonAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The charset a byte-order mark at the start of {@code b} names (UTF-8, UTF-16 or UTF-32, either byte
     * order), or null when there is none.
     */
    public static Charset byteOrderMark(byte[] b) {
        return bomCharset(b);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset cs = bomCharset(b);
        if (cs == null) {
            return 0;
        }
        String n = cs.name();
        return n.startsWith("UTF-32") ? 4 : n.equals("UTF-8") ? 3 : 2;
    }
}
