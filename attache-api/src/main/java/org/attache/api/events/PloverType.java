package org.attache.api.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The sixteen PLOVER event types, in the codebook's order (cooperative first, then conflictual). Each CAMEO code maps to
 * one type by the CAMEO→PLOVER table (nlp {@code events.CameoPlover}).
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT;

    /**
     * The type a label names, accepting the legacy labels of older PLOVER files: DEMAND → REQUEST,
     * FIGHT → ASSAULT, DISAPPROVE and INVESTIGATE → ACCUSE. Empty for anything else (e.g. DOCUMENT).
     */
    public static Optional<PloverType> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.trim().toUpperCase(Locale.ROOT);
        return switch (key) {
            case "DEMAND" -> Optional.of(REQUEST);
            case "FIGHT" -> Optional.of(ASSAULT);
            case "DISAPPROVE", "INVESTIGATE" -> Optional.of(ACCUSE);
            default -> {
                for (PloverType t : values()) {
                    if (t.name().equals(key)) {
                        yield Optional.of(t);
                    }
                }
                yield Optional.empty();
            }
        };
    }
}
