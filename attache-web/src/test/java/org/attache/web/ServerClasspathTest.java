package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attache.nlp.gazetteer.CodeNames;
import org.attache.nlp.resolve.NameKeys;
import org.junit.jupiter.api.Test;

/**
 * The server runs without the language models: attache-web takes name keys and the gazetteer from attache-names,
 * and CoreNLP is not on its classpath (so a server starts small, and the web module cannot start to depend on it
 * by accident).
 */
class ServerClasspathTest {
    @Test
    void coreNlpIsNotOnTheServersClasspath() {
        assertThatThrownBy(() -> Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.attache.nlp.resolve.EntityResolver"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theNamesTheServerNeedsWorkWithoutIt() {
        assertThat(CodeNames.displayName("VNM")).isEqualTo("Vietnam");
        assertThat(CodeNames.displayName("ASEAN")).isNotNull();
        assertThat(NameKeys.key("Lê Hoài Trung")).isEqualTo(NameKeys.key("le hoai  trung"));
    }
}
