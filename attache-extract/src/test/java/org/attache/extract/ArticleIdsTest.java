package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void canonicalUrlLowercasesAndDropsTrackingFragmentPortAndSlash() {
        assertThat(ArticleIds.canonicalUrl("HTTPS://News.Example.COM:443/World/Story-1/?utm_source=x&id=7&fbclid=abc#top"))
                .isEqualTo("https://news.example.com/World/Story-1?id=7");
        assertThat(ArticleIds.canonicalUrl("http://example.com:80")).isEqualTo("http://example.com/");
        assertThat(ArticleIds.canonicalUrl("http://example.com:8080/a/")).isEqualTo("http://example.com:8080/a");
        assertThat(ArticleIds.canonicalUrl("not a url")).isEqualTo("not a url");
        assertThat(ArticleIds.canonicalUrl(" ")).isNull();
    }

    @Test
    void sameArticleUnderCosmeticallyDifferentUrlsHasOneId() {
        String a = ArticleIds.id("VNA", ArticleIds.canonicalUrl("https://en.example.vn/a-123.html?utm_medium=rss"), null, List.of("x"));
        String b = ArticleIds.id("VNA", ArticleIds.canonicalUrl("https://EN.example.vn/a-123.html#c"), null, List.of("y"));
        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void recordIdIsUsedWhenThereIsNoUrl() {
        String a = ArticleIds.id("Reuters", null, "reuters-1", List.of("same body"));
        String b = ArticleIds.id("Reuters", null, "reuters-2", List.of("same body"));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void bodyIsTheIdentityWhenThereIsNothingElse() {
        String a = ArticleIds.id(null, null, null, List.of("Việt Nam  and\tLAOS", "agree."));
        String b = ArticleIds.id("Other", null, null, List.of("Vie\u0323\u0302t Nam and laos agree."));
        assertThat(a).isEqualTo(b);
        assertThat(ArticleIds.normalisedBody(List.of("A  B", "C"))).isEqualTo("a b c");
    }
}
