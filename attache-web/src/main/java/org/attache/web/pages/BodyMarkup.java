package org.attache.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article body cut into what the article template prints: paragraphs, the evidence sentences of its
 * events (each anchored {@code id="s{start}"} so that {@code /articles/{id}#s{start}} lands on it), and the
 * entity mentions inside them as links. Offsets are those of {@link org.attache.api.Article#bodyText()}
 * (paragraphs joined by a blank line). The text stays plain text: the template escapes it.
 */
public final class BodyMarkup {
    private static final int PARAGRAPH_GAP = 2; // bodyText() joins paragraphs with "\n\n"

    private BodyMarkup() {
    }

    /** A piece of text, linked to an entity page when {@code entityId} is set. */
    public record Piece(String text, String entityId, String title) {
        /** True when the piece is an entity mention. */
        public boolean isMention() {
            return entityId != null;
        }
    }

    /**
     * Consecutive pieces of one kind: {@code "evidence"} for an event's sentence, {@code "claim"} for the span a
     * link asked to show (an office's title), null for plain text. {@code anchor} ("s123") is set on the run
     * where such a span starts, so that {@code #s123} lands on it.
     */
    public record Run(String anchor, String kind, List<Piece> pieces) {
        /** True for an evidence sentence or a claim. */
        public boolean marked() {
            return kind != null;
        }
    }

    /** One paragraph of the body. */
    public record Paragraph(List<Run> runs) {
    }

    /** A span of the body: a mention ({@code entityId} set), an evidence sentence or a claim. */
    public record Span(int start, int end, String entityId, String title) {
        /** A span of text without an entity. */
        public static Span of(int start, int end) {
            return new Span(start, end, null, null);
        }
    }

    private record Region(int start, int end, String anchor, String kind) {
    }

    /**
     * The body's paragraphs with its mentions linked and its evidence sentences anchored. Spans outside
     * the body, empty, or overlapping an earlier span of their kind are left out; a mention that crosses a
     * sentence's edge stays plain text.
     *
     * @param paragraphs the article's body paragraphs
     * @param mentions   entity mentions (any order)
     * @param sentences  evidence sentences (any order, duplicates allowed)
     * @param claim      a span to mark and anchor even inside a sentence (an office title a link points
     *                   at), or null
     */
    public static List<Paragraph> of(List<String> paragraphs, List<Span> mentions, List<Span> sentences, Span claim) {
        int length = paragraphs.stream().mapToInt(String::length).sum()
                + PARAGRAPH_GAP * Math.max(0, paragraphs.size() - 1);
        List<Span> ms = clean(mentions, length);
        List<Region> regions = regions(clean(sentences, length), claim, length);
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        int offset = 0;
        for (String text : paragraphs) {
            int end = offset + text.length();
            out.add(new Paragraph(runs(text, offset, end, ms, regions)));
            offset = end + PARAGRAPH_GAP;
        }
        return out;
    }

    private static List<Span> clean(List<Span> spans, int length) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> kept = new ArrayList<>();
        int last = -1;
        for (Span s : sorted) {
            if (s.start() >= 0 && s.end() > s.start() && s.end() <= length && s.start() >= last) {
                kept.add(s);
                last = s.end();
            }
        }
        return kept;
    }

    /** Sentences as regions, cut around the claim when it falls inside one. */
    private static List<Region> regions(List<Span> sentences, Span claim, int length) {
        boolean hasClaim = claim != null && claim.start() >= 0 && claim.end() > claim.start() && claim.end() <= length;
        List<Region> out = new ArrayList<>();
        for (Span s : sentences) {
            if (!hasClaim || s.end() <= claim.start() || s.start() >= claim.end()) {
                out.add(new Region(s.start(), s.end(), "s" + s.start(), "evidence"));
                continue;
            }
            if (s.start() < claim.start()) {
                out.add(new Region(s.start(), claim.start(), "s" + s.start(), "evidence"));
            }
            if (s.end() > claim.end()) {
                out.add(new Region(claim.end(), s.end(), null, "evidence"));
            }
        }
        if (hasClaim) {
            out.add(new Region(claim.start(), claim.end(), "s" + claim.start(), "claim"));
        }
        out.sort(Comparator.comparingInt(Region::start));
        return out;
    }

    private static List<Run> runs(String text, int from, int to, List<Span> mentions, List<Region> regions) {
        List<Run> runs = new ArrayList<>();
        int cursor = from;
        for (Region r : regions) {
            int start = Math.max(r.start(), from);
            int end = Math.min(r.end(), to);
            if (start >= end) {
                continue;
            }
            if (cursor < start) {
                runs.add(new Run(null, null, pieces(text, from, cursor, start, mentions)));
            }
            String anchor = r.start() >= from ? r.anchor() : null;
            runs.add(new Run(anchor, r.kind(), pieces(text, from, start, end, mentions)));
            cursor = end;
        }
        if (cursor < to) {
            runs.add(new Run(null, null, pieces(text, from, cursor, to, mentions)));
        }
        return runs;
    }

    /** Pieces of {@code [start, end)}; {@code base} is the paragraph's offset in the body. */
    private static List<Piece> pieces(String text, int base, int start, int end, List<Span> mentions) {
        List<Piece> pieces = new ArrayList<>();
        int cursor = start;
        for (Span m : mentions) {
            if (m.start() < cursor || m.end() > end) {
                if (m.start() >= end) {
                    break;
                }
                continue;
            }
            if (cursor < m.start()) {
                pieces.add(new Piece(text.substring(cursor - base, m.start() - base), null, null));
            }
            pieces.add(new Piece(text.substring(m.start() - base, m.end() - base), m.entityId(), m.title()));
            cursor = m.end();
        }
        if (cursor < end) {
            pieces.add(new Piece(text.substring(cursor - base, end - base), null, null));
        }
        return pieces;
    }
}
