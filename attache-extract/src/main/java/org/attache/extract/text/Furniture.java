package org.attache.extract.text;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises page furniture that reaches the body as a paragraph of its own, in many languages: "read
 * also" pointers ("Lea también:", "Mehr zum Thema", "Lire aussi", "Czytaj też"), calls to action
 * (newsletters, subscriptions, donations, Telegram or WhatsApp channels, app downloads, log-in and comment
 * prompts, share prompts), category and tag lines, advertising labels and disclosures, placeholders of
 * blocked embeds, photo credits, reading-time lines and date or byline lines.
 *
 * <p>The cue phrases are listed by hand for Attaché from the labels that news sites, blogs and CMS themes
 * print (English, German, French, Spanish, Polish, Italian, Portuguese, Dutch, Scandinavian, Czech, Finnish);
 * month names for date lines come from CLDR through ICU4J. A cue alone never decides: each kind also needs
 * the paragraph's shape (short, a label followed by a colon, mostly link text) and callers add position
 * (the end or the start of the body). Widgets printed before their script ran (an unfilled {@code %d}, a
 * "loading…" label) are page controls. Stateless and thread-safe.
 */
public final class Furniture {
    /** What a furniture paragraph is. */
    public enum Kind {
        /** A pointer to another article: "Lea también: …", "Mehr zum Thema". */
        READ_ALSO,
        /** Newsletter, subscription, donation, channel, app, log-in, comment or share prompt. */
        CALL_TO_ACTION,
        /** "Category: …", "Tags: …", "Themen: …". */
        CATEGORY,
        /** "Anzeige", "Publicidad", affiliate and advertiser disclosures. */
        ADVERTISING,
        /** The placeholder of an embed that was not loaded, or gallery controls. */
        EMBED_NOTICE,
        /** The label of a page control printed as text: "Close", "Weiter", "Ver más", "Drucken". */
        CONTROL,
        /** Reading time, a date or byline line. */
        METADATA,
        /** A photo credit of its own: "(Foto: X)", "Bildnachweis: X", "© X", "Źródło zdjęcia: X". */
        CREDIT,
        /** The heading of a comment section. */
        COMMENTS
    }

