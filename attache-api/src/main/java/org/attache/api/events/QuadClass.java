package org.attache.api.events;

/**
 * The four classes of the CAMEO QuadClass split, each PLOVER type placed by the CAMEO roots it comes from, with
 * the weight the reading room's cooperation–conflict line gives it: verbal cooperation +1, material cooperation
 * +2, verbal conflict −1, material conflict −2. A month's score is the mean weight of its events, from −2 (all
 * material conflict) to +2 (all material cooperation); docs/RELATIONS.md explains the choice.
 */
public enum QuadClass {
    VERBAL_COOPERATION("verbal cooperation", 1),
    MATERIAL_COOPERATION("material cooperation", 2),
    VERBAL_CONFLICT("verbal conflict", -1),
    MATERIAL_CONFLICT("material conflict", -2);

    private final String label;
    private final int weight;

    QuadClass(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** "verbal cooperation", as pages print it. */
    public String label() {
        return label;
    }

    /** The class's weight on the cooperation–conflict scale (−2..+2). */
    public int weight() {
        return weight;
    }

    /**
     * The class of a PLOVER type, by the CAMEO roots the CAMEO→PLOVER table maps to it: AGREE (03), CONSULT (04)
     * and REQUEST (02) are verbal cooperation; SUPPORT (05), COOPERATE (06), AID (07), CONCEDE and RETREAT (08)
     * material cooperation; ACCUSE (09, 11), REJECT (12) and THREATEN (13) verbal conflict; PROTEST (14),
     * MOBILIZE (15), SANCTION (16), COERCE (17) and ASSAULT (18–20) material conflict.
     */
    public static QuadClass of(PloverType type) {
        return switch (type) {
            case AGREE, CONSULT, REQUEST -> VERBAL_COOPERATION;
            case SUPPORT, COOPERATE, AID, CONCEDE, RETREAT -> MATERIAL_COOPERATION;
            case ACCUSE, REJECT, THREATEN -> VERBAL_CONFLICT;
            case PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT -> MATERIAL_CONFLICT;
        };
    }
}
