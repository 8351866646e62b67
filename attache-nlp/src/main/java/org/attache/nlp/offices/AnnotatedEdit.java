package org.attache.nlp.offices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.OfficeClaim;
import org.attache.api.Sentence;

/**
 * A working copy of an {@link Annotated}'s mentions and office claims that the mention layers (offices,
 * coreference, dates) edit and then turn back into an {@code Annotated}. Claims hold their holder by
 * mention identity while editing, so adding, replacing or re-sorting mentions keeps every
 * {@link OfficeClaim#holder()} index right.
 *
 * <p>Not thread-safe: make one per call (layers do), never share one.
 */
public final class AnnotatedEdit {
    private final Annotated in;
    private final List<Mention> mentions;
    private final List<Pending> claims = new ArrayList<>();

    /** A claim whose holder is a mention object rather than an index. */
    private record Pending(Mention holder, OfficeClaim claim) {
    }

    /** Starts an edit of {@code in}'s mentions and claims. */
    public AnnotatedEdit(Annotated in) {
        this.in = in;
        this.mentions = new ArrayList<>(in.mentions());
        for (OfficeClaim c : in.offices()) {
            if (c.holder() >= 0 && c.holder() < mentions.size()) {
                claims.add(new Pending(mentions.get(c.holder()), c));
            }
        }
    }

    /** The article body the offsets refer to. */
    public String text() {
        return in.article().bodyText();
    }

    /** The mentions as they stand now (a snapshot). */
    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    /** The claims as they stand now, each with its holder mention. */
    public List<Map.Entry<Mention, OfficeClaim>> claims() {
        List<Map.Entry<Mention, OfficeClaim>> out = new ArrayList<>();
        for (Pending p : claims) {
            out.add(Map.entry(p.holder(), p.claim()));
        }
        return out;
    }

    /** Adds a mention of {@code type} over {@code [start, end)}, with its sentence index worked out; returns it. */
    public Mention add(org.attache.api.MentionType type, int start, int end, String canonical, String country) {
        Mention m = new Mention(type, text().substring(start, end), start, end, sentenceAt(start), canonical, country);
        mentions.add(m);
        return m;
    }

    /** Replaces {@code old} (by identity) with {@code replacement}; claims held by {@code old} follow. */
    public void replace(Mention old, Mention replacement) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i) == old) {
                mentions.set(i, replacement);
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).holder() == old) {
                claims.set(i, new Pending(replacement, claims.get(i).claim()));
            }
        }
    }

    /** Removes {@code old} (by identity) and the claims it holds. */
    public void remove(Mention old) {
        mentions.removeIf(m -> m == old);
        claims.removeIf(p -> p.holder() == old);
    }

    /** Adds a claim held by {@code holder}, unless a claim over the same title span already exists. */
    public void claim(Mention holder, OfficeClaim claim) {
        for (Pending p : claims) {
            if (p.claim().start() == claim.start() && p.claim().end() == claim.end()) {
                return;
            }
        }
        claims.add(new Pending(holder, claim));
    }

    /** Index of the sentence holding {@code offset} (the last sentence starting at or before it), or 0. */
    public int sentenceAt(int offset) {
        int best = 0;
        for (Sentence s : in.sentences()) {
            if (s.start() <= offset) {
                best = s.index();
            } else {
                break;
            }
        }
        return best;
    }

    /** The edited {@code Annotated}: mentions sorted by start (longer first), claim holders re-indexed. */
    public Annotated build() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end)
                .reversed()).thenComparing(Mention::type));
        Map<Mention, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        List<OfficeClaim> out = new ArrayList<>();
        for (Pending p : claims) {
            Integer i = index.get(p.holder());
            if (i != null) {
                OfficeClaim c = p.claim();
                out.add(new OfficeClaim(i, c.title(), c.organization(), c.country(), c.former(), c.start(), c.end()));
            }
        }
        return new Annotated(in.article(), in.sentences(), sorted, out, in.pipelineVersion());
    }
}
