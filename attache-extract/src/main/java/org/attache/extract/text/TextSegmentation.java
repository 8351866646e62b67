package org.attache.extract.text;

import java.util.List;
import org.attache.api.RailLink;

/**
 * What the segmentation of a plain-text page found, before wire conventions are applied.
 *
 * @param title      the printed headline, or null when none was printed
 * @param paragraphs body paragraphs in reading order, whitespace-collapsed
 * @param captions   photo captions without their credit
 * @param links      rail items, never part of the body
 * @param dateLine   a date line printed near the top ("Updated: 10:16 | 27/08/2024"), as printed, or null
 */
public record TextSegmentation(String title, List<String> paragraphs, List<String> captions, List<RailLink> links,
                               String dateLine) {
    public TextSegmentation {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        links = List.copyOf(links);
    }
}
