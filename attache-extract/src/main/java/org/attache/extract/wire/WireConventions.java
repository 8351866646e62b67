package org.attache.extract.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.extract.date.DateParser;

/**
 * Takes news-wire conventions off a body's paragraphs: the dateline opening the first paragraph, a
 * leading "By …" line, and at the end agency tags ({@code "— AP"}, {@code "(AFP)"}, a final
 * {@code "Reuter"} line), end marks ({@code "/."}) and reporting credits. A dateline is a place in
 * capitalised words (optionally a region and a printed month and day) and/or a short agency name in
 * parentheses, then a dash or colon; a place in mixed case alone is not enough, to spare ordinary
 * sentences. Stateless and thread-safe.
 */
public final class WireConventions {
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.]*";
    private static final String PARTICLE = "(?:de|da|do|dos|del|di|du|des|la|le|el|al|am|an|upon|on|of|sur)";
    private static final String PLACE = WORD + "(?:(?:[ /-]|\\s" + PARTICLE + "\\s)" + WORD + "){0,4}";
    private static final String MONTH = DateParser.MONTH_NAMES_NC;
    private static final String DATE = "(?i:(?<mon1>" + MONTH + ")\\.?\\s+(?<day1>\\d{1,2})|(?<day2>\\d{1,2})\\s+(?<mon2>"
            + MONTH + ")\\.?)(?:,?\\s+(?<year>\\d{4}))?";
    private static final String AGENCY = "[\\p{L}][\\p{L}\\p{M}&.'’ -]{0,24}";
    private static final String SEP = "\\s*(?<sep>-{1,3}|[–—]{1,2}|:)(?:\\s+|$)";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + PLACE + ")(?:,\\s*(?!(?i:" + MONTH + ")\\b)(?<region>" + WORD + "(?:\\s?" + WORD + ")?))??"
                    + "(?:,?\\s*(?:" + DATE + "))?,?\\s*(?:\\((?<agency>" + AGENCY + ")\\)|/(?<agency2>" + AGENCY + ")/)?"
                    + SEP);
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\((?<agency>" + AGENCY + ")\\)" + SEP);
    private static final Pattern END_MARK = Pattern.compile("\\s*/\\.\\s*$");
    private static final String CAPS_TAG = "\\p{Lu}{2,8}(?:/\\p{Lu}{2,8})*";
    private static final Set<String> WIRE_NAMES = Set.of("reuter", "reuters", "xinhua", "bernama", "kyodo", "yonhap",
            "interfax", "anadolu", "tass", "bloomberg", "antara", "efe", "ansa", "dpa");
    private static final Pattern TAG_LINE = Pattern.compile("^[-–—(]{0,2}\\s*(\\p{L}{2,12}(?:/\\p{Lu}{2,8})*)\\s*\\)?\\s*$");
    private static final Pattern TAG_INLINE = Pattern.compile(
            "(?<=[.!?\"”’)])\\s*(?:[-–—]{1,2}\\s*(" + CAPS_TAG + ")|\\((" + CAPS_TAG + ")\\))\\s*$");
    private static final Pattern CREDIT = Pattern.compile(
            "\\(\\s*((?:Additional\\s+)?(?:Reporting|Writing|Compiled|Editing)\\s+by\\b[^()]{1,300})\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^((?:Additional\\s+)?(?:Reporting|Writing|Compiled|Editing)\\s+by\\b.{1,300})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTERS = Pattern.compile("Reporting\\s+by\\s+([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_LINE = Pattern.compile(
            "^By\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|and|&|de|van|von|der|al|bin)){0,6})"
                    + "(?:\\s*[,|/]\\s*.{0,40})?$");

    /** Applies the conventions to {@code paragraphs} (whitespace-normalised, reading order). */
    public WireResult apply(List<String> paragraphs) {
        List<String> body = new ArrayList<>();
        for (String p : paragraphs) {
            if (p != null && !p.isBlank()) {
                body.add(p.strip());
            }
        }
        String byline = null;
        if (!body.isEmpty()) {
            Matcher by = BY_LINE.matcher(body.get(0));
            if (body.get(0).length() <= 90 && by.matches()) {
                byline = by.group(1).strip();
                body.remove(0);
            }
        }
        Dateline dateline = null;
        if (!body.isEmpty()) {
            String first = body.get(0);
            dateline = dateline(first);
            if (dateline != null) {
                String rest = first.substring(dateline.printed().length()).strip();
                setOrRemove(body, 0, rest);
            }
        }
        String tag = null;
        for (int guard = 0; guard < 4 && !body.isEmpty(); guard++) {
            int last = body.size() - 1;
            String p = body.get(last);
            Matcher m;
            if ((m = END_MARK.matcher(p)).find()) {
                setOrRemove(body, last, p.substring(0, m.start()));
            } else if (p.length() <= 40 && (m = TAG_LINE.matcher(p)).matches() && isAgency(m.group(1))) {
                tag = tag == null ? agencyName(m.group(1)) : tag;
                body.remove(last);
            } else if ((m = TAG_INLINE.matcher(p)).find()) {
                tag = tag == null ? agencyName(m.group(1) != null ? m.group(1) : m.group(2)) : tag;
                setOrRemove(body, last, p.substring(0, m.start()));
            } else if ((m = CREDIT.matcher(p)).find()) {
                byline = byline == null ? reporters(m.group(1)) : byline;
                setOrRemove(body, last, p.substring(0, m.start()));
            } else if (p.length() <= 300 && (m = CREDIT_LINE.matcher(p)).matches()) {
                byline = byline == null ? reporters(m.group(1)) : byline;
                body.remove(last);
            } else {
                break;
            }
        }
        return new WireResult(body, dateline, tag, byline);
    }

    /** The dateline opening {@code paragraph}, or null. */
    public static Dateline dateline(String paragraph) {
        String head = paragraph.length() > 240 ? paragraph.substring(0, 240) : paragraph;
        Matcher m = DATELINE.matcher(head);
        if (m.find()) {
            String place = m.group("place").strip();
            String region = m.group("region");
            String agency = m.group("agency") != null ? m.group("agency") : m.group("agency2");
            String mon = m.group("mon1") != null ? m.group("mon1") : m.group("mon2");
            String dd = m.group("day1") != null ? m.group("day1") : m.group("day2");
            int month = mon != null ? DateParser.month(mon) : 0;
            int day = dd != null ? Integer.parseInt(dd) : 0;
            int year = m.group("year") != null ? Integer.parseInt(m.group("year")) : 0;
            boolean caps = isUpperCase(place) && place.codePoints().filter(Character::isLetter).count() >= 3;
            boolean colon = m.group("sep").equals(":");
            if (day > 31) {
                return null;
            }
            if (caps || (!colon && (agency != null || month > 0))) {
                String printedPlace = region == null ? place : place + ", " + region.strip().replaceAll("[.,]+$", "");
                return new Dateline(printedPlace, agency == null ? null : agency.strip(), month, day, year, m.group());
            }
            return null;
        }
        m = AGENCY_ONLY.matcher(head);
        if (m.find()) {
            return new Dateline(null, m.group("agency").strip(), 0, 0, 0, m.group());
        }
        return null;
    }

    private static boolean isUpperCase(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isAgency(String token) {
        if (token.contains("/")) {
            return isUpperCase(token);
        }
        return (isUpperCase(token) && token.length() <= 8) || WIRE_NAMES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** The outlet an agency tag stands for: the last of {@code "VNA/VNS"}, and "Reuters" for the old "REUTER". */
    static String agencyName(String token) {
        String t = token.contains("/") ? token.substring(token.lastIndexOf('/') + 1) : token;
        return t.equalsIgnoreCase("reuter") ? "Reuters" : t;
    }

    private static String reporters(String credit) {
        Matcher m = REPORTERS.matcher(credit);
        String who = m.find() ? m.group(1) : credit;
        return who.replaceAll("\\s+", " ").strip();
    }

    private static void setOrRemove(List<String> body, int index, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            body.remove(index);
        } else {
            body.set(index, t);
        }
    }
}
