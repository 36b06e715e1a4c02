package io.cachedinference.testsupport;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Keeps off the console what the cluster engines log when tests stop their members on purpose (a Hazelcast or
 * Infinispan member killed mid-run, a JGroups channel closed under a request, a cluster of one with discovery
 * off); it all stays in the test log file, and a real failure still fails its test.
 */
public final class ExpectedNoiseFilter implements Filter {

    private final List<String> quiet;

    /** Reads the logger prefixes from {@code io.cachedinference.testsupport.ExpectedNoiseFilter.loggers}. */
    public ExpectedNoiseFilter() {
        String names = LogManager.getLogManager().getProperty(ExpectedNoiseFilter.class.getName() + ".loggers");
        this.quiet = names == null ? List.of() : List.of(names.trim().split("\\s*,\\s*"));
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        // JGroups publishes records of its own making, with no logger name but their source class
        String name = record.getLoggerName() != null ? record.getLoggerName() : record.getSourceClassName();
        return name == null || quiet.stream().noneMatch(name::startsWith);
    }
}
