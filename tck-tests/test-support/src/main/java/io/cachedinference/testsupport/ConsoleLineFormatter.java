package io.cachedinference.testsupport;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One console line per record: time, level, logger, message and the throwable's own message, with no stack
 * trace; the whole record, trace included, is in the test log file the line points to.
 */
public final class ConsoleLineFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(LocalTime.ofInstant(record.getInstant(), ZoneId.systemDefault()).withNano(0))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName() != null ? record.getLoggerName() : record.getSourceClassName())
                .append(": ").append(formatMessage(record));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            String message = String.valueOf(thrown.getMessage()).lines().findFirst().orElse("");
            line.append(" (").append(thrown.getClass().getName()).append(": ").append(message)
                    .append("; stack trace in target/test-*.log)");
        }
        return line.append(System.lineSeparator()).toString();
    }
}
