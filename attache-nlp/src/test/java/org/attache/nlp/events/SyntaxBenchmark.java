package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of the Code stage's costliest step (a profile of {@code bench --pipeline} puts 30-40 % of the
 * CPU there): tagging a sentence and adding its dependency parse ({@link Syntax}), per sentence, on news sentences
 * written for it. Run as docs/BENCHMARKS.md says ("JMH: the tagger and the parse"); not part of the test run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
public class SyntaxBenchmark {
    /** Sentences of the kinds the coder parses: a trigger and two actors, with the clauses that need the parse. */
    static final String[] SENTENCES = {
            "Iraqi warplanes attacked an Iranian oil platform in the Gulf on Monday, the Iraqi military said.",
            "The Foreign Minister of Ghana said on Tuesday that his government would send a delegation to Togo.",
            "Chancellor Helmut Kohl will pay a two-day visit to Paris next week for talks with President Mitterrand.",
            "Japan was urged by the United States to open its markets to American semiconductors before the summit.",
            "The talks between Syrian and Lebanese officials ended without an agreement, a spokesman in Damascus said.",
            "Police in Seoul arrested dozens of students who had protested against the visit of the U.S. envoy.",
            "Brazil's finance minister met creditor banks in New York to discuss the rescheduling of its foreign debt.",
            "NATO defence ministers condemned the Soviet deployment of new missiles and called for renewed talks.",
    };

    private final Syntax syntax = Syntax.get();
    private final List<Syntax.Analysis> tagged = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void tagAll() {
        for (String s : SENTENCES) {
            tagged.add(syntax.tag(s, 0, s.length(), false, List.of()));
        }
    }

    /** Tags one sentence (tokenizer and left3words tagger), as every sentence with a trigger and an actor is. */
    @Benchmark
    public Object tag() {
        String s = SENTENCES[next++ % SENTENCES.length];
        return syntax.tag(s, 0, s.length(), false, List.of());
    }

    /** Parses one tagged sentence (the neural dependency parser), as sentences with a trigger and two actors are. */
    @Benchmark
    public Object parse() {
        Syntax.Analysis a = tagged.get(next++ % tagged.size());
        a.heads = null;
        a.rels = null;
        syntax.parse(a);
        return a.heads;
    }
}
