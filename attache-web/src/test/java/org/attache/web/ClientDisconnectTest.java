package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A client that goes away mid-request is logged at DEBUG, without a stack trace at ERROR. */
class ClientDisconnectTest {
    @TempDir
    Path data;

    @Test
    void disconnectsAreToldFromFailures() {
        assertThat(WebServer.clientWentAway(new UncheckedIOException(new EofException("reset")))).isTrue();
        assertThat(WebServer.clientWentAway(new java.nio.channels.ClosedChannelException())).isTrue();
        assertThat(WebServer.clientWentAway(new java.io.IOException("Broken pipe"))).isTrue();
        assertThat(WebServer.clientWentAway(new IllegalStateException("a bug"))).isFalse();
        assertThat(WebServer.clientWentAway(new java.io.IOException("No space left on device"))).isFalse();
    }

    @Test
    void anUploadCutShortByItsClientIsLoggedAtDebugNotError() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(WebServer.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        Level level = log.getLevel();
        log.setLevel(Level.DEBUG);
        PageIngestor never = (name, content) -> {
            throw new AssertionError("the upload never arrived whole");
        };
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data));
             WebServer server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data), never)) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/ingest?name=page.html HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nSec-Fetch-Site: same-origin\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                        + "<p>the first bytes of a long page").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            } // closed mid-body
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && events.list.stream().noneMatch(e -> e.getLevel() == Level.DEBUG
                    && e.getFormattedMessage().contains("the client went away"))) {
                Thread.sleep(50);
            }
        } finally {
            log.detachAppender(events);
            log.setLevel(level);
        }
        List<ILoggingEvent> logged = List.copyOf(events.list);
        assertThat(logged).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).contains("POST /api/ingest: the client went away");
        });
        assertThat(logged).noneSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.ERROR));
    }
}