    /** Cue patterns are lower-case and matched against the lower-cased paragraph: one pass of folding, not one per cue. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Cues that open a pointer to another article. */
    private static final String READ_ALSO_CUES = String.join("|",
            // Spanish
            "le(?:a|e|er) (?:también|tambien|además|más)", "(?:también )?(?:le|te) (?:puede|podría|podria) interesar",
            "(?:también )?puede(?:s)? interesarte", "puede(?:s)? ver", "ve(?:a|r) (?:también|tambien|además|más)",
            "mir[ae] (?:también|tambien)", "noticias? relacionadas?", "artículos? relacionados?",
            "relacionad[oa]s?", "por si no lo viste", "no te pierdas", "te recomendamos", "lectura recomendada",
            "sigue leyendo", "más información", "más noticias",
            // German
            "lesen sie (?:auch|hier|mehr|dazu|weiter)", "lies (?:auch|hier|mehr)", "mehr zum thema",
            "mehr (?:dazu|lesen|aus dem channel|aus der rubrik|aus dem ressort|zu diesem thema)",
            "(?:das|dies|diese[srn]?(?: \\p{L}+)?) könnten? (?:dich|sie|euch) (?:auch )?interessieren", "(?:auch|ebenfalls) interessant",
            "passend (?:dazu|zum thema)", "zum thema", "verwandte (?:artikel|beiträge|themen)",
            "ähnliche (?:artikel|beiträge)", "weitere (?:artikel|beiträge|meldungen|nachrichten)", "siehe auch",
            "(?:unsere )?empfehlungen?", "hier weiterlesen", "weiterlesen", "weitere informationen",
            // French
            "(?:à |a )?lire (?:aussi|également|egalement|la suite)", "(?:à )?voir (?:aussi|également)",
            "sur le même sujet", "pour aller plus loin", "articles? liés?", "(?:à )?découvrir (?:aussi|également)",
            "découvrez (?:aussi|également)", "à lire", "la rédaction vous (?:conseille|recommande)",
            // Polish
            "czytaj (?:też|także|również|więcej|dalej)", "zobacz (?:też|także|również)",
            "przeczytaj (?:też|także|również)", "polecamy", "warto przeczytać", "powiązane(?: artykuły)?",
            "podobne artykuły", "więcej na ten temat", "sprawdź (?:też|także|również)",
            // English
            "read (?:also|more|next)", "also read", "see also", "related(?: articles| stories| coverage| content| posts)?",
            "more on this(?: story| topic)?", "recommended(?: for you| reading)?", "you (?:may|might) also like",
            "further reading", "don'?t miss", "must read", "up next", "also see",
            // Italian, Portuguese, Dutch, Scandinavian, Czech
            "leggi (?:anche|pure)", "vedi anche", "(?:ti )?potrebbe interessar(?:ti|e)", "articoli correlati",
            "leia (?:também|mais)", "veja (?:também|mais)", "saiba mais", "lees (?:ook|meer)", "zie ook",
            "läs (?:också|även|mer)", "les (?:også|mer)", "læs (?:også|mere)", "čtěte (?:také|též)",
            "přečtěte si (?:také|též)", "související(?: články)?",
            // Finnish
            "lue (?:myös|lisää|aiheesta(?: lisää)?)", "katso myös", "aiheesta muualla");
    /** A read-also cue at the start, then a delimiter or the end. */
    private static final Pattern READ_ALSO_LABEL = Pattern.compile(
            "^\\W{0,3}(?:" + READ_ALSO_CUES + ")\\s*(?:[:|»›>→–—-]|\\.{3}|…|$)", FLAGS);
    /** A read-also cue at the start with no delimiter: decided by the share of link text. */
    private static final Pattern READ_ALSO_START = Pattern.compile("^\\W{0,3}(?:" + READ_ALSO_CUES + ")\\b", FLAGS);

    /** Cues of calls to action. */
    private static final CueSet CALL_TO_ACTION = new CueSet(List.of(
            // English
            "newsletter", "subscribe (?:now|to|today|here|for)", "(?:become|get) a subscriber", "subscribers? only",
            "sign up", "donate (?:now|today|here|to (?:us|our))", "make a (?:donation|contribution)",
            "support (?:us|our journalism|independent)", "follow us",
            "download (?:the|our) app", "apps? for (?:ios|android)", "log ?in to", "sign ?in to", "continue reading",
            "already a subscriber", "leave a (?:comment|reply)", "post a comment", "share this", "write to us",
            // German
            "abonnier(?:en sie|e|t euch)", "jetzt abonnieren", "abo\\b", "spenden sie", "jetzt spenden",
            "unterstütz(?:en sie|e) uns", "folg(?:en sie|e) uns", "nicht eingeloggt", "loggen sie sich",
            "registrieren sie sich", "melde dich an", "jetzt anmelden", "bereits abonnent", "apps? für (?:ios|android)",
            "app herunterladen", "kommentar (?:schreiben|hinterlassen|verfassen)", "einen kommentar zu",
            "artikel teilen", "schreiben sie uns",
            // Spanish
            "suscr[ií]b(?:ete|ase|irse)", "suscripción", "boletín", "dona(?:r)? ahora", "apóyanos", "síguenos",
            "únete", "descarg(?:a|ue) (?:la|nuestra) app", "inicia sesión", "regístrate", "puede escribirnos",
            "escríbenos", "deja (?:un|tu) comentario", "exclusivo para suscriptores",
            "(?:mira|visita|sigue) (?:lo que tiene )?nuestro canal",
            // French
            "abonnez-vous", "s'abonner", "infolettre", "lettre d'information", "faire un don", "soutenez",
            "suivez-nous", "téléchargez l'application", "connectez-vous", "écrivez-nous", "laiss(?:er|ez) un commentaire",
            "rejoignez", "inscrivez-vous", "réservé aux abonnés", "partag(?:er|ez) (?:cet|cette|l'article|sur)",
            // Polish
            "subskrypc", "prenumerat", "zapisz się", "wesprzyj", "darowizn", "obserwuj nas", "pobierz aplikację",
            "zaloguj się", "napisz do nas", "dodaj komentarz", "napisz komentarz", "dołącz do", "udostępnij",
            "zapraszamy (?:do|też)",
            // Italian, Portuguese
            "iscriviti", "abbonati", "sostienici", "seguici", "lascia un commento", "condividi", "assine",
            "inscreva-se", "siga-nos", "deixe um comentário",
            // messaging channels, in any of these languages
            "(?:telegram|whatsapp)\\W+(?:\\w+\\W+){0,3}(?:kanal|channel|canal|kanał|gruppe|group|grupo)",
            "(?:kanal|channel|canal|kanał|gruppe|group|grupo)\\W+(?:\\w+\\W+){0,3}(?:telegram|whatsapp|youtube)",
            "(?:join|únete|rejoignez|dołącz|tritt|folge|abonniere|suscríbete)\\W+(?:\\w+\\W+){0,4}(?:telegram|whatsapp)"));

