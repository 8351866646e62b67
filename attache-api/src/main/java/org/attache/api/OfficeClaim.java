package org.attache.api;

import java.util.Objects;

/**
 * An article's statement that a person holds (or held) an office: "Minister of Foreign Affairs Vivian
 * Balakrishnan", "Chan Chun Sing, … Minister of Education", "former Prime Minister Lee Hsien Loong".
 *
 * @param holder       index into {@link Annotated#mentions()} of the PERSON mention holding the office
 * @param title        the office as printed, without "former" ("Minister of Foreign Affairs")
 * @param organization the body the office belongs to when named ("People’s Action Party"), or null
 * @param country      ISO-3166 alpha-3 country of the office when known, or null
 * @param former       true when the text says the office is no longer held ("former", "ex-")
 * @param start        offset of the title's first character in the body
 * @param end          offset after the title's last character
 */
public record OfficeClaim(int holder, String title, String organization, String country, boolean former,
                          int start, int end) {
    public OfficeClaim {
        Objects.requireNonNull(title, "title");
    }
}
