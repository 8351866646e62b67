package org.attache.extract.wire;

/**
 * The dateline that opens a wire story.
 *
 * @param place   the place as printed, with its region when printed ("SINGAPORE", "CAMBRIDGE, Mass"), or null
 *                when only an agency was printed ("(AFP) -")
 * @param agency  the agency named in parentheses ("VNA", "Reuters"), or null
 * @param month   printed month 1–12, or 0
 * @param day     printed day of month, or 0
 * @param year    printed year, or 0
 * @param printed the whole dateline as printed, separator included
 */
public record Dateline(String place, String agency, int month, int day, int year, String printed) {
}
