package org.attache.app.export;

import java.util.List;
import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;

/** Hand-built events as the coder would write them for two news articles, with the awkward cases exports must carry. */
public final class SampleEvents {
    public static final String ARTICLE_VNA = "a1b2c3d4e5f60718";
    public static final String ARTICLE_ST = "f00dfacecafe0042";

    static final EventActor TRUNG = new EventActor("e0000000000000a1", "Lê Hoài Trung", "VNM", "PTY",
            AffiliationSource.OFFICE);
    static final EventActor BALAKRISHNAN = new EventActor("e0000000000000b2", "Vivian Balakrishnan", "SGP", "GOV");
    static final EventActor TO_LAM = new EventActor("e0000000000000c3", "Tô Lâm", "VNM", "PTY");
    static final EventActor WONG = new EventActor("e0000000000000d4", "Lawrence Wong", "SGP", "GOV",
            AffiliationSource.CONTEXT);
    static final EventActor GAN = new EventActor("e0000000000000e5", "Gan Kim Yong", "SGP", "GOV");
    static final EventActor ASEAN = new EventActor(null, "ASEAN", "ASEAN", null, AffiliationSource.NAME);
    static final EventActor ODD = new EventActor("e0000000000000f6", "Trade, Industry; \"Energy\" | Ministry \\ HCMC",
            "VNM", "GOV");

    private SampleEvents() {
    }

    /** Five events: year-unknown, interval, undated, month-precision planned, year-precision with no target. */
    public static List<Event> all() {
        String s0 = "On April 29, Lê Hoài Trung, head of the CPV Central Committee's Commission for External Relations, "
                + "held talks via videoconference with Singaporean Minister for Foreign Affairs Vivian Balakrishnan.";
        String s1 = "From January 7-11, 2025, Trung paid a working visit to Singapore at the invitation of Minister "
                + "Balakrishnan, who called it \"a visit of \u201cgreat significance\u201d\",\tadding:\nties are "
                + "at their best.";
        String s2 = "Party General Secretary Tô Lâm recently held phone talks with Prime Minister Lawrence Wong and "
                + "ASEAN's secretariat, the ministry said.";
        String s3 = "The two sides agreed to implement, by next month, the agreements reached on energy, trade and "
                + "digital economy – including a C$1.2bn \u201cgreen corridor\u201d.";
        String s4 = "Police said unknown attackers had shelled a depot in 2024;\r\nno one was hurt \\ none claimed it.";
        return List.of(
                new Event("ev00000000000001", ARTICLE_VNA, PloverType.CONSULT, "040", "video", "diplomatic",
                        EventStatus.OCCURRED, "held talks via videoconference", List.of(TRUNG), List.of(BALAKRISHNAN),
                        null, EventDate.single(PartialDate.parse("--04-29"), DatePrecision.DAY, "On April 29"),
                        new Evidence(ARTICLE_VNA, 0, s0.length(), s0), 0.92, "st00000000000001"),
                new Event("ev00000000000002", ARTICLE_VNA, PloverType.CONSULT, "042", "visit", "diplomatic",
                        EventStatus.OCCURRED, "paid a working visit", List.of(TRUNG), List.of(BALAKRISHNAN, GAN),
                        "Singapore", new EventDate(PartialDate.parse("2025-01-07"), PartialDate.parse("2025-01-11"),
                        DatePrecision.DAY, "From January 7-11, 2025"),
                        new Evidence(ARTICLE_VNA, 1204, 1204 + s1.length(), s1), 0.875, null),
                new Event("ev00000000000003", ARTICLE_ST, PloverType.CONSULT, "041", "phone", null,
                        EventStatus.OCCURRED, "held phone talks", List.of(TO_LAM), List.of(WONG, ASEAN), null, null,
                        new Evidence(ARTICLE_ST, 88, 88 + s2.length(), s2), 0.7, "st00000000000002"),
                new Event("ev00000000000004", ARTICLE_ST, PloverType.AGREE, "0311", null, "economic",
                        EventStatus.PLANNED, "agreed to implement", List.of(TO_LAM, ODD), List.of(WONG, GAN),
                        "Hà Nội", EventDate.single(PartialDate.parse("2025-04"), DatePrecision.MONTH, "next month"),
                        new Evidence(ARTICLE_ST, 300, 300 + s3.length(), s3), 1.0, "st00000000000002"),
                new Event("ev00000000000005", ARTICLE_ST, PloverType.ASSAULT, "195", "heavy-weapons", "military",
                        EventStatus.OCCURRED, null, List.of(new EventActor(null, "unknown attackers", null, null)),
                        List.of(), null, EventDate.single(PartialDate.parse("2024"), DatePrecision.YEAR, "in 2024"),
                        new Evidence(ARTICLE_ST, 0, s4.length(), s4), 0.0, null));
    }
}
