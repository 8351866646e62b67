package org.attache.api.relevance;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of news a text is. Only {@link #POLITICAL} (politics, diplomacy, security, international economics)
 * is relevant to international relations; the others are the kinds of news whose acts are not state events.
 */
public enum RelevanceLabel {
    /** Politics, diplomacy, security, conflict, trade policy and other international economics. */
    POLITICAL,
    /** Company and market news: results, deals, offerings, prices, market statistics. */
    BUSINESS,
    SPORT,
    ENTERTAINMENT,
    TECHNOLOGY;

    /** True for the one label whose texts are coded for events. */
    public boolean relevant() {
        return this == POLITICAL;
    }

    /** The lower-case label used in JSON, search filters and the model file ("political"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The label a text names, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static RelevanceLabel fromLabel(String label) {
        String key = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        for (RelevanceLabel l : values()) {
            if (l.name().equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown relevance '" + label + "'; expected one of " + labels());
    }

    /** The labels, comma-separated, for messages and help texts. */
    public static String labels() {
        return Arrays.stream(values()).map(RelevanceLabel::label).collect(Collectors.joining(", "));
    }
}
