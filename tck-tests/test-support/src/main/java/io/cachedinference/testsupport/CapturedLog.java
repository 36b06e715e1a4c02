package io.cachedinference.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Holds a logger's records (and its children's) instead of letting them reach the console, for a test that
 * provokes them on purpose and asserts them; closing gives the logger back its console and level.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final boolean parentHandlers;
    private final Level level;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(Logger logger) {
        this.logger = logger;
        this.parentHandlers = logger.getUseParentHandlers();
        this.level = logger.getLevel();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
    }

    /** Captures the logger named after a class, as {@code System.getLogger(type.getName())} logs. */
    public static CapturedLog of(Class<?> type) {
        return of(type.getName());
    }

    /** Captures the logger of this name. */
    public static CapturedLog of(String name) {
        return new CapturedLog(Logger.getLogger(name));
    }

    /** The records so far. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages so far at or above the level. */
    public List<String> messages(Level min) {
        return records.stream().filter(r -> r.getLevel().intValue() >= min.intValue()).map(LogRecord::getMessage)
                .toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
        logger.setLevel(level);
    }
}
