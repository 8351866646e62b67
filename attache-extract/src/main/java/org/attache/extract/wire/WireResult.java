package org.attache.extract.wire;

import java.util.List;

/**
 * A body after wire conventions were taken off it.
 *
 * @param paragraphs the body without dateline, agency tags, end marks or reporting credits
 * @param dateline   the opening dateline, or null
 * @param tagAgency  the agency of a trailing tag ("VNS", "Reuters"), or null
 * @param byline     the author line found in the body ("By …" or a reporting credit), or null
 */
public record WireResult(List<String> paragraphs, Dateline dateline, String tagAgency, String byline) {
    public WireResult {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The agency that signed the story: the trailing tag's, else the dateline's, else null. */
    public String agency() {
        if (tagAgency != null) {
            return tagAgency;
        }
        return dateline == null ? null : dateline.agency();
    }
}
