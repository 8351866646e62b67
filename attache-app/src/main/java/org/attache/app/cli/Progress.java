package org.attache.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attache.app.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work: a bar on an interactive terminal (stderr), and counts in the log every few
 * seconds either way, so a CI log or a redirected run still shows how far it got.
 */
final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final ProgressBar bar;
    private final String task;
    private long lastLog = System.nanoTime();

    private Progress(ProgressBar bar, String task) {
        this.bar = bar;
        this.task = task;
    }

    /** A bar when {@code visible} and stderr is a terminal; log lines only otherwise. */
    static Progress start(boolean visible, String task) {
        if (!visible || System.console() == null) {
            return new Progress(null, task);
        }
        Logging.quietTerminal();
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .setUnit(" pages", 1).build();
        return new Progress(bar, task);
    }

    void update(long done, String message) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(" " + message);
        }
        if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            LOG.info("{}: {} done, {}", task, done, message);
            lastLog = System.nanoTime();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
