package io.cachedinference.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what a logger (and its children) writes while open, keeping it off the console, so a test that
 * provokes a failure can assert its log line instead of printing it. {@code System.Logger} writes through
 * {@code java.util.logging} here.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final boolean parentHandlers;
    private final Level level;
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(String name) {
        this.logger = Logger.getLogger(name);
        this.parentHandlers = logger.getUseParentHandlers();
        this.level = logger.getLevel();
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
    }

    /** Starts capturing the logger of this name. */
    public static LogCapture of(String name) {
        return new LogCapture(name);
    }

    /** The records captured so far at or above the level. */
    public synchronized List<LogRecord> atLeast(Level min) {
        return records.stream().filter(r -> r.getLevel().intValue() >= min.intValue()).toList();
    }

    /** The messages captured so far at or above the level, with their throwable's text appended. */
    public List<String> messages(Level min) {
        return atLeast(min).stream().map(r -> r.getMessage() + (r.getThrown() == null ? "" : " | " + r.getThrown()))
                .toList();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlers);
        logger.setLevel(level);
    }
}
