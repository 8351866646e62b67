/**
 * HTML main-content extraction: {@link org.attache.extract.html.HtmlArticleExtractor} turns one article
 * page into an {@link org.attache.extract.html.HtmlExtraction} (title, body paragraphs, captions, byline,
 * published date with provenance, outlet, language and rail links). The pipeline is general, with no
 * per-site rules: rails are lifted out as links, boilerplate is removed by tag, ARIA role and class/id
 * patterns ({@link org.attache.extract.html.DomCleaner}), candidate containers are scored by text and
 * link density ({@link org.attache.extract.html.ContentScorer}), and the winner's blocks are collected in
 * reading order ({@link org.attache.extract.html.BlockCollector}); JSON-LD {@code articleBody} serves as
 * a cross-check when the publisher provides it.
 */
package org.attache.extract.html;