    /** A category or tag line: a label, a colon, a few words. */
    private static final Pattern CATEGORY = Pattern.compile(
            "^\\W{0,3}(?:categor(?:y|ies|ía|ías|ie|ies|ia|ie)|kategori(?:e|en|a|e)|themen|thema|schlagw(?:orte|örter|ort)|"
                    + "stichw(?:orte|örter)|tags?|tagi|tagged(?: with)?|etiquetas?|temas?|mots[- ]clés|rubri(?:que|k|ek)|"
                    + "filed under|posted in|topics?|sujets?|archiviato in|publicado en|veröffentlicht in|"
                    + "ressort|sección|dział)\\s*:", FLAGS);
    /** A paragraph that is only an advertising label. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "^\\W*(?:anzeige|werbung|advertisement|advertising|sponsored(?: content)?|gesponsert|publicidad|publicité|"
                    + "reklama|pubblicità|publicidade|annonce|reclame|advertorial|ad)\\W*$", FLAGS);
    /** Affiliate and advertiser disclosures, in a paragraph of their own. */
    private static final CueSet AD_DISCLOSURE = new CueSet(List.of(
            "affiliate[- ]?links?", "enthält (?:affiliate|werbe)", "we may earn (?:a )?commission",
            "advertisers? (?:do not|don't) influence", "advertiser disclosure", "independent review process",
            "enlaces de afiliad", "liens (?:affiliés|d'affiliation)", "linki afiliacyjne", "amazon[- ]tipp\\b",
            "provisions?-?links?", "werbelinks?",
            // links that earn the site a commission, said in a sentence ("Dieser Artikel kann Links zu Anbietern
            // enthalten, von denen wir eine Provision erhalten"): the links and the commission in one sentence
            "links?\\b[^.!?]{0,100}\\b(?:provision|commission)", "liens?\\b[^.!?]{0,100}\\bcommission",
            "enlaces?\\b[^.!?]{0,100}\\bcomisi[oó]n", "linki?\\b[^.!?]{0,100}\\bprowizj"));
    /** Placeholders of embeds that were not loaded, consent notices for them, gallery controls. */
    private static final CueSet EMBED_NOTICE = new CueSet(List.of(
            "externer inhalt", "externen inhalt", "empfohlener redaktioneller inhalt",
            "respektieren (?:deine|ihre) privatsphäre", "(?:deine|ihre) persönlichen daten zu schützen",
            "inhalte? (?:von )?drittanbieter", "externe inhalte angezeigt", "video verfügbar bis",
            "content is not available", "to view this content", "enable javascript", "javascript aktivieren",
            "contenido no está disponible", "contenu externe", "contenu n'est pas disponible", "treść zewnętrzna",
            "bild anzeigen", "bild schließen", "inhalt nachzuladen", "inhalt zu laden", "inhalte laden", "zum vergrößern", "click to enlarge", "ampliar imagen"));
    /** A gallery's position counter: "2 von 17", "3 of 12". */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("^\\d{1,3} (?:von|of|de|sur|z) \\d{1,3}$");
    /** Labels of page controls (buttons rendered as text), the whole paragraph. */
    private static final Pattern CONTROL = Pattern.compile("^\\W*(?:" + String.join("|",
            "caption", "close", "schließen", "cerrar", "fermer", "zamknij", "chiudi", "fechar", "sluiten",
            "next", "previous", "prev", "weiter", "zurück", "anterior", "siguiente", "suivant", "précédent", "dalej",
            "wstecz", "poprzedni", "następny", "show more", "mehr anzeigen", "ver más", "voir plus", "pokaż więcej",
            "load more", "mehr laden", "charger plus", "cargar más", "carica altri", "załaduj więcej",
            "listen to (?:this )?(?:article|story)", "artikel (?:vor)?lesen lassen", "artikel anhören", "écouter (?:l'|cet )article",
            "escuchar (?:la )?(?:noticia|nota)", "ख़बर सुनें", "expand", "collapse", "play", "pause", "menu", "search", "suche", "buscar",
            "rechercher", "szukaj", "print", "drucken", "imprimir", "imprimer", "drukuj", "back to top", "nach oben",
            "volver arriba", "retour en haut", "do góry", "zoom", "vergrößern", "fullscreen", "vollbild",
            "pantalla completa", "plein écran", "copy link", "link kopieren", "copiar enlace", "copier le lien",
            "kopiuj link", "advertisement - scroll to continue", "scroll to continue", "skip ad", "werbung überspringen")
            + ")\\W*$", FLAGS);
    /**
     * A widget's text before its script ran: an unfilled placeholder ("%d Bloggern gefällt das:", "%s comments")
     * or a loading label ("Like Loading...", "Gefällt mir Wird geladen …", "GD Star Rating loading...").
     */
    private static final Pattern WIDGET_TEXT = Pattern.compile(
            "(?:^|\\s)%(?:\\d\\$)?[sd]\\b|\\b(?:loading|wird geladen|chargement|cargando|caricamento|ładowanie|carregando)"
                    + "\\s*(?:\\.{2,3}|…)\\s*$", FLAGS);
    /** A credit line: a picture label and a colon, or a copyright sign, at the start. */
    private static final Pattern CREDIT = Pattern.compile("^[(\\[]?\\s*(?:(?:" + String.join("|",
            "bild(?:er)?", "bild(?:credit|nachweis|quelle|rechte)s?", "(?:beitrags|titel|header|vorschau)bild", "fotos?",
            "foto(?:credit|nachweis|quelle)", "photos?", "photo credits?", "images?", "image credits?", "pictures?",
            "featured image", "header image", "cover image", "abb\\.?", "abbildung", "crédits? photos?",
            "imagen(?: de portada)?", "foto de portada", "fuente de la imagen", "źródło zdjęcia(?: głównego)?",
            "zdjęcie", "fot\\.", "credito(?: foto)?", "immagine", "afbeelding",
            // a picture that illustrates rather than documents: "Photo d'illustration", "Symbolbild", "Imagen ilustrativa"
            "(?:photos?|images?) (?:d'illustration|illustrative)", "illustration", "symbol(?:bild|foto)",
            "(?:imagen|foto|imagem) ilustrativa", "zdjęcie ilustracyjne", "immagine (?:di repertorio|illustrativa)",
            "stock (?:photo|image)") + ")(?:\\s*\\(cc\\))?\\s*[:：]|©|\\(c\\)\\s)", FLAGS);
    /** A line that is only an illustrating picture's label: "(Symbolbild)", "Photo d'illustration.", "Imagen ilustrativa". */
    private static final Pattern ILLUSTRATION_LABEL = Pattern.compile("^\\W*(?:" + String.join("|",
            "(?:photos?|images?) d'illustration", "(?:photo|image) illustrative", "symbol(?:bild|foto)(?:e|s)?",
            "(?:imagen|foto|imagem) ilustrativa", "zdjęcie ilustracyjne", "immagine di repertorio", "archivbild",
            "archive (?:photo|image)", "photo d'archives", "imagen de archivo", "foto de archivo") + ")\\W*$", FLAGS);
    /**
     * The footer a page's print layout adds: "Dieser Artikel wurde ausgedruckt unter der Adresse: …", "Article printed
     * from …", "URL to article: …" (WP-Print), "Sie finden diesen Artikel im Internet auf der Website: …"; such a line
     * holds the page's address.
     */
    private static final CueSet PRINT_FOOTER = new CueSet(List.of(
            "ausgedruckt (?:unter|von|am)", "diesen (?:artikel|beitrag) (?:finden sie|im internet)", "finden sie diesen (?:artikel|beitrag)",
            "printed from", "url to article", "url (?:of|for) this (?:article|page|story)", "find this (?:article|story) (?:online )?at",
            "imprimé (?:depuis|à partir de)", "url de (?:cet|l')article", "impreso desde", "url (?:de este|del) artículo",
            "enlace (?:a este|al) artículo", "adres (?:tego )?artykułu", "wydrukowano z", "stampato da", "url dell'articolo"));
    /**
     * A credit in words: a picture noun, "by" in one of the languages above and a name ("Photograph by Ed Marshall,
     * …", "Foto von Anna Berg / Unsplash", "Photo de Jean Dupont", "Zdjęcie: …" is the colon form above).
     */
    private static final Pattern CREDIT_BY = Pattern.compile("^[(\\[]?\\s*(?i:" + String.join("|",
            "photo(?:graph)?s?", "images?", "pictures?", "illustrations?", "video", "fotos?", "fotografie", "fotografía",
            "fotografia", "bild(?:er)?", "zdjęci[ea]", "immagine") + ")\\s+(?i:by|von|de|par|por|di|door|av|fot\\.|autorstwa)"
            + "\\s+\\p{Lu}", FLAGS);
    /** A web address: a scheme, or a host with a dot and a path. */
    private static final Pattern ADDRESS = Pattern.compile("https?://|www\\.|\\b[\\w-]+\\.[a-z]{2,}/\\S", FLAGS);
    /** A line that ends as a sentence does: "Fotos von Anna Berg zeigen …" is a sentence, not a credit. */
    private static final Pattern SENTENCE = Pattern.compile("[.!?…]\\s*$");
    /** A reading-time line. */
    private static final Pattern READING_TIME = Pattern.compile(
            "\\b\\d{1,3}\\s*(?:-\\s*\\d{1,3}\\s*)?(?:min(?:ute)?s?|minuten|minutos|minuty|minut)\\.?\\s*"
                    + "(?:read|lesezeit|lesedauer|de lecture|de lectura|czytania|di lettura)\\b"
                    + "|\\b(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|czas czytania)\\b", FLAGS);
    /** The heading of a comment section. */
    private static final Pattern COMMENTS = Pattern.compile(
            "^\\W*(?:\\d+\\s+)?(?:leser)?(?:kommentare?|comments?|commentaires?|comentarios?|komentarz[ey]?|commenti|"
                    + "comentários|reacties|responses|discussion|diskussion|leave a (?:reply|comment)|"
                    + "schreibe einen kommentar|kommentare? schreiben|deja un comentario|laisser un commentaire|"
                    + "dodaj komentarz|\\d+ (?:thoughts|responses) (?:on|to))\\b[^.!?]{0,40}$", FLAGS);
    /** A date as pages print it: numeric, or a day and a month name in one of the languages below. */
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?(?:\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b\\d{1,2}\\.?\\s+(?:" + monthNames() + ")\\b|\\b(?=\\p{L}{3,12}\\.?\\s+\\d)(?:" + monthNames()
                    + ")\\.?\\s+\\d{1,2}\\b", FLAGS);
    private static final Pattern TIME = Pattern.compile("\\b(?:[01]?\\d|2[0-3])[:.h][0-5]\\d\\b");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|von|par|por|di|door|av|autor(?:in)?|author|redaktion|text|foto)\\s*:?\\s+\\p{Lu}");

