package org.attache.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Main text on pages of the wider web, written for these tests in several languages: each test isolates one
 * mechanism (the publisher's full text behind a printed teaser, galleries told in captions, the article
 * around the headline, a long article beside teaser excerpts, leads and furniture cues).
 */
class WebTextTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    @Test
    void aBodyPrintedOnlyInPartIsTakenWholeFromTheJsonLdArticleBody() {
        String first = "Die Stadtwerke von Lindenau haben am Montag ein neues Solarfeld am Rand des Gewerbegebiets "
                + "in Betrieb genommen, das rund zweitausend Haushalte mit Strom versorgen soll.";
        String rest = "Der Bau dauerte vierzehn Monate und kostete nach Angaben der Stadt knapp sechs Millionen Euro. "
                + "Ein Teil der Fläche bleibt für Schafe frei, die das Gras zwischen den Modulreihen kurz halten. "
                + "Im Herbst soll ein Batteriespeicher folgen, damit der Strom auch abends genutzt werden kann. "
                + "Die Bürgermeisterin sprach von einem wichtigen Schritt für die Energiewende in der Region.";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Solarfeld in "
                + "Lindenau eröffnet\",\"articleBody\":\"" + first + " " + rest + "\"}</script>";
        String html = page("<title>Solarfeld in Lindenau eröffnet</title>" + ld,
                "<article><h1>Solarfeld in Lindenau eröffnet</h1>" + p(first)
                        + "<div class=\"paywall\"><a href=\"/abo\">Jetzt weiterlesen</a></div></article>");

        HtmlExtraction x = extractor.extract(html, "https://lindenau.example/solarfeld");

        assertThat(x.paragraphs()).containsExactly(first, rest);
    }

    @Test
    void aBodyTheJsonLdDoesNotExtendIsKept() {
        String one = "La municipalidad de San Telmo inauguró el martes una biblioteca en la antigua estación de "
                + "trenes, con salas de lectura, talleres para niños y un archivo de fotografías del barrio.";
        String two = "Los vecinos podrán llevarse hasta cinco libros por semana, y los sábados habrá lecturas en voz "
                + "alta en el andén, que conserva los bancos de madera originales.";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + one + " "
                + two + "\"}</script>";
        String html = page("<title>Nueva biblioteca en San Telmo</title>" + ld,
                "<article><h1>Nueva biblioteca en San Telmo</h1>" + p(one) + p(two) + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two);
    }

    @Test
    void aGalleryToldInItsCaptionsIsReadAsTheBody() {
        String intro = "Five easy costumes for the school party.";
        StringBuilder slides = new StringBuilder();
        String[] items = {
            "1. The lighthouse keeper: a yellow raincoat, a knitted hat and a torch are all it takes.",
            "2. The astronaut: white overalls, silver tape on the sleeves and a cardboard helmet.",
            "3. The gardener: dungarees, a straw hat and a watering can filled with paper flowers.",
            "4. The detective: a long coat, a magnifying glass and a notebook full of clues.",
        };
        for (String item : items) {
            slides.append("<figure><img src=\"x.jpg\"><figcaption>").append(item).append("</figcaption></figure>");
        }
        String html = page("<title>Easy costumes</title>", "<article><h1>Easy costumes</h1>" + p(intro) + slides
                + "</article>");

        HtmlExtraction x = extractor.extract(html, null);

        assertThat(x.paragraphs()).containsExactly(intro, items[0], items[1], items[2], items[3]);
        assertThat(x.captions()).isEmpty();
    }

    @Test
    void captionsBesideALongerBodyStayCaptions() {
        String body = "Rada miasta zatwierdziła w czwartek plan remontu mostu nad rzeką, który od lat wymagał "
                + "naprawy. Prace mają potrwać dwa lata i zostaną podzielone na trzy etapy, aby ruch nie został "
                + "całkowicie wstrzymany. Koszt inwestycji oszacowano na czterdzieści milionów złotych.";
        String html = page("<title>Remont mostu</title>", "<article><h1>Remont mostu</h1>" + p(body)
                + "<figure><figcaption>Most o zmierzchu.</figcaption></figure>"
                + "<figure><figcaption>Rzeka zimą.</figcaption></figure>"
                + "<figure><figcaption>Plan prac.</figcaption></figure></article>");

        HtmlExtraction x = extractor.extract(html, null);

        assertThat(x.paragraphs()).containsExactly(body);
        assertThat(x.captions()).containsExactly("Most o zmierzchu.", "Rzeka zimą.", "Plan prac.");
    }

    @Test
    void theBodyIsLookedForInTheArticleAroundTheHeadline() {
        String body = "Il consiglio comunale di Vallerosa ha approvato ieri il nuovo piano per il trasporto "
                + "pubblico, che prevede due linee di autobus elettrici, corse ogni quindici minuti nelle ore di "
                + "punta e un abbonamento ridotto per studenti e pensionati. I lavori alle fermate inizieranno a "
                + "marzo, mentre i primi mezzi entreranno in servizio prima dell'estate.";
        String more = "Secondo il sindaco, il piano ridurrà il traffico nel centro storico e renderà più facile "
                + "raggiungere l'ospedale e le scuole superiori dalle frazioni di collina.";
        StringBuilder popup = new StringBuilder("<div class=\"overlay-box\" id=\"box-7\">");
        for (int i = 1; i <= 6; i++) {
            popup.append(p("Corso di formazione, modulo " + i + ": lezioni, esercitazioni, verifiche, materiali, "
                    + "tutoraggio, certificati, orari, sedi, iscrizioni, quote, sconti, rimborsi e contatti."));
        }
        popup.append("</div>");
        String html = page("<title>Vallerosa, nuovo piano dei trasporti</title>",
                "<main><article><h1>Vallerosa, nuovo piano dei trasporti</h1><div class=\"entry\">" + p(body)
                        + p(more) + "</div></article></main>" + popup);

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(body, more);
    }

    @Test
    void aLongArticleIsPreferredToShortTeaserExcerptsThatOutscoreIt() {
        String article = "Le conseil régional a présenté mardi son plan pour les lignes ferroviaires de montagne, "
                + "qui desservent une vingtaine de villages isolés et trois stations de ski. Le budget prévu couvre "
                + "la voie, les gares et l'achat de six rames neuves, livrées à partir de l'année prochaine. "
                + "Les travaux commenceront au printemps sur la ligne des Cols et dureront deux saisons. "
                + "Les horaires seront adaptés pendant le chantier et des cars remplaceront les trains le soir. "
                + "Les élus espèrent doubler la fréquentation d'ici cinq ans grâce à des correspondances mieux "
                + "pensées et à des tarifs réduits pour les jeunes et les saisonniers.";
        StringBuilder teasers = new StringBuilder("<div class=\"grid\">");
        for (int i = 1; i <= 5; i++) {
            teasers.append("<div class=\"post-card\"><h3><a href=\"/n/").append(i).append("\">Autre nouvelle numéro ")
                    .append(i).append(" de la semaine</a></h3><div class=\"post-excerpt\"><p>Marchés, écoles, routes, "
                            + "musées, parcs, budgets, fêtes, sports, élus, votes, travaux, tarifs, horaires: résumé ")
                    .append(i).append("</p></div></div>");
        }
        teasers.append("</div>");
        String html = page("<title>Lignes de montagne</title>", "<div class=\"column\"><h1>Lignes de montagne</h1>"
                + "<div class=\"box\">" + p(article) + "</div></div>" + teasers);

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(article);
    }

    @Test
    void aHeadlineMarkedAsSuchIsThePrintedTitle() {
        String body = "De gemeenteraad van Oosterdam heeft dinsdag besloten de oude veerpont te vervangen door een "
                + "elektrische boot, die vanaf volgend jaar elk half uur de rivier oversteekt.";
        String html = page("<title>Nieuwe veerpont voor Oosterdam | Dagblad Oost</title>",
                "<div class=\"story\"><h2 itemprop=\"headline\">Nieuwe veerpont voor Oosterdam</h2>" + p(body)
                        + p(body.replace("dinsdag", "woensdag")) + "</div>");

        HtmlExtraction x = extractor.extract(html, null);

        assertThat(x.title()).isEqualTo("Nieuwe veerpont voor Oosterdam");
        assertThat(x.paragraphs()).first().isEqualTo(body);
    }

    @Test
    void aHeadlineThatOpensWithTheShortMetadataTitleIsThePrintedTitle() {
        String[][] cases = {
            {"Leudot talvet väsyttävät", "Leudot talvet väsyttävät – näillä keinoilla jaksat pimeän ajan",
                "Pimeä vuodenaika vaikuttaa mielialaan ja unen laatuun suurella osalla aikuisista, kertoo tutkija."},
            {"Rezension: Härting", "Rezension: Härting – Internetrecht, 5. Auflage",
                "Das Handbuch zum Internetrecht erscheint in fünfter Auflage und ist um zweihundert Seiten gewachsen."},
            {"Nueva biblioteca en San Telmo", "Nueva biblioteca en San Telmo: abre en la vieja estación",
                "La municipalidad inauguró el martes una biblioteca en la antigua estación de trenes del barrio."},
        };
        for (String[] c : cases) {
            // a logo printed as a second h1, so the page's only h1 is not the headline by default
            String html = page("<meta property=\"og:title\" content=\"" + c[0] + "\">",
                    "<h1 class=\"logo\">Das Blatt</h1><div class=\"post\"><h1>" + c[1] + "</h1>" + p(c[2])
                            + p(c[2].replace("a", "à")) + "</div>");

            HtmlExtraction x = extractor.extract(html, null);

            assertThat(x.title()).isEqualTo(c[1]);
            assertThat(x.paragraphs()).first().isEqualTo(c[2]);
        }
    }

    @Test
    void aHeadingThatOnlyMentionsTheTitleOrOpensWithOneWordOfItIsNotTheHeadline() {
        assertThat(Headline.opensWith("Anmeldung zum Barcamp Graz 2015", "Barcamp Graz 2015")).isZero();
        assertThat(Headline.opensWith("Emden – Sehenswürdigkeiten und Attraktionen", "Emden")).isZero();
        assertThat(Headline.opensWith("Barcamp Graz 2015", "Barcamp Graz 2015")).isZero(); // the same words: the word match's case
        assertThat(Headline.opensWith("Barcamp Graz 2015 – Politcamp", "Barcamp Graz 2015")).isPositive();
    }

    @Test
    void pointersToOtherStoriesAndCallsToActionLeaveTheBodyInEachLanguage() {
        String de = "Der Landtag hat am Mittwoch das neue Schulgesetz beschlossen, das kleinere Klassen und mehr "
                + "Lehrkräfte an Grundschulen vorsieht.";
        String es = "El gobierno regional anunció el miércoles un plan para renovar los hospitales de la costa, "
                + "con nuevas salas de urgencias y más camas.";
        List<String> furniture = List.of("Mehr zum Thema: Lehrermangel in Sachsen", "Lea también: Los hospitales del norte",
                "Abonnieren Sie unseren Newsletter");
        String html = page("<title>Schulgesetz</title>", "<article><h1>Schulgesetz</h1>" + p(de)
                + "<p>Mehr zum Thema: <a href=\"/a\">Lehrermangel in Sachsen</a></p>" + p(es)
                + "<p>Lea también: <a href=\"/b\">Los hospitales del norte</a></p>"
                + p("Abonnieren Sie unseren Newsletter") + "</article>");

        List<String> body = extractor.extract(html, null).paragraphs();

        assertThat(body).containsExactly(de, es);
        assertThat(String.join(" ", body)).doesNotContain(furniture.get(0), furniture.get(1), furniture.get(2));
    }

    @Test
    void aLeadPrintedBetweenTheHeadlineAndTheBodyIsRecovered() {
        String lead = "La ville de Port-Aubin ouvre un nouveau marché couvert sur les quais, après trois ans de travaux.";
        String body = "Le marché accueillera une quarantaine d'étals de producteurs locaux, du mardi au dimanche, et "
                + "une halle pour les pêcheurs qui vendaient jusqu'ici leur poisson sur le parking du port. ";
        String html = page("<title>Un marché couvert à Port-Aubin</title>",
                "<header><h1>Un marché couvert à Port-Aubin</h1></header><div class=\"top\"><p class=\"chapo\">"
                        + lead + "</p></div><div class=\"content\">" + p(body) + p(body.replace("mardi", "lundi"))
                        + "</div>");

        assertThat(extractor.extract(html, null).paragraphs()).first().isEqualTo(lead);
    }

    @Test
    void illustrationLabelsPrintFootersAndCommissionNoticesLeaveTheBodyInEachLanguage() {
        String de = "Der Gemeinderat von Altbrunn hat am Dienstag beschlossen, die alte Mühle am Bach zu einem "
                + "Museum für Handwerk umzubauen; die Arbeiten sollen im Frühjahr beginnen.";
        String fr = "Le conseil municipal de Port-Aubin a voté mardi la rénovation du vieux moulin, qui deviendra un "
                + "musée de l'artisanat ouvert dès le printemps prochain.";
        String es = "El ayuntamiento de San Telmo aprobó el martes la compra del antiguo molino, que se convertirá "
                + "en un museo de oficios con talleres para escuelas.";
        List<String> furniture = List.of(
                "Photo d'illustration : un moulin à eau en Bretagne, par Jean Dupont",
                "(Symbolbild)",
                "Imagen ilustrativa",
                "Dieser Artikel wurde ausgedruckt unter der Adresse: https://altbrunn.example/muehle-museum",
                "Article printed from Port-Aubin Daily: https://port-aubin.example/moulin",
                "Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten.",
                "Este artículo contiene enlaces por los que recibimos una comisión si compras.");
        StringBuilder html = new StringBuilder("<article><h1>Die Mühle wird Museum</h1>").append(p(de))
                .append(p(furniture.get(0))).append(p(furniture.get(1))).append(p(fr)).append(p(furniture.get(2)))
                .append(p(es));
        for (String f : furniture.subList(3, furniture.size())) {
            html.append(p(f));
        }
        html.append("</article>");

        List<String> body = extractor.extract(page("<title>Die Mühle wird Museum</title>", html.toString()), null)
                .paragraphs();

        assertThat(body).containsExactly(de, fr, es);
    }

    @Test
    void aCommissionOrAPrintedArticleTalkedAboutInProseStays() {
        String one = "Der Makler erhält beim Verkauf eine Provision von drei Prozent, die sich Käufer und Verkäufer "
                + "seit der Reform teilen; viele Käufer wissen das noch nicht.";
        String two = "Die Zeitung wurde 1920 zum ersten Mal gedruckt, und ihr Archiv ist seit diesem Jahr unter "
                + "www.archiv.example/zeitung für alle frei zugänglich.";
        String three = "Symbolbilder sind in der Berichterstattung umstritten, weil sie Leser über den Ort eines "
                + "Geschehens täuschen können, sagt die Medienforscherin.";
        String html = page("<title>Provisionen</title>", "<article><h1>Provisionen</h1>" + p(one) + p(two) + p(three)
                + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two, three);
    }

    @Test
    void aCaptionBetweenTheHeadlineAndTheBodyIsNotTheLeadEvenWhenItsItemCallsItTheDescription() {
        String caption = "Ein Radfahrer fährt im Februar am Ufer der Elbe entlang, hinter ihm die neue Brücke.";
        String lead = "Die neue Elbbrücke in Neustadt ist nach drei Jahren Bauzeit für den Verkehr freigegeben worden.";
        String body = "Die Brücke hat zwei Fahrspuren und einen breiten Radweg; sie ersetzt die alte Fähre, die seit "
                + "hundert Jahren zwischen den beiden Ufern verkehrte und nun ins Museum kommt.";
        String html = page("<title>Neue Elbbrücke freigegeben</title>",
                "<header><h1>Neue Elbbrücke freigegeben</h1><p class=\"lead\">" + lead + "</p><figure><img src=\"b.jpg\">"
                        + "<figcaption><span itemprop=\"description\">" + caption + "</span></figcaption></figure>"
                        + "</header><div class=\"content\">" + p(body) + p(body.replace("zwei", "vier")) + "</div>");

        List<String> paragraphs = extractor.extract(html, null).paragraphs();

        assertThat(paragraphs).first().isEqualTo(lead);
        assertThat(paragraphs).doesNotContain(caption);
    }

    @Test
    void textIsFoldedInOnePassAsBefore() {
        assertThat(Texts.norm("  a\t\u00A0b\u200B\nc\u0001d \uFEFF ")).isEqualTo("a b cd");
        assertThat(Texts.norm("Cafe\u0301 \uD83D\uDE00 x\uD800y")).isEqualTo("Café \uD83D\uDE00 xy");
        assertThat(Texts.norm("")).isEmpty();
        assertThat(Texts.norm(null)).isNull();
    }
    @Test
    void aShortArticleInsideABlockWithAWeakFurnitureNameIsKept() {
        // page builders call whole articles "widget" or "promo": a weak name never takes most of a page's prose
        String one = "El puente de Valdecruz reabre el lunes tras tres meses de obras.";
        String two = "La circulación será alterna hasta el viernes.";
        String html = page("<title>Reabre el puente de Valdecruz</title>",
                "<div class=\"site\"><a href=\"/\">Diario de Valdecruz</a></div><div class=\"widget promo-box\">"
                        + p(one) + p(two) + "</div><h1>Reabre el puente de Valdecruz</h1>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two);
    }

    @Test
    void aSyndicationOrViralBoxAfterTheArticleIsNotBody() {
        String one = "Die Gemeinde Oberwald hat am Dienstag beschlossen, die alte Dorfschule zu einem Bürgerhaus mit "
                + "Bibliothek, Café und zwei Räumen für Vereine umzubauen.";
        String two = "Die Kosten von 1,2 Millionen Euro trägt zur Hälfte das Land; der Umbau soll im Sommer beginnen.";
        String html = page("<title>Alte Dorfschule wird Bürgerhaus</title>",
                "<main><h1>Alte Dorfschule wird Bürgerhaus</h1>" + p(one) + p(two)
                        + "<div class=\"viral-box\"><p>Diese drei Rezepte lieben gerade alle unsere Leserinnen und Leser.</p></div>"
                        + "<div class=\"syndication\"><p>Dieser Artikel erschien zuerst in der Oberwalder Rundschau.</p></div></main>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two);
    }

    @Test
    void aHeadingOrAnAnnouncingLineAfterTheLastProseIsNotBody() {
        // what they announced (a list of links, a box of other stories) was taken out as a rail
        String fi = "Kaupunginvaltuusto päätti maanantaina rakentaa uuden uimahallin vanhan urheilukentän paikalle.";
        String fr = "La mairie de Saint-Orens a voté lundi la rénovation complète de la piscine municipale, fermée "
                + "depuis deux ans.";
        String html = page("<title>Uusi uimahalli</title>", "<article><h1>Uusi uimahalli</h1>" + p(fi) + p(fr)
                + p("Lue aiheesta lisää:") + "<h3>Meistgelesen</h3><ul><li><a href=\"/a\">Andere Sache</a></li>"
                + "<li><a href=\"/b\">Noch eine</a></li></ul>" + p("La rédaction vous conseille :") + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(fi, fr);
    }

    @Test
    void headingsAndAnnouncingLinesFollowedByProseOrPullQuotesAtTheEndStay() {
        String intro = "El ayuntamiento de Villanueva presentó el jueves los presupuestos del próximo año:";
        String list = "Más dinero para el transporte escolar y para las bibliotecas de los barrios del sur.";
        String heading = "Was die Opposition sagt";
        String after = "Die Opposition nannte den Haushalt mutlos und kündigte eigene Anträge an.";
        String pullQuote = "Die Stadt spart an der falschen Stelle.";
        String html = page("<title>Presupuestos</title>", "<article><h1>Presupuestos</h1>" + p(intro) + p(list)
                + "<h2>" + heading + "</h2>" + p(after) + "<h4>" + pullQuote + "</h4></article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(intro, list, heading, after, pullQuote);
    }

    @Test
    void widgetsPrintedBeforeTheirScriptRanAndListenControlsAreNotBody() {
        String de = "Der Stadtrat von Birkenau hat am Dienstag einen neuen Radweg entlang des Flusses beschlossen.";
        String es = "La obra costará unos dos millones de euros y estará lista antes del verano próximo.";
        String html = page("<title>Radweg</title>", "<article><h1>Radweg</h1>" + p("ख़बर सुनें") + p(de)
                + p("Klicken Sie auf den unteren Button, um den Inhalt nachzuladen.") + p(es)
                + p("%d Bloggern gefällt das:") + p("GD Star Rating loading...") + p("Artikel anhören") + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(de, es);
    }

    @Test
    void readAlsoLabelsInFrenchGermanAndFinnishLeaveTheBody() {
        String fr = "Le conseil régional a adopté jeudi un plan de douze millions d'euros pour les lignes de car rurales.";
        String fi = "Maakuntahallitus hyväksyi torstaina suunnitelman, jolla maaseudun bussilinjoja lisätään ensi vuonna.";
        String html = page("<title>Cars</title>", "<article><h1>Cars</h1>" + p(fr)
                + "<p>La rédaction vous conseille : <a href=\"/x\">Les trains régionaux en retard</a></p>" + p(fi)
                + "<p>Lue myös: <a href=\"/y\">Junaliikenne</a></p>"
                + "<p>Diese Artikel könnten Sie auch interessieren: <a href=\"/z\">Busse</a></p>" + p(fr.replace("jeudi", "vendredi"))
                + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(fr, fi, fr.replace("jeudi", "vendredi"));
    }

    @Test
    void photoCreditsOfTheirOwnAreNotBodyInEachLanguage() {
        String de = "Die Feuerwehr von Talheim hat am Samstag ein neues Gerätehaus am Ortsrand bezogen.";
        String pl = "Nowa remiza kosztowała gminę ponad dwa miliony złotych i powstała w rok.";
        String fr = "Les pompiers de Montval ont inauguré samedi une caserne neuve à l'entrée du village.";
        String html = page("<title>Gerätehaus</title>", "<article><h1>Gerätehaus</h1>" + p("(Foto: Max Beispiel)") + p(de)
                + p("Bildnachweis: Gemeinde Talheim") + p(pl) + p("Źródło zdjęcia głównego: Jan Przykład/Agencja")
                + p(fr) + p("Crédit photo : Mairie de Montval") + p("© Feuerwehr Talheim 2022") + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(de, pl, fr);
    }

    @Test
    void aSentenceAboutAPhotographIsNotACredit() {
        String one = "Foto und Film waren die Themen der Ausstellung, die am Sonntag im Rathaus zu Ende ging.";
        String two = "Images of the flooded valley were shown to the council on Monday before the vote on new dams.";
        String html = page("<title>Ausstellung</title>", "<article><h1>Ausstellung</h1>" + p(one) + p(two) + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two);
    }

    @Test
    void anArticlePrintedInsideNoscriptForReadersWithoutScriptsIsRead() {
        String fr = "Le conseil municipal de Valmont a voté mardi la rénovation du pont sur la rivière, fermé depuis que "
                + "des fissures ont été découvertes lors d'une inspection au printemps.";
        String pl = "Rada gminy Zielonka zdecydowała we wtorek o remoncie mostu na rzece, zamkniętego od czasu, gdy "
                + "wiosną inspektorzy znaleźli w nim pęknięcia.";
        String en = "The works are to start in June and should take about four months, the mayor said after the vote.";
        String html = page("<title>Pont de Valmont</title>", "<div id=\"app\"></div><noscript><article><h1>Pont de "
                + "Valmont</h1>" + p(fr) + p(pl) + p(en) + "</article></noscript>"
                + "<noscript><p>Bitte aktivieren Sie JavaScript, um alle Funktionen dieser Seite zu nutzen.</p></noscript>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(fr, pl, en);
    }

    @Test
    void aNoscriptNoticeBesideTheArticleIsNotBody() {
        String de = "Die Gemeinde Talheim hat am Montag den neuen Radweg zwischen Bahnhof und Schulzentrum eröffnet, "
                + "der nach zwei Jahren Bauzeit nun durchgehend beleuchtet ist.";
        String es = "El ayuntamiento de Robledo abrirá el lunes un carril bici entre la estación y el instituto.";
        String html = page("<title>Radweg</title>", "<article><h1>Radweg</h1>" + p(de)
                + "<noscript><p>Bitte aktivieren Sie JavaScript, um das Video zu sehen.</p></noscript>" + p(es) + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(de, es);
    }

    @Test
    void anArticleWrapperWithAnUnluckyNameStaysWhenOnlyTheFooterOutweighsIt() {
        String one = "Am Mittwoch hat der Kreistag von Oberfeld beschlossen, die Buslinie zwischen den Dörfern im Tal "
                + "wieder stündlich fahren zu lassen, nachdem viele Eltern sich beschwert hatten.";
        String two = "Los costes, unos 300.000 euros al año, los pagarán a partes iguales el distrito y los municipios "
                + "del valle, según acordaron los alcaldes la semana pasada.";
        String three = "The first buses on the new timetable will run from the first of September, the operator said.";
        StringBuilder legal = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            legal.append(p("Alle Inhalte dieser Seite sind urheberrechtlich geschützt; jede Verwendung außerhalb der "
                    + "engen Grenzen des Urheberrechtsgesetzes ist ohne Zustimmung des Verlags unzulässig, Absatz " + i + "."));
        }
        String html = page("<title>Buslinie im Tal</title>", "<h1>Buslinie im Tal</h1>"
                + "<div class=\"content-sidebar-wrap\"><div>" + p(one) + p(two) + p(three) + "</div></div>"
                + "<footer>" + legal + "</footer>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(one, two, three);
    }

    /** One section of a body cut into sections, each in wrappers of its own, as CMSs and page builders print them. */
    private static String section(String... paragraphs) {
        int n = paragraphs.length;
        StringBuilder b = new StringBuilder("<section><div class=\"row-" + n + "\"><div class=\"cell-" + n + "\"><div><div>");
        for (String x : paragraphs) {
            b.append(p(x));
        }
        return b.append("</div></div></div></div></section>").toString();
    }

    @Test
    void aBodyCutIntoSectionsWithWrappersOfTheirOwnIsReadWhole() {
        String de1 = "Seit Ende des vergangenen Jahres sucht die Stadt Birkenau nach einem neuen Standort für das "
                + "Hallenbad, weil das alte Gebäude, gebaut in den Sechzigerjahren, nicht mehr zu sanieren ist.";
        String de2 = "Drei Grundstücke sind im Gespräch, darunter das frühere Gelände der Molkerei, das der Stadt "
                + "bereits gehört, und eine Wiese am Sportpark, die sie erst kaufen müsste.";
        String fr = "Le conseil municipal doit trancher en mars, après une réunion publique où les habitants pourront "
                + "donner leur avis sur les trois terrains et sur le coût, estimé à douze millions d'euros.";
        String es = "Los clubes de natación, que entrenan desde el otoño en la piscina del pueblo vecino, piden que las "
                + "obras empiecen cuanto antes, porque el transporte de los niños les cuesta tiempo y dinero.";
        String en = "The mayor said the new pool should open in 2027 at the earliest, whichever site is chosen.";
        String html = page("<title>Neues Hallenbad</title>", "<article><h1>Neues Hallenbad</h1><div class=\"sections\">"
                + section(de1, de2, de1.replace("Birkenau", "Birkenau-Nord")) + "<section><figure><img src=\"a.jpg\"></figure></section>"
                + section(fr) + section(es, en) + "</div></article>");

        assertThat(extractor.extract(html, null).paragraphs())
                .containsExactly(de1, de2, de1.replace("Birkenau", "Birkenau-Nord"), fr, es, en);
    }

    @Test
    void aSiblingOfTheBodyThatIsALinkListOrNamedAsFurnitureIsNotASection() {
        String pl1 = "Rada miasta Lipno zdecydowała w czwartek, że nowa biblioteka powstanie w dawnym budynku poczty "
                + "przy rynku, który od lat stał pusty i niszczał.";
        String pl2 = "Remont ma kosztować około ośmiu milionów złotych, z czego połowę pokryje dotacja z programu "
                + "rządowego, a resztę miasto weźmie z własnego budżetu.";
        String pl3 = "Prace mają ruszyć jesienią, a pierwsi czytelnicy wejdą do nowej biblioteki najpóźniej za dwa lata.";
        StringBuilder links = new StringBuilder("<section><div><div><div><div>");
        for (int i = 0; i < 6; i++) {
            links.append("<p><a href=\"/n/").append(i).append("\">Inne wiadomości z regionu, numer ").append(i)
                    .append(", czytaj dalej</a></p>");
        }
        links.append("</div></div></div></div></section>");
        String html = page("<title>Biblioteka w Lipnie</title>", "<article><h1>Biblioteka w Lipnie</h1><div>"
                + section(pl1, pl2, pl3) + links
                + "<section class=\"promo-box\"><div><div><div><div>" + p("Zamów prenumeratę naszej gazety już dziś i czytaj "
                + "wszystkie artykuły bez ograniczeń, także w aplikacji na telefon i tablet.") + "</div></div></div></div></section>"
                + "</div></article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(pl1, pl2, pl3);
    }

    @Test
    void anAuthorBoxBesideTheSectionsIsNotMoreOfTheBody() {
        String en1 = "The county council voted on Thursday to reopen the ferry between the two harbours, closed since "
                + "the storm in January damaged the landing stage on the northern shore.";
        String en2 = "Repairs will cost about two million pounds, shared between the council and the operator, and "
                + "should be finished before the summer timetable starts.";
        String de = "Die Fähre soll zunächst nur tagsüber fahren, wie der Betreiber nach der Sitzung mitteilte; ein "
                + "Nachtbetrieb werde geprüft, sobald die neue Anlegestelle steht.";
        String bio = "Anna Beispiel schreibt seit 2019 über Verkehr und Häfen an der Küste; zuvor arbeitete sie sechs "
                + "Jahre für eine Regionalzeitung und einen privaten Radiosender.";
        String html = page("<title>Ferry to reopen</title>", "<article><h1>Ferry to reopen</h1><div>"
                + section(en1, en2) + section(de)
                + "<section><div id=\"article-authors\"><div><div><div>" + p(bio) + "</div></div></div></div></section>"
                + "</div></article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(en1, en2, de);
    }

    @Test
    void softHyphensInsideWordsAreNotPartOfTheText() {
        String de = "Die Bundes\u00ADregierung hat am Mittwoch die Verkehrs\u00ADwende\u00ADstrategie für die nächsten "
                + "zehn Jahre beschlossen, wie eine Sprecherin in Berlin mitteilte.";
        String fr = "En réac&shy;tion à la can&shy;di&shy;da&shy;ture du conseiller, les chercheurs ont publié une lettre ouverte.";
        String html = page("<title>Verkehrs&shy;wende</title>", "<article><h1>Verkehrs&shy;wende</h1>" + p(de) + p(fr)
                + "</article>");

        HtmlExtraction x = extractor.extract(html, null);

        assertThat(x.title()).isEqualTo("Verkehrswende");
        assertThat(x.paragraphs()).containsExactly(
                "Die Bundesregierung hat am Mittwoch die Verkehrswendestrategie für die nächsten zehn Jahre beschlossen, "
                        + "wie eine Sprecherin in Berlin mitteilte.",
                "En réaction à la candidature du conseiller, les chercheurs ont publié une lettre ouverte.");
    }

    @Test
    void aLinkNamedAsATeaserInsideASentenceKeepsItsWords() {
        String de = "Seit dem überraschenden Tod von <a class=\"taxonomy-entity js-article-topic-teaser\" href=\"/t/anna\">"
                + "Anna Berger</a> (1961-2019) fragen sich die Zuschauer, wie die Serie ihre Figur verabschieden wird, "
                + "und der Sender schweigt dazu bis heute.";
        String es = "El alcalde anunció en <a class=\"related-topic\" href=\"/tema/x\">la radio local</a> que las obras "
                + "del puente terminarán en marzo, dos meses antes de lo previsto por el ayuntamiento.";
        String en = "The council met on <span class=\"date\">Tuesday evening</span> and voted to keep the library open "
                + "on Sundays, after more than two thousand residents signed a petition this spring.";
        String html = page("<title>Serie</title>", "<h1>Serie</h1><div class=\"text\">" + p(de) + p(es) + p(en) + "</div>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(
                "Seit dem überraschenden Tod von Anna Berger (1961-2019) fragen sich die Zuschauer, wie die Serie ihre "
                        + "Figur verabschieden wird, und der Sender schweigt dazu bis heute.",
                "El alcalde anunció en la radio local que las obras del puente terminarán en marzo, dos meses antes de "
                        + "lo previsto por el ayuntamiento.",
                "The council met on Tuesday evening and voted to keep the library open on Sundays, after more than two "
                        + "thousand residents signed a petition this spring.");
    }

    @Test
    void textForScreenReadersAndRowsOfShareLinksStillGoFromTheirLine() {
        String en = "The new ferry will carry up to four hundred passengers between the two harbours, the operator "
                + "said <span class=\"visually-hidden\">(opens in a new window)</span> on Monday, and it will run every hour.";
        String share = "Teilen: <a class=\"share-facebook\" href=\"#\">Facebook</a> | <a class=\"share-twitter\" "
                + "href=\"#\">Twitter</a> | <a class=\"share-mail\" href=\"#\">E-Mail</a>";
        String de = "Die Fähre soll im Sommer zum ersten Mal fahren, wenn die Arbeiten am Anleger auf der Insel "
                + "abgeschlossen sind, teilte die Reederei mit.";
        String html = page("<title>Ferry</title>", "<h1>Ferry</h1><div class=\"text\">" + p(en) + p(share) + p(de) + "</div>");

        List<String> body = extractor.extract(html, null).paragraphs();
        assertThat(body).first().asString().contains("the operator said on Monday").doesNotContain("new window");
        assertThat(String.join("\n", body)).doesNotContain("Facebook").doesNotContain("Twitter");
    }

    @Test
    void theArticlesOpeningParagraphsBesideANestedBlockWithTheRestAreRead() {
        String de1 = "Wer krank wird, ist in Deutschland gut abgesichert, sobald er länger als vier Wochen im selben "
                + "Betrieb arbeitet: sechs Wochen lang zahlt der Arbeitgeber den vollen Lohn weiter.";
        String de2 = "Was viele nicht wissen: Das Gesetz nennt Fälle, in denen der Anspruch entfällt, etwa wenn jemand "
                + "die Krankheit selbst verschuldet hat, und die Gerichte legen das eng aus.";
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            rest.append("<h2>Fall ").append(i).append("</h2>").append(p("Im Fall " + i + " ging es um einen Unfall beim "
                    + "Sport, bei dem die Schutzvorschriften der Sportart missachtet wurden, und das Gericht entschied, "
                    + "dass die Firma trotzdem zahlen muss, weil Leichtsinn allein nicht genügt."));
        }
        String html = page("<title>Lohnfortzahlung</title>", "<article><h1>Lohnfortzahlung</h1>"
                + "<div class=\"article-text\">" + p(de1) + p(de2)
                + "<section class=\"news-teaser\"><a href=\"/x\">Arztbesuch während der Arbeitszeit</a></section>"
                + "<div class=\"textmedia-wrapper\"><div class=\"row\"><div class=\"col-12\"><div class=\"frame\">"
                + "<div class=\"ce-bodytext\">" + rest + "</div></div></div></div></div></div></article>");

        List<String> body = extractor.extract(html, null).paragraphs();
        assertThat(body).startsWith(de1, de2).hasSize(14);
        assertThat(body).doesNotContain("Arztbesuch während der Arbeitszeit");
    }

    @Test
    void linkedTeasersBesideTheBodysBlockAreNotItsOpeningParagraphs() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            body.append(p("Le conseil municipal a voté, lors de sa séance numéro " + i + ", un budget de rénovation "
                    + "pour les écoles du quartier nord, qui accueillent plus de mille élèves chaque année."));
        }
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            teasers.append("<p><a href=\"/a/").append(i).append("\">Autre article numéro ").append(i)
                    .append(" sur la vie de la commune et de ses associations sportives</a></p>");
        }
        String html = page("<title>Écoles</title>", "<h1>Écoles</h1><div class=\"page\">" + teasers
                + "<div class=\"wrap\"><div class=\"story\">" + body + "</div></div></div>");

        assertThat(String.join("\n", extractor.extract(html, null).paragraphs())).doesNotContain("Autre article");
    }

    @Test
    void creditsInWordsAreNotBodyButSentencesAboutPhotosAre() {
        String en = "The island's lizards came back within two years of the goats leaving, the rangers say, and the "
                + "birds followed soon after.";
        String de = "Fotos von Anna Berg zeigen die Insel vor und nach der Rettung der Vögel.";
        String fr = "Les oiseaux marins nichent de nouveau sur les falaises, selon les gardes de la réserve, qui "
                + "comptent les nids chaque printemps.";
        String html = page("<title>Island</title>", "<h1>Island</h1><div class=\"text\">" + p(en)
                + p("Photograph by Ed Example, Island Restoration Programme") + p(de)
                + p("Foto von Lena Muster / Unsplash") + p(fr) + p("Photo de Jean Exemple") + "</div>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(en, de, fr);
    }

    @Test
    void aDateLineBetweenTheStandfirstAndTheBodyIsNotBodyButOneInsideTheBodyStays() {
        String standfirst = "Do perfekcji opanowali wykorzystanie tego, co daje im surowy klimat północy.";
        String one = "Nie mogąc konkurować w tworzeniu win gronowych, specjalizują się w owocowych i eksperymentują z "
                + "odpornymi na mróz odmianami, sprowadzając resztę owoców zza granicy.";
        String two = "Dziś w kraju działa około dwudziestu pięciu winiarni, większość w południowej części, w okolicach "
                + "dużych miast, gdzie łatwiej o klientów.";
        String es = "El diario de la expedición sigue con la llegada al segundo campamento, donde el viento obligó al "
                + "grupo a esperar dos días antes de seguir hacia la cumbre.";
        String html = page("<title>Wino</title>", "<h1>Wino</h1><div class=\"text\">" + p(standfirst) + p("16 marca 2021")
                + p(one) + p(two) + p("3 de mayo de 2021") + p(es) + "</div>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(standfirst, one, two, "3 de mayo de 2021", es);
    }

    @Test
    void paragraphsOfTheWinnersAncestorThatOutscoreTheWrappersBetweenAreRead() {
        StringBuilder opening = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            opening.append(p("In the " + i + ". part of the hearing, the committee asked the minister about the cost "
                    + "of the new dam, the delays, the contracts and the families who must leave their farms."));
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            rest.append(p("Later, in answer " + i + ", the minister said the budget would hold, that the builders had "
                    + "been paid on time, and that every family would be offered land nearby."));
        }
        String html = page("<title>Dam</title>", "<h1>Dam</h1><div class=\"c1\">" + opening
                + "<div class=\"c2\"><p>The minister, who took office in May, answered the second round of questions "
                + "herself, with her deputy and two engineers of the water agency beside her at the table.</p>"
                + "<div class=\"c3\">" + rest + "</div></div></div>");

        List<String> body = extractor.extract(html, null).paragraphs();
        assertThat(body).hasSize(10);
        assertThat(body.get(0)).startsWith("In the 1. part");
        assertThat(body.get(9)).startsWith("Later, in answer 5");
    }

    @Test
    void anAsideOfLongProseInsideTheArticleIsReadAsArticleText() {
        String de1 = "Der Stadtrat von Lindenau hat am Dienstag beschlossen, die alte Markthalle nicht abzureißen, sondern "
                + "bis zum Jahr 2027 als Treffpunkt für Vereine und Wochenmärkte umzubauen.";
        String de2 = "Die Kosten von gut vier Millionen Euro teilen sich Stadt und Land, ein Förderverein sammelt "
                + "zusätzlich Spenden für die Sanierung der gusseisernen Dachkonstruktion.";
        String box = "Die Markthalle wurde 1896 eröffnet und diente bis in die siebziger Jahre als Großmarkt für Obst "
                + "und Gemüse aus dem Umland. Danach stand sie lange leer, wurde als Lager genutzt und im Jahr 1988 unter "
                + "Denkmalschutz gestellt, nachdem eine Bürgerinitiative gegen den geplanten Abriss protestiert hatte.";
        String fr1 = "La commune de Saint-Aubin a inauguré samedi un sentier botanique de six kilomètres le long de la "
                + "rivière, balisé de panneaux qui présentent les arbres et les plantes des berges.";
        String frBox = "Le sentier suit l'ancien chemin de halage, utilisé jusqu'au début du vingtième siècle par les "
                + "chevaux qui tiraient les péniches chargées de bois et de pierre vers le port. Les bénévoles de "
                + "l'association locale ont dégagé le tracé pendant deux hivers, à la main, pour ne pas abîmer les racines des vieux frênes.";
        String html = page("<title>Markthalle bleibt</title>", "<article><h1>Markthalle bleibt</h1>" + p(de1)
                + "<aside class=\"infobox\"><h3>Hintergrund</h3>" + p(box) + "</aside>" + p(de2) + "</article>");
        String htmlFr = page("<title>Sentier</title>", "<article><h1>Sentier</h1><div class=\"corps\">" + p(fr1)
                + "<aside>" + p(frBox) + "</aside></div></article>");

        assertThat(extractor.extract(html, null).paragraphs()).contains(de1, box, de2);
        assertThat(extractor.extract(htmlFr, null).paragraphs()).containsExactly(fr1, frBox);
    }

    @Test
    void asidesThatArePullQuotesRailsGalleriesOrOutsideTheArticleAreNotArticleText() {
        String quote = "Wir haben nicht vierzig Jahre für diese Halle gekämpft, um sie jetzt als Parkplatz enden zu "
                + "sehen, sagte die Sprecherin der Bürgerinitiative am Abend vor dem Rathaus den versammelten Anwohnern, "
                + "die seit Wochen Unterschriften für den Erhalt des Gebäudes gesammelt hatten.";
        String body = "El ayuntamiento de San Telmo aprobó el martes el presupuesto para reformar el mercado central, "
                + "que llevaba cerrado desde el incendio del año pasado y que volverá a abrir en primavera.";
        String body2 = "Los comerciantes recibirán ayudas para volver a instalar sus puestos, y el primer piso se "
                + "dedicará a talleres de cocina para escuelas y asociaciones del barrio.";
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            teasers.append("<p><a href=\"/n").append(i).append("\">Otra noticia número ").append(i)
                    .append(" sobre el barrio y sus vecinos</a> Un resumen corto de la noticia, con algunas palabras "
                            + "más para que parezca un párrafo de verdad.</p>");
        }
        StringBuilder gallery = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            gallery.append("<img src=\"g").append(i).append(".jpg\"><p>Foto ").append(i)
                    .append(": los puestos del mercado antes del incendio, con los toldos de colores y la fuente de "
                            + "piedra en el centro de la plaza.</p>");
        }
        String sidebar = "Über uns: Dieses Blog schreiben zwei Nachbarn aus Lindenau seit 2012 über alles, was in der "
                + "Stadt passiert, von Ratssitzungen bis zu Schulfesten, ohne Werbung und ohne Verlag im Rücken, aus "
                + "reiner Freude an der Stadt.";
        String html = page("<title>Mercado</title>", "<div class=\"page\"><article><h1>Mercado</h1>"
                + p(body) + p(quote) + "<aside class=\"pullquote-box\">" + p(quote) + "</aside>"
                + "<aside class=\"more\">" + teasers + "</aside><aside>" + gallery + "</aside>"
                + p(body2) + "</article><aside>" + p(sidebar) + "</aside></div>");

        List<String> text = extractor.extract(html, null).paragraphs();
        assertThat(text).containsExactly(body, quote, body2);
    }

    @Test
    void aLastLinePointingElsewhereIsNotBodyButALinkedHereInsideTheBodyStays() {
        String de = "Wer im Herbst wandern geht, sollte auf feste Schuhe, eine warme Jacke und genug Wasser achten, "
                + "denn auch auf kurzen Touren kann das Wetter schnell umschlagen.";
        String de2 = "Die Bergwacht rät außerdem, die Route vorher jemandem mitzuteilen, wie sie <a href=\"/rat\">hier</a> "
                + "erklärt, und das Handy voll geladen mitzunehmen.";
        String es = "La alcaldía de San Telmo anunció que el puente peatonal sobre el río estará cerrado durante dos "
                + "semanas por obras de mantenimiento en la estructura de acero.";
        String de2Text = de2.replace("<a href=\"/rat\">", "").replace("</a>", "");
        String html = page("<title>Wandern</title>", "<article><h1>Wandern</h1>" + p(de) + p(de2)
                + "<p>Alles über Wanderschuhe findest Du <a href=\"/schuhe\">hier</a>.</p></article>");
        String htmlEs = page("<title>Puente</title>", "<article><h1>Puente</h1>" + p(es)
                + "<p>Para leer sobre otros hechos en la ciudad, clic <a href=\"/ciudad\">AQUÍ</a>.</p>"
                + "<p>Weitere Informationen finden Sie <a href=\"/info\">hier</a>.</p></article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(de, de2Text);
        assertThat(extractor.extract(htmlEs, null).paragraphs()).containsExactly(es);
    }

    @Test
    void authorBoxesAfterTheArticleAreNotBody() {
        String es = "El puerto de San Telmo recibió el lunes el primer barco de pasajeros del año, con más de dos mil "
                + "turistas que recorrieron el casco antiguo y los mercados de la costa.";
        String es2 = "Las autoridades esperan otros cuarenta cruceros antes de diciembre, y el ayuntamiento abrirá una "
                + "oficina de turismo junto al muelle para atenderlos.";
        String de = "Die Volkshochschule Lindenau bietet ab März einen Kurs für Eltern an, die mit ihren Kindern über "
                + "Videospiele, soziale Netzwerke und Bildschirmzeit sprechen wollen, ohne gleich zu streiten.";
        String de2 = "Der Kurs läuft an sechs Abenden, kostet vierzig Euro und wird von zwei Medienpädagoginnen "
                + "geleitet, die seit Jahren mit Schulen in der Region zusammenarbeiten.";
        String html = page("<title>Cruceros</title>", "<article><h1>Cruceros</h1>" + p(es) + p(es2)
                + "<div class=\"author-box\"><p>Ana Ejemplo cubre temas de economía y turismo en la costa. Se graduó en "
                + "periodismo y trabajó diez años en la radio local antes de llegar al diario.</p></div></article>");
        String htmlDe = page("<title>Kurs</title>", "<article><h1>Kurs</h1>" + p(de) + p(de2)
                + "<section class=\"about-the-author\"><h3>Über die Autorin</h3><p>Lena Muster ist seit 2015 "
                + "Redakteurin für Bildung und Familie und schreibt außerdem Kinderbücher über das Leben am Fluss.</p>"
                + "</section></article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(es, es2);
        assertThat(extractor.extract(htmlDe, null).paragraphs()).containsExactly(de, de2);
    }

    @Test
    void aClosingRunOfLinkedLinesEndsTheBodyButContactDetailsASingleLinkedLineAndASignOffStay() {
        String fr = "Le conseil municipal de Valbonne a voté mardi soir la rénovation de la piscine couverte, fermée "
                + "depuis deux ans, pour un montant de quatre millions d'euros étalé sur trois exercices.";
        String fr2 = "Les travaux commenceront au printemps et la réouverture est prévue pour la rentrée suivante, a "
                + "précisé l'adjointe aux sports, qui promet des horaires élargis le soir.";
        String teasers = "<p><a href=\"/a\">Le marché de Noël revient sur la place des Arcades</a> - 10 octobre 2020</p>"
                + "<p><a href=\"/b\">Une nouvelle ligne de bus relie la gare au technopôle</a> - 9 octobre 2020</p>"
                + "<p><a href=\"/c\">Les écoles ferment plus tôt vendredi en raison des travaux</a> - 8 octobre 2020</p>";
        String html = page("<title>Piscine</title>", "<article><h1>Piscine</h1>" + p(fr) + p(fr2)
                + "<p>(jm/afp)</p>" + teasers + "</article>");
        String en = "The Harbour Lane bakery has baked bread for the same three streets since 1961, and its owner says "
                + "she has no plans to stop, even as the rent has doubled in the last five years.";
        String en2 = "Regulars come before dawn for the rye loaf, which still follows her grandfather's recipe, and "
                + "the queue on Saturdays reaches the corner of the street.";
        String more = "<p>More by <a href=\"/a\">Jane Example: the last cobbler of Mill Street closes his shop</a></p>"
                + "<p>More by <a href=\"/b\">Jane Example: why the ferry timetable changes every spring</a></p>";
        String htmlEn = page("<title>Bakery</title>", "<article><h1>Bakery</h1>" + p(en) + p(en2) + more
                + "</article>");
        String contact = "<p>Tickets</p><p>Web: <a href=\"https://tickets.example.org\">tickets.example.org</a></p>"
                + "<p>Adults: 25 £</p><p>Children: 10 £</p><p>Box office</p><p>Tel. <a href=\"tel:+441234567\">01234 567 890</a></p>";
        String htmlContact = page("<title>Bakery</title>", "<article><h1>Bakery</h1>" + p(en) + p(en2) + contact
                + "</article>");
        String de = "Die Messstation auf dem Sonnblick zeichnet seit 1886 Temperatur, Luftdruck und Niederschlag auf "
                + "und gehört damit zu den ältesten Bergwetterwarten der Alpen.";
        String de2 = "Ihre Reihen zeigen, dass es im Hochgebirge seit Beginn der Messungen um fast zwei Grad wärmer "
                + "geworden ist, stärker als im Flachland.";
        String htmlDe = page("<title>Sonnblick</title>", "<article><h1>Sonnblick</h1>" + p(de) + p(de2)
                + "<p>Mehr über die Messreihen auf <a href=\"https://example.at/reihen\">example.at/reihen</a>.</p>"
                + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(fr, fr2, "(jm/afp)");
        assertThat(extractor.extract(htmlEn, null).paragraphs()).containsExactly(en, en2);
        assertThat(extractor.extract(htmlContact, null).paragraphs()).containsExactly(en, en2, "Tickets",
                "Web: tickets.example.org", "Adults: 25 £", "Children: 10 £", "Box office", "Tel. 01234 567 890");
        assertThat(extractor.extract(htmlDe, null).paragraphs())
                .containsExactly(de, de2, "Mehr über die Messreihen auf example.at/reihen.");
    }

    @Test
    void aStandfirstNamedTeaserUnderTheHeadlineIsTheLeadButATeaserOfAnotherStoryGoes() {
        String lead = "Die Stadt Lindenau baut ihr Hallenbad für zwölf Millionen Euro um. Warum das so lange gedauert hat "
                + "und was sich für die Schwimmvereine ändert.";
        String de = "Seit dem Frühjahr 2021 ist das Bad geschlossen, weil die Lüftung und das Dach nicht mehr den "
                + "Vorschriften entsprechen; die Vereine trainieren seither in der Nachbarstadt.";
        String de2 = "Der Stadtrat hat den Umbau am Dienstag einstimmig beschlossen, die Arbeiten sollen im Herbst "
                + "beginnen und zwei Jahre dauern.";
        String html = page("<title>Hallenbad</title>", "<article><header><h1>Hallenbad</h1><p class=\"meta\">"
                + "03.02.2022 von Anna Muster</p></header><section class=\"entry-text\"><p class=\"lead teasertext\">"
                + lead + "</p>" + p(de) + p(de2) + "</section></article>");
        String es = "La federación confirmó el martes que el campeonato de natación se aplaza a julio del año que viene, "
                + "después de semanas de rumores entre los clubes.";
        String es2 = "Los nadadores clasificados mantienen su plaza y las marcas mínimas seguirán valiendo hasta la "
                + "nueva fecha, según el comunicado.";
        String lede = "Lo que se comentaba desde hace semanas ya es oficial: no habrá campeonato este invierno.";
        String htmlEs = page("<title>Aplazado</title>", "<div class=\"article\"><div class=\"header\"><h3>Aplazado</h3>"
                + "</div><div class=\"teaser-text\" itemprop=\"description\"><p>" + lede + "</p></div>"
                + "<div class=\"news-text\">" + p(es) + p(es2) + "</div></div>");
        String fr = "Le conseil municipal de Valbonne a voté mardi soir la rénovation de la piscine couverte, fermée "
                + "depuis deux ans, pour un montant de quatre millions d'euros.";
        String fr2 = "Les travaux commenceront au printemps et la réouverture est prévue pour la rentrée suivante, a "
                + "précisé l'adjointe aux sports.";
        String htmlFr = page("<title>Piscine</title>", "<article><h1>Piscine</h1><div class=\"teaser\"><a href=\"/bus\">"
                + "Une nouvelle ligne de bus relie la gare au technopôle</a><p>La ligne 12 passera toutes les vingt "
                + "minutes à partir de lundi prochain.</p></div>" + p(fr) + p(fr2) + "</article>");

        assertThat(extractor.extract(html, null).paragraphs()).containsExactly(lead, de, de2);
        assertThat(extractor.extract(htmlEs, null).paragraphs()).containsExactly(lede, es, es2);
        assertThat(extractor.extract(htmlFr, null).paragraphs()).containsExactly(fr, fr2);
    }

    @Test
    void shortLabelsAfterTheArticleAndOutsideItsTextBlockAreNotBodyButClosingLinesListsAndSentencesInsideItStay() {
        String de = "Die Messstation auf dem Sonnblick zeichnet seit 1886 Temperatur, Luftdruck und Niederschlag auf "
                + "und gehört damit zu den ältesten Bergwetterwarten der Alpen.";
        String de2 = "Ihre Reihen zeigen, dass es im Hochgebirge seit Beginn der Messungen um fast zwei Grad wärmer "
                + "geworden ist, stärker als im Flachland.";
        // an author's name and title, a "story saved" control: blocks of their own after the text block, inside the
        // element chosen as the body (its own opening paragraph stands beside the text block)
        String htmlDe = page("<title>Sonnblick</title>", "<div class=\"post\"><h1>Sonnblick</h1>" + p(de)
                + "<div class=\"text\">" + p(de2) + "<p>(apa)</p></div><div class=\"person\"><div>Anna Muster</div>"
                + "<div>Redakteurin Wissenschaft</div></div><div class=\"saved\"><span>Artikel gemerkt</span></div></div>");
        String fr = "Le conseil municipal de Valbonne a voté mardi soir la rénovation de la piscine couverte, fermée "
                + "depuis deux ans, pour un montant de quatre millions d'euros.";
        String fr2 = "Les travaux commenceront au printemps et la réouverture est prévue pour la rentrée suivante, a "
                + "précisé l'adjointe aux sports.";
        String htmlFr = page("<title>Piscine</title>", "<div class=\"post\"><h1>Piscine</h1>" + p(fr)
                + "<div class=\"text\">" + p(fr2) + "</div><div class=\"more\"><div>Charger plus dans Valbonne</div></div>"
                + "<div class=\"date-row\">14 décembre 2021 | Actualités, Sports</div></div>");
        // the same closing lines inside the text block stay, and so do a closing list and a closing sentence outside it
        String es = "La federación confirmó el martes que el campeonato de natación se aplaza a julio del año que viene, "
                + "después de semanas de rumores entre los clubes.";
        String es2 = "Para inscribirse de nuevo, los clubes necesitan lo siguiente, según el comunicado de la federación "
                + "publicado este martes:";
        String htmlEs = page("<title>Aplazado</title>", "<div class=\"post\"><h1>Aplazado</h1>" + p(es)
                + "<div class=\"text\">" + p(es2) + "<p>Redacción Deportes</p></div><div class=\"box\"><ul><li>Licencia federativa vigente"
                + "</li><li>Certificado médico</li></ul></div><div class=\"note\"><p>Con información de Efe.</p></div></div>");

        assertThat(extractor.extract(htmlDe, null).paragraphs()).containsExactly(de, de2, "(apa)");
        assertThat(extractor.extract(htmlFr, null).paragraphs()).containsExactly(fr, fr2);
        assertThat(extractor.extract(htmlEs, null).paragraphs()).containsExactly(es, es2, "Redacción Deportes",
                "Licencia federativa vigente", "Certificado médico", "Con información de Efe.");
    }

    @Test
    void aClosingRunOfExcerptsCutOffByAMachineEndsTheBodyButStepsThatTrailOffStay() {
        String fr = "Le conseil municipal de Valbonne a voté mardi soir la rénovation de la piscine couverte, fermée "
                + "depuis deux ans, pour un montant de quatre millions d'euros étalé sur trois exercices.";
        String fr2 = "Les travaux commenceront au printemps et la réouverture est prévue pour la rentrée suivante, a "
                + "précisé l'adjointe aux sports, qui promet des horaires élargis le soir.";
        String excerptsFr = p("Les quantités de dattes exportées par la coopérative ont atteint douze mille tonnes depu…")
                + p("Charger plus") + p("Trois cas d'hépatite ont été enregistrés la semaine dernière dans une école du «…");
        String htmlFr = page("<title>Piscine</title>", "<article><h1>Piscine</h1>" + p(fr) + p(fr2) + excerptsFr
                + "</article>");
        String en = "The Harbour Lane bakery has baked bread for the same three streets since 1961, and its owner says "
                + "she has no plans to stop, even as the rent has doubled in the last five years.";
        String en2 = "Regulars come before dawn for the rye loaf, which still follows her grandfather's recipe, and "
                + "the queue on Saturdays reaches the corner of the street.";
        String excerptsEn = p("Want to build your own website? It was once assumed you might wait for weeks while a "
                + "designer worked through arcane code on your behalf [&hellip;]")
                + p("It is a long road from a song in your head to a song on the charts, especially if you are just "
                + "learning to play an instrument [...]");
        String htmlEn = page("<title>Bakery</title>", "<article><h1>Bakery</h1>" + p(en) + p(en2) + excerptsEn
                + "</article>");
        String de = "Für einen sauberen Schnitt nach Riss braucht es an der Kreissäge nur eine einfache Schablone aus "
                + "Sperrholz, die man in wenigen Minuten selbst baut.";
        String steps = p("Werkstück mit der Markierung an den Queranschlag anlegen…")
                + p("Die Schablone rechts an das Sägeblatt andrücken und ausrichten…");
        String htmlDe = page("<title>Kreissäge</title>", "<article><h1>Kreissäge</h1>" + p(de) + steps + "</article>");

        assertThat(extractor.extract(htmlFr, null).paragraphs()).containsExactly(fr, fr2);
        assertThat(extractor.extract(htmlEn, null).paragraphs()).containsExactly(en, en2);
        assertThat(extractor.extract(htmlDe, null).paragraphs()).containsExactly(de,
                "Werkstück mit der Markierung an den Queranschlag anlegen…",
                "Die Schablone rechts an das Sägeblatt andrücken und ausrichten…");
    }
}
