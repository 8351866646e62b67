package org.attache.nlp.eval;

import java.util.List;
import java.util.Locale;

/**
 * Entity-level exact-match scores of one system on one CoNLL file, conlleval semantics: a predicted entity
 * counts only when type, first and last token all match a gold entity.
 *
 * @param system name of the system scored
 * @param rows   PER, ORG, LOC, MISC, then micro averages "PER+ORG+LOC" and "ALL"
 * @param tokens tokens read
 * @param seconds wall time of recognition
 */
public record ConllReport(String system, List<Row> rows, int tokens, double seconds) {
    public ConllReport {
        rows = List.copyOf(rows);
    }

    /** One line of scores. */
    public record Row(String type, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The row for {@code type} ("PER", "ORG", "LOC", "MISC", "PER+ORG+LOC", "ALL"). */
    public Row row(String type) {
        return rows.stream().filter(r -> r.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + type));
    }

    /** Micro F1 over PER, ORG and LOC. */
    public double microF1PerOrgLoc() {
        return row("PER+ORG+LOC").f1();
    }

    /** A fixed-width table. */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s (%d tokens, %.1f s)%n", system, tokens, seconds));
        sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "ok", "P", "R", "F1"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-12s %6d %6d %6d %7.4f %7.4f %7.4f%n", r.type(), r.gold(),
                    r.predicted(), r.correct(), r.precision(), r.recall(), r.f1()));
        }
        return sb.toString();
    }
}