    private Furniture() {
    }

    /**
     * The kind of furniture {@code paragraph} is by its own words and shape, or null when it may be prose.
     * Calls to action and metadata lines are returned whatever their position; callers decide by position.
     *
     * @param linkShare the share of the paragraph's letters that are link text, 0 when unknown
     */
    public static Kind classify(String paragraph, double linkShare) {
        String p = paragraph.strip();
        int length = p.length();
        if (length == 0) {
            return null;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (length <= 300 && READ_ALSO_LABEL.matcher(lower).find()
                || length <= 400 && linkShare >= 0.3 && READ_ALSO_START.matcher(lower).find()) {
            return Kind.READ_ALSO;
        }
        if (length <= 200 && CATEGORY.matcher(lower).find()) {
            return Kind.CATEGORY;
        }
        if (length <= 40 && AD_LABEL.matcher(lower).matches() || length <= 400 && AD_DISCLOSURE.find(lower)) {
            return Kind.ADVERTISING;
        }
        if (length <= 400 && EMBED_NOTICE.find(lower) || length <= 12 && GALLERY_COUNTER.matcher(lower).matches()) {
            return Kind.EMBED_NOTICE;
        }
        if (length <= 40 && CONTROL.matcher(lower).matches() || length <= 80 && WIDGET_TEXT.matcher(lower).find()) {
            return Kind.CONTROL;
        }
        if (length <= 80 && COMMENTS.matcher(lower).matches()) {
            return Kind.COMMENTS;
        }
        if (length <= 160 && (CREDIT.matcher(lower).find()
                || CREDIT_BY.matcher(p).find() && !SENTENCE.matcher(p).find())) {
            return Kind.CREDIT;
        }
        if (length <= 40 && ILLUSTRATION_LABEL.matcher(lower).matches()) {
            return Kind.CREDIT;
        }
        if (length <= 300 && PRINT_FOOTER.find(lower) && ADDRESS.matcher(lower).find()) {
            return Kind.CONTROL;
        }
        if (length <= 160 && READING_TIME.matcher(lower).find()) {
            return Kind.METADATA;
        }
        if (length <= 400 && CALL_TO_ACTION.find(lower)) {
            return Kind.CALL_TO_ACTION;
        }
        if (isMetadataLine(p, lower)) {
            return Kind.METADATA;
        }
        return null;
    }

    /**
     * How many distinct calls to action {@code paragraph} makes ("support us with a donation" makes two): a
     * paragraph with two is an appeal wherever it stands.
     */
    public static int callsToAction(String paragraph) {
        return new TreeSet<>(CALL_TO_ACTION.findAll(paragraph.toLowerCase(Locale.ROOT))).size();
    }

    /** A short line made of a date, a time, a name: a dateline or byline, not a sentence. */
    static boolean isMetadataLine(String p, String lower) {
        if (p.length() > 100 || p.split("\\s+").length > 12 || p.contains("(@")) {
            return false; // "(@handle)": the attribution of an embedded post, which the article quotes
        }
        boolean date = DATE.matcher(lower).find();
        boolean time = TIME.matcher(p).find();
        return date && (time || p.contains("|") || BYLINE.matcher(p).find() || !p.matches(".*[.!?]$"))
                || BYLINE.matcher(p).find() && p.split("\\s+").length <= 6 && !p.matches(".*[.!?]$");
    }

    /** Month names and abbreviations of the languages most pages in scope are written in, from CLDR. */
    private static String monthNames() {
        Set<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        for (String lang : List.of("en", "de", "fr", "es", "pl", "it", "pt", "nl", "cs", "sv", "da", "nb", "ro")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(lang));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    for (String m : symbols.getMonths(context, width)) {
                        String n = m.toLowerCase(new Locale(lang)).replaceAll("\\.$", "").strip();
                        if (n.length() >= 3 && n.chars().allMatch(Character::isLetter)) {
                            names.add(Pattern.quote(n));
                        }
                    }
                }
            }
        }
        return String.join("|", names);
    }
}
