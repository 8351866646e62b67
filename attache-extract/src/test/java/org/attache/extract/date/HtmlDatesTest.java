package org.attache.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.extract.html.HtmlArticleExtractor;
import org.attache.extract.html.HtmlExtraction;
import org.junit.jupiter.api.Test;

/**
 * Publication and modification dates on small pages written for these tests, in several languages: one
 * test per mechanism (each structured source, the offset rule, modified versus published, rails and
 * embeds refused, the date printed by the headline, and no date at all).
 */
class HtmlDatesTest {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
    private static final String BODY = "<p>Die Gemeinde hat am Abend ein neues Konzept für die Innenstadt vorgestellt, das"
            + " mehr Platz für Fußgänger und Radfahrer schaffen soll und von den Anwohnern lange gefordert wurde.</p>"
            + "<p>Der Bürgermeister sprach von einem wichtigen Schritt, die Umsetzung soll im Frühjahr beginnen.</p>";

    private static HtmlExtraction extract(String html) {
        return EXTRACTOR.extract(html, null);
    }

    private static String page(String lang, String head, String article) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>Neues Konzept für die"
                + " Innenstadt | Stadtblatt</title>" + head + "</head><body><header class=\"site-header\"><a href=\"/\">"
                + "Stadtblatt</a><nav><a href=\"/politik\">Politik</a></nav></header><main>" + article
                + "</main><footer class=\"site-footer\">© 2024 Stadtblatt</footer></body></html>";
    }

    private static String headline() {
        return "<h1>Neues Konzept für die Innenstadt</h1>";
    }

    @Test
    void jsonLdArticleGivesPublishedAndUpdatedInTheirOwnOffset() {
        HtmlExtraction x = extract(page("de", "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Neues Konzept für die Innenstadt\","
                + "\"datePublished\":\"2022-02-03T09:30:00+01:00\",\"dateModified\":\"2022-02-04T18:05:00+01:00\"}</script>",
                "<article>" + headline() + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2022-02-03T09:30:00+01:00", DateProvenance.JSON_LD));
        assertThat(x.updated()).isEqualTo(new PublishedDate("2022-02-04T18:05:00+01:00", DateProvenance.JSON_LD));
    }

    @Test
    void jsonLdWithJavaScriptCommentsAndAGraphIsRead() {
        HtmlExtraction x = extract(page("fr", "<script type=\"application/ld+json\">\n// données structurées\n"
                + "{ \"@context\": \"https://schema.org\", /* graphe du site */ \"@graph\": ["
                + "{\"@type\": \"WebSite\", \"name\": \"Le Petit Quotidien\"},"
                + "{\"@type\": \"Article\", \"headline\": \"La ville présente son plan\", \"datePublished\": \"2021-11-12\"},"
                + "]}</script>", "<article><h1>La ville présente son plan</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2021-11-12", DateProvenance.JSON_LD));
    }

    @Test
    void openGraphPublishedTimeIsRead() {
        HtmlExtraction x = extract(page("es", "<meta property=\"article:published_time\" content=\"2020-05-07T11:20:00+02:00\">"
                + "<meta property=\"article:modified_time\" content=\"2020-05-08T08:00:00+02:00\">",
                "<article><h1>El ayuntamiento presenta su plan</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2020-05-07T11:20:00+02:00", DateProvenance.META));
        assertThat(x.updated()).isEqualTo(new PublishedDate("2020-05-08T08:00:00+02:00", DateProvenance.META));
    }

    @Test
    void dublinCoreMetaIsRead() {
        HtmlExtraction x = extract(page("it", "<meta name=\"DC.date.issued\" content=\"2019-10-16\">",
                "<article><h1>Il comune presenta il piano</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2019-10-16", DateProvenance.META));
    }

    @Test
    void itempropDatePublishedOnTheArticleIsRead() {
        HtmlExtraction x = extract(page("pl", "", "<div class=\"news-single\" itemscope itemtype=\"https://schema.org/Article\">"
                + "<h1 itemprop=\"headline\">Miasto przedstawia nowy plan</h1><div class=\"footer\"><span class=\"news-list-date\">"
                + "<time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time></span></div>" + BODY + "</div>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2022-01-27", DateProvenance.MICRODATA));
    }

    @Test
    void dublinCoreInRdfInsideAnHtmlCommentIsRead() {
        HtmlExtraction x = extract(page("de", "", "<div class=\"post\">" + headline() + BODY
                + "<!-- <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<rdf:Description rdf:about=\"https://blog.example/konzept\" dc:identifier=\"https://blog.example/konzept\""
                + " dc:title=\"Neues Konzept\" dc:date=\"2009-08-06T14:12:32+02:00\" /></rdf:RDF> --></div>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2009-08-06T14:12:32+02:00", DateProvenance.RDF));
    }

    @Test
    void timeElementsOfTheArticleHeaderGivePublishedAndUpdated() {
        HtmlExtraction x = extract(page("en", "", "<article><header class=\"entry-header\"><h1>Council unveils a plan"
                + " for the centre</h1><div class=\"entry-meta\">Posted on <time class=\"entry-date published\""
                + " datetime=\"2018-06-05T08:00:00-07:00\">June 5, 2018</time><time class=\"updated\""
                + " datetime=\"2018-06-07T10:00:00-07:00\">June 7, 2018</time></div></header>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2018-06-05T08:00:00-07:00", DateProvenance.TIME_ELEMENT));
        assertThat(x.updated()).isEqualTo(new PublishedDate("2018-06-07T10:00:00-07:00", DateProvenance.TIME_ELEMENT));
    }

    @Test
    void aScriptObjectWithPubdateIsRead() {
        HtmlExtraction x = extract(page("nl", "<script>var analytics = { section: 'politiek', pubdate: '2020-07-05 10:12',"
                + " author: 'redactie' };</script>", "<article><h1>Gemeente presenteert plan</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2020-07-05T10:12", DateProvenance.SCRIPT));
    }

    @Test
    void aTimestampKeepsItsOwnOffsetAndItsDay() {
        HtmlExtraction x = extract(page("en", "<meta property=\"article:published_time\" content=\"2023-11-08T20:09:55-05:00\">",
                "<article><h1>Council unveils a plan for the centre</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-11-08T20:09:55-05:00", DateProvenance.META));
    }

    @Test
    void aUtcTimestampIsTakenInThePagesOwnOffset() {
        // the JSON-LD gives the instant in UTC, the page's other timestamps say it lives at -05:00
        HtmlExtraction x = extract(page("en", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T01:09:55+00:00\"}</script>"
                + "<meta property=\"article:modified_time\" content=\"2023-11-09T09:30:00-05:00\">",
                "<article><h1>Council unveils a plan for the centre</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-11-08T20:09:55-05:00", DateProvenance.JSON_LD));
    }

    @Test
    void aUtcTimestampOneDayOffTheDatePrintedByTheHeadlineGivesWayToIt() {
        HtmlExtraction x = extract(page("de", "<meta property=\"article:published_time\" content=\"2018-12-31T23:11:59+00:00\">",
                "<article><h1>Ins neue Jahr</h1><div class=\"entry-meta\">Veröffentlicht am 1. Januar 2019</div>" + BODY
                        + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2019-01-01", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void aModificationDateNeverStandsInForAPublicationDateThePageStates() {
        HtmlExtraction onlyModified = extract(page("de", "<meta property=\"article:modified_time\" content=\"2022-03-06T10:00:00+01:00\">",
                "<article>" + headline() + "<p class=\"changed-date\">Aktualisiert am 06.03.2022</p>" + BODY + "</article>"));
        // the page gives no publication date: the one day it states for the article is its date
        assertThat(onlyModified.published()).isEqualTo(new PublishedDate("2022-03-06T10:00:00+01:00", DateProvenance.META));
        assertThat(onlyModified.updated()).isEqualTo(new PublishedDate("2022-03-06T10:00:00+01:00", DateProvenance.META));

        HtmlExtraction both = extract(page("de", "<script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"dateModified\":\"2023-03-06\",\"datePublished\":\"2023-01-10\"}</script>",
                "<article>" + headline() + "<p class=\"changed-date\">Aktualisiert am 06. März 2023</p>" + BODY + "</article>"));
        assertThat(both.published()).isEqualTo(new PublishedDate("2023-01-10", DateProvenance.JSON_LD));
        assertThat(both.updated()).isEqualTo(new PublishedDate("2023-03-06", DateProvenance.JSON_LD));
    }

    @Test
    void datesOfRailsListsCommentsAndEmbedsAreRefused() {
        String article = "<article class=\"story\">" + headline() + BODY
                + "<blockquote class=\"twitter-tweet\"><p>Endlich!</p>— Anwohner (@anwohner) "
                + "<a href=\"https://twitter.com/anwohner/status/1\">February 2, 2022</a></blockquote></article>"
                + "<section class=\"related\"><h2>Mehr zum Thema</h2><ul>"
                + "<li><a href=\"/a\">Radwege werden breiter und sicherer</a> <time datetime=\"2022-01-20\">20.01.2022</time></li>"
                + "<li><a href=\"/b\">Neue Ampeln an der Hauptstraße</a> <time datetime=\"2022-01-18\">18.01.2022</time></li>"
                + "</ul></section><div class=\"teasers\">"
                + "<article class=\"teaser\"><h3><a href=\"/c\">Marktplatz wird umgebaut</a></h3><time datetime=\"2022-01-10\">10.01.2022</time></article>"
                + "<article class=\"teaser\"><h3><a href=\"/d\">Stadtbibliothek öffnet länger</a></h3><time datetime=\"2022-01-09\">09.01.2022</time></article>"
                + "</div><div id=\"comments\"><div class=\"comment\"><span class=\"comment-date\">3. Februar 2022</span>"
                + "<p>Gute Idee.</p></div></div>";
        HtmlExtraction x = extract(page("de", "", article));
        assertThat(x.published()).isNull();
        assertThat(x.updated()).isNull();
    }

    @Test
    void theVisibleDateByTheHeadlineIsReadInThePagesLanguage() {
        assertThat(visible("de", "<p class=\"meta\">Datum: 03.02.2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("de", "<p class=\"byline\">Peter Grimm / 07.11.2023 / 09:30</p>")).isEqualTo("2023-11-07");
        assertThat(visible("de", "<span class=\"date\">Donnerstag, 3. Februar 2022</span>")).isEqualTo("2022-02-03");
        assertThat(visible("fr", "<p class=\"signature\">Publié le 3 février 2022 à 10h15</p>")).isEqualTo("2022-02-03");
        assertThat(visible("es", "<p class=\"fecha\">Madrid, 3 de febrero de 2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("pl", "<p class=\"data\">Opublikowano: 3 lutego 2022 r.</p>")).isEqualTo("2022-02-03");
        assertThat(visible("pt", "<p class=\"data\">3 de fevereiro de 2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("it", "<p class=\"data\">Pubblicato il 3 febbraio 2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("nl", "<p class=\"datum\">3 februari 2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("ru", "<p class=\"date\">3 февраля 2022, 10:15</p>")).isEqualTo("2022-02-03");
        assertThat(visible("zh", "<p class=\"info\">发布时间：2022年2月3日 10:15</p>")).isEqualTo("2022-02-03");
        assertThat(visible("ja", "<p class=\"date\">2022年2月3日 10時15分</p>")).isEqualTo("2022-02-03");
        assertThat(visible("en", "<p class=\"byline\">By Jane Roe, February 3, 2022</p>")).isEqualTo("2022-02-03");
    }

    @Test
    void slashedDatesFollowThePagesLocale() {
        assertThat(visible("en-US", "<p class=\"date\">02/03/2022</p>")).isEqualTo("2022-02-03");
        assertThat(visible("en-GB", "<p class=\"date\">02/03/2022</p>")).isEqualTo("2022-03-02");
        assertThat(visible("es", "<p class=\"fecha\">02/03/2022</p>")).isEqualTo("2022-03-02");
        HtmlExtraction unknown = extract(page("en", "", "<article>" + headline() + "<p class=\"date\">02/03/2022</p>"
                + BODY + "</article>"));
        assertThat(unknown.published()).isNull();
    }

    private static String visible(String lang, String byline) {
        HtmlExtraction x = extract(page(lang, "", "<article>" + headline() + byline + BODY + "</article>"));
        assertThat(x.published()).isNotNull();
        assertThat(x.published().provenance()).isEqualTo(DateProvenance.VISIBLE_TEXT);
        return x.published().value();
    }

    @Test
    void aDatelineOpeningTheLeadIsTheDateButADateInRunningTextIsNot() {
        HtmlExtraction dateline = extract(page("de", "", "<article>" + headline() + "<p><strong>Karlsruhe (12.11.2021).</strong>"
                + " Die Landeskirche lädt zu einem digitalen Gedenken ein, das in diesem Jahr erstmals online stattfindet"
                + " und Trauernden aus dem ganzen Land offensteht.</p>" + BODY + "</article>"));
        assertThat(dateline.published()).isEqualTo(new PublishedDate("2021-11-12", DateProvenance.VISIBLE_TEXT));

        HtmlExtraction prose = extract(page("de", "", "<article>" + headline() + "<p>Die Gemeinde hat das Konzept bereits"
                + " am 3. Februar 2022 im Rat beraten, nachdem Anwohner über Jahre mehr Platz für Fußgänger und"
                + " Radfahrer gefordert hatten; eine Entscheidung soll im Frühjahr fallen.</p>" + BODY + "</article>"));
        assertThat(prose.published()).isNull();
    }

    @Test
    void aPublicationAnnouncedBelowTheArticleCountsButNotOneInItsText() {
        String longBody = BODY.repeat(4);
        HtmlExtraction below = extract(page("fr", "", "<article><h1>La ville présente son plan</h1>" + longBody
                + "<div class=\"signature\">Publié le 3 février 2022 par la rédaction</div></article>"));
        assertThat(below.published()).isEqualTo(new PublishedDate("2022-02-03", DateProvenance.VISIBLE_TEXT));

        HtmlExtraction inText = extract(page("en", "", "<article><h1>Council unveils a plan for the centre</h1>" + longBody
                + "<p>The plan follows a report on traffic in the old town, published on 3 February 2022 by the county's"
                + " transport office after two years of counting cyclists and pedestrians.</p></article>"));
        assertThat(inText.published()).isNull();
    }

    @Test
    void compactTimestampsOfMetaTagsAreRead() {
        HtmlExtraction x = extract(page("en", "<meta name=\"ptime\" content=\"20200705101200\">",
                "<article><h1>Council unveils a plan for the centre</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2020-07-05T10:12:00", DateProvenance.META));
    }

    @Test
    void noDatePrintedGivesNull() {
        HtmlExtraction x = extract(page("de", "", "<article>" + headline() + BODY + "</article>"));
        assertThat(x.published()).isNull();
        assertThat(x.updated()).isNull();
    }

    @Test
    void theUrlIsTheLastResort() {
        HtmlExtraction x = EXTRACTOR.extract(page("en", "", "<article><h1>Council unveils a plan for the centre</h1>" + BODY
                + "</article>"), "https://news.example/education/2020/oct/02/council-plan");
        assertThat(x.published()).isEqualTo(new PublishedDate("2020-10-02", DateProvenance.URL));
    }

    @Test
    void aPageThatPrintsOnlyItsStandGivesThatDay() {
        HtmlExtraction stand = extract(page("de", "", "<article>" + headline()
                + "<div class=\"articleMeta\"><p class=\"webtime\">Stand: 20. April 2020, 14:57 Uhr</p></div>" + BODY + "</article>"));
        assertThat(stand.published()).isEqualTo(new PublishedDate("2020-04-20", DateProvenance.VISIBLE_TEXT));
        assertThat(stand.updated()).isEqualTo(new PublishedDate("2020-04-20", DateProvenance.VISIBLE_TEXT));

        // a server's Last-Modified header copied into the page says when the file changed, not the article
        HtmlExtraction server = extract(page("de", "<meta http-equiv=\"last-modified\" content=\"2024-01-05\">",
                "<article>" + headline() + BODY + "</article>"));
        assertThat(server.published()).isNull();
    }

    @Test
    void aPageWrappedInOneFormStillShowsItsByline() {
        String html = "<!DOCTYPE html><html lang=\"fr\"><head><title>La ville présente son plan - Le Petit Quotidien</title>"
                + "</head><body><form id=\"aspnetForm\" method=\"post\" action=\"./article.aspx\">"
                + "<div class=\"menu\"><a href=\"/\">Accueil</a></div><div class=\"contenu\">"
                + "<h1>La ville présente son plan</h1><div class=\"auteur\">Marie Dupont – 12 novembre 2021</div>"
                + "<p>La municipalité a présenté mardi soir un plan de circulation qui réserve davantage de place aux piétons"
                + " et aux cyclistes dans le centre historique, une demande ancienne des riverains.</p>"
                + "<p>Les travaux doivent commencer au printemps et durer deux ans, selon l'adjoint chargé de la voirie.</p>"
                + "<p>Les commerçants, consultés à plusieurs reprises, restent partagés sur la suppression des places de"
                + " stationnement le long des quais, qui leur amènent selon eux une grande partie de leur clientèle.</p>"
                + "</div></form></body></html>";
        assertThat(extract(html).published()).isEqualTo(new PublishedDate("2021-11-12", DateProvenance.VISIBLE_TEXT));

        // a small form beside the article (a search box, a newsletter sign-up) stays foreign
        HtmlExtraction widget = extract(page("fr", "", "<article><h1>La ville présente son plan</h1>" + BODY
                + "</article><form class=\"inscription\"><label>Lettre du 12 novembre 2021</label><input name=\"e\"></form>"));
        assertThat(widget.published()).isNull();
    }

    @Test
    void linesOfTheBylineBlockAreNotAListOfOtherPosts() {
        // three lines of the same class under the title, one a link to the day's archive
        HtmlExtraction x = extract(page("es", "", "<article><header><h1>Neues Konzept für die Innenstadt</h1>"
                + "<div class=\"info\"><p class=\"info-txt\">Por <a href=\"/autores/lucia-perez\">Lucía Pérez</a></p>"
                + "<p class=\"info-txt\"><a href=\"/archivo/2023/10/18\">miércoles, 18 de octubre de 2023</a> a las 12:50</p>"
                + "<p class=\"info-txt\"><a href=\"/ciudad\">Ciudad</a> | <a href=\"#comentarios\">3</a></p></div></header>"
                + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-10-18", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void theArticlesOwnSideColumnIsNotTheSitesRail() {
        HtmlExtraction own = extract(page("pl", "", "<article>" + headline() + "<div class=\"article-body\">" + BODY + "</div>"
                + "<div class=\"article-sidebar-wrapper\"><p class=\"autor\">Anna Nowak</p><p class=\"data\">5 lutego 2020</p>"
                + "</div></article>"));
        assertThat(own.published()).isEqualTo(new PublishedDate("2020-02-05", DateProvenance.VISIBLE_TEXT));

        HtmlExtraction rail = extract(page("pl", "", "<article>" + headline() + BODY + "</article><div class=\"sidebar-right\">"
                + "<h2>Najnowsze</h2><p class=\"data\">5 lutego 2020</p><a href=\"/inny\">Nowy most na Wiśle otwarty dla ruchu</a></div>"));
        assertThat(rail.published()).isNull();
    }

    @Test
    void aTeaserOfTheSameArticleInTheMenuIsNotItsHeadline() {
        String title = "Hà Nội mở rộng không gian đi bộ quanh hồ Gươm";
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><title>" + title + " | Báo Thành Phố</title></head><body>"
                + "<nav><ul><li><h2><a href=\"/ha-noi-mo-rong\">" + title + "</a></h2>"
                + "<span class=\"date\">2 tháng 11, 2023</span></li></ul></nav><div class=\"wrap has-sidebar\"><main><article><h1>" + title + "</h1>"
                + "<p class=\"time\">6 tháng 11, 2023</p><p>Thành phố sẽ mở rộng không gian đi bộ quanh hồ Gươm từ cuối tuần"
                + " này, theo kế hoạch được Ủy ban nhân dân thành phố công bố hôm thứ hai.</p><p>Các tuyến phố xung quanh sẽ"
                + " cấm xe cơ giới từ chiều thứ sáu đến hết chủ nhật, người dân được khuyến khích đi bộ và đi xe đạp.</p>"
                + "</article></main><div class=\"sidebar\"><p>Quảng cáo</p></div></div></body></html>";
        assertThat(extract(html).published()).isEqualTo(new PublishedDate("2023-11-06", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void aCaptionSentenceInACreditsBlockIsRunningText() {
        HtmlExtraction x = extract(page("fr", "", "<article><h1>La ville présente son plan</h1><div class=\"visuel\">"
                + "<span class=\"visuel-credits\"><p>Le 14 mars 2020, le maire avait déjà présenté une première version du"
                + " plan aux habitants du quartier, qui l'avaient rejetée en bloc.</p></span></div>"
                + "<p class=\"article-infos\">Par <a href=\"/auteurs/n\">Nicolas Martin</a> le <a href=\"/archives\">14.09.2020"
                + " à 11h46</a></p>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2020-09-14", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void lastResortTheFirstDateOnALineOfItsOwnInTheArticle() {
        String longBody = BODY.repeat(5);
        HtmlExtraction end = extract(page("zh", "", "<article class=\"article\"><h1>城市公布新的交通规划</h1>" + longBody
                + "<div class=\"article__extra\"><span>2022年8月14日 15:40</span></div></article>"));
        assertThat(end.published()).isEqualTo(new PublishedDate("2022-08-14", DateProvenance.VISIBLE_TEXT));

        // a date inside a sentence of the article is not its date
        HtmlExtraction inText = extract(page("de", "", "<article class=\"article\">" + headline() + longBody
                + "<p>Der Rat hatte das Konzept bereits am 14. August 2022 beraten, nachdem Anwohner jahrelang mehr Platz"
                + " für Fußgänger gefordert hatten.</p></article>"));
        assertThat(inText.published()).isNull();
    }

    @Test
    void aTimestampAPageScriptKeysIsTheLastResortWhenThePageStatesNoDate() {
        String script = "<script>window.datos = {\"seccion\": \"local\", \"fechaPublicacion\": \"2021-03-04T10:15:00+01:00\"};"
                + "</script>";
        HtmlExtraction x = extract(page("es", script, "<article><h1>La ciudad presenta su plan</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2021-03-04T10:15:00+01:00", DateProvenance.MARKUP));

        // a date the page prints by the headline is more trusted than any timestamp in its scripts
        HtmlExtraction printed = extract(page("es", script, "<article><h1>La ciudad presenta su plan</h1>"
                + "<p class=\"fecha\">5 de marzo de 2021</p>" + BODY + "</article>"));
        assertThat(printed.published().value()).isEqualTo("2021-03-05");
    }

    @Test
    void aTimestampInTheArticlesAttributesCountsButNotOneInARail() {
        HtmlExtraction x = extract(page("pl", "", "<aside class=\"sidebar\"><ul><li data-czas=\"2020-01-09T07:45:00+01:00\">"
                + "<a href=\"/inny\">Inny artykuł</a></li></ul></aside><article data-czas=\"2023-06-01T14:05:00+02:00\">"
                + "<h1>Miasto przedstawia nowy plan</h1>" + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-06-01T14:05:00+02:00", DateProvenance.MARKUP));
    }

    @Test
    void timestampsOfAnotherMomentABareListValueOrMidnightAreNotAPublicationDate() {
        String article = "<article><h1>Miasto przedstawia nowy plan</h1>" + BODY + "</article>";
        assertThat(extract(page("pl", "<script>var strona = {\"lastModified\": \"2023-06-02T09:00:00Z\","
                + " \"serverNow\": \"2024-01-01T10:00:00Z\"};</script>", article)).published()).isNull();
        assertThat(extract(page("pl", "<script>dane.push([\"Sekcja\", \"2013-09-12T08:30:00+02:00\"]);</script>", article))
                .published()).isNull();
        assertThat(extract(page("pl", "<script>var k = {\"kategoriaOd\": \"2013-09-12T00:00:00+0200\"};</script>", article))
                .published()).isNull();
        assertThat(extract(page("pl", "<script>var k = {\"dataPublikacji\": \"2999-09-12T08:30:00+02:00\"};</script>",
                article)).published()).isNull(); // a day in the future is no publication day
    }

    @Test
    void aDateNamedAttributeOfTheArticleIsReadBeforeAScriptTimestamp() {
        String script = "<script>var seite = {\"erstellt\": \"2019-02-11T10:20:00+01:00\"};</script>";
        HtmlExtraction de = extract(page("de", script, "<article><header>" + headline()
                + "<div class=\"zeitleiste\" data-date=\"18. März 2020\"><p>Kurz gefasst</p></div></header>" + BODY + "</article>"));
        assertThat(de.published()).isEqualTo(new PublishedDate("2020-03-18", DateProvenance.MARKUP));

        HtmlExtraction fr = extract(page("fr", "", "<article data-publication=\"2021-11-12\"><h1>La ville présente son plan</h1>"
                + BODY + "</article>"));
        assertThat(fr.published()).isEqualTo(new PublishedDate("2021-11-12", DateProvenance.MARKUP));

        // an attribute that names another moment, or one of a rail, is not the article's
        HtmlExtraction other = extract(page("fr", "", "<aside class=\"related\"><a data-date=\"2020-01-09\" href=\"/b\">Autre</a>"
                + "</aside><article data-date-modification=\"2021-11-15\"><h1>La ville présente son plan</h1>" + BODY + "</article>"));
        assertThat(other.published()).isNull();
    }

    @Test
    void theArticleItemsDatePublishedIsReadInsideAMetaAside() {
        // the aside is the article's own meta column: the item around it is the article that holds the headline
        HtmlExtraction x = extract(page("de", "", "<article itemscope itemtype=\"http://schema.org/Article\">"
                + "<header>" + headline() + "</header><aside class=\"meta\"><p>Von: Anna Beispiel</p>"
                + "<time itemprop=\"datePublished\" datetime=\"2023-10-18T11:45:00+02:00\">18. Okt. 2023</time></aside>"
                + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-10-18T11:45:00+02:00", DateProvenance.MICRODATA));

        HtmlExtraction other = extract(page("de", "", "<article>" + headline() + BODY + "</article><aside class=\"rail\">"
                + "<div itemscope itemtype=\"http://schema.org/Article\"><h3>Anderes Thema</h3>"
                + "<time itemprop=\"datePublished\" datetime=\"2023-09-01\">1. Sep. 2023</time></div></aside>"));
        assertThat(other.published()).isNull();
    }

    @Test
    void aDateLineThatSharesItsBlockWithTheHeadlineAndTheLeadIsRead() {
        // a header printed inside a figcaption: date line, headline and lead in one block
        String header = "<figure><img src=\"/a.jpg\" alt=\"\"></figure><figcaption><small>31.01.2022&nbsp; Lokales</small>"
                + headline() + "<p>Die Gemeinde hat am Abend ein neues Konzept für die Innenstadt vorgestellt, das mehr"
                + " Platz für Fußgänger schaffen soll und lange gefordert wurde.</p></figcaption>";
        HtmlExtraction x = extract(page("de", "", "<article>" + header + BODY + "</article>"));
        assertThat(x.published()).isEqualTo(new PublishedDate("2022-01-31", DateProvenance.VISIBLE_TEXT));

        HtmlExtraction running = extract(page("es", "", "<article>" + headline() + "<p>El ayuntamiento aprobó el "
                + "31.01.2022 un plan para la plaza mayor, con más árboles, bancos nuevos y una fuente restaurada.</p>"
                + BODY + "</article>"));
        assertThat(running.published()).isNull();
    }
}
