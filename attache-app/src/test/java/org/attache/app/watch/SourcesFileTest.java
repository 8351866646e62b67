package org.attache.app.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.attache.api.config.FetchConfig;
import org.attache.api.config.WatchConfig;
import org.attache.api.config.WatchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources file is typed: defaults fill in, and any unknown, missing or malformed key is named. */
class SourcesFileTest {
    @TempDir
    Path dir;

    private Path write(String toml) throws Exception {
        Path file = dir.resolve("SOURCES.toml");
        Files.writeString(file, toml);
        return file;
    }

    private static final String MINIMAL = """
            [fetch]
            contact = "https://example.org/attache-contact"

            [[source]]
            name = "VNA"
            kind = "feed"
            url = "https://en.vietnamplus.vn/rss/news.rss"
            """;

    @Test
    void aMinimalFileGetsTheDefaults() throws Exception {
        WatchConfig config = SourcesFile.read(write(MINIMAL));
        assertThat(config.fetch()).isEqualTo(FetchConfig.defaults("https://example.org/attache-contact"));
        assertThat(config.sources()).containsExactly(new WatchSource("VNA", WatchSource.Kind.FEED,
                "https://en.vietnamplus.vn/rss/news.rss", null, WatchSource.DEFAULT_EVERY));
        assertThat(config.jitter()).isEqualTo(WatchConfig.DEFAULT_JITTER);
        assertThat(config.withAllowPrivate(true).fetch().allowPrivate()).isTrue();
    }

    @Test
    void everyKeyIsRead() throws Exception {
        WatchConfig config = SourcesFile.read(write("""
                [fetch]
                contact = "mailto:desk@example.org"
                connect_timeout = "5s"
                timeout = "PT45S"
                max_page_bytes = 2000000
                max_redirects = 3
                host_interval = "1500ms"
                host_connections = 2
                connections = 4

                [watch]
                jitter = 0.2
                max_backoff = "1d"
                max_pages_per_round = 50
                max_attempts = 5
                round_time_limit = "20m"

                [[source]]
                name = "Sitemap"
                kind = "sitemap"
                url = "https://news.example/sitemap.xml"
                outlet = "Example News"
                every = "1h"

                [[source]]
                name = "List"
                kind = "URLS"
                url = "https://news.example/today.txt"
                """));
        FetchConfig f = config.fetch();
        assertThat(f.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(f.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(f.maxBytes()).isEqualTo(2_000_000);
        assertThat(f.hostInterval()).isEqualTo(Duration.ofMillis(1500));
        assertThat(f.hostConnections()).isEqualTo(2);
        assertThat(config.maxBackoff()).isEqualTo(Duration.ofDays(1));
        assertThat(config.maxAttempts()).isEqualTo(5);
        assertThat(config.sources()).extracting(WatchSource::kind).containsExactly(WatchSource.Kind.SITEMAP,
                WatchSource.Kind.URLS);
        assertThat(config.sources().getFirst().every()).isEqualTo(Duration.ofHours(1));
        assertThat(config.sources().getFirst().outlet()).isEqualTo("Example News");
    }

    @Test
    void theReadmesExampleIsAValidSourcesFile() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("attache.readme", "../README.md")));
        int start = readme.indexOf("```toml\n# SOURCES.toml");
        assertThat(start).as("the README shows a SOURCES.toml").isPositive();
        String toml = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));
        WatchConfig config = SourcesFile.read(write(toml)); // read only: nothing is fetched
        assertThat(config.sources()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(config.sources()).extracting(WatchSource::kind).contains(WatchSource.Kind.FEED,
                WatchSource.Kind.SITEMAP);
        assertThat(config.fetch().contact()).startsWith("mailto:");
    }

    @Test
    void mistakesAreNamed() throws Exception {
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("contact", "contakt"))))
                .hasMessageStartingWith("SOURCES.toml: unknown key 'contakt' in [fetch] (known keys: connect_timeout,"
                        + " connections, contact,");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL + "urll = \"x\"\n")))
                .hasMessageStartingWith("SOURCES.toml: unknown key 'urll' in [[source]] #1");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL + "[fetsh]\n")))
                .hasMessageStartingWith("SOURCES.toml: unknown key 'fetsh' in the top level");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("contact = \"https://example.org/attache-contact\"",
                "timeout = \"30s\"")))).hasMessageContaining("[fetch] contact is required");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("https://example.org/attache-contact",
                "someone")))).hasMessageContaining("contact must be an http(s):// or mailto: URL");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("kind = \"feed\"", "kind = \"podcast\""))))
                .hasMessageContaining("[[source]] #1 'VNA': kind must be feed, sitemap or urls");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("https://en.vietnamplus.vn/rss/news.rss",
                "file:///etc/passwd")))).hasMessageContaining("url must be an http:// or https:// URL");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL + "every = \"soon\"\n")))
                .hasMessageContaining("every is not a duration");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL + "every = \"100ms\"\n")))
                .hasMessageContaining("every must be at least 1 s");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL.replace("[[source]]", "[watch]\nmax_attempts = \"many\""
                + "\n\n[[source]]")))).hasMessageStartingWith("SOURCES.toml: key 'max_attempts' in [watch]");
        assertThatThrownBy(() -> SourcesFile.read(write(MINIMAL + MINIMAL.substring(MINIMAL.indexOf("[[source]]")))))
                .hasMessageContaining("two sources are named 'VNA'");
        assertThatThrownBy(() -> SourcesFile.read(write("[fetch]\ncontact = \"mailto:a@b.org\"\n")))
                .hasMessageContaining("no source to watch");
        assertThatThrownBy(() -> SourcesFile.read(write("[fetch\ncontact = 1"))).hasMessageStartingWith(
                "SOURCES.toml: not valid TOML");
    }
}
