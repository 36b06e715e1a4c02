package io.cachedinference.examples.service;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the command-line tools' output to what they are about: Weld's, Ehcache's and Redisson's start-up
 * lines, and Jersey's notes about optional modules (JAXB, Activation) that the service does not use,
 * go below the console's level. Warnings and errors still show.
 */
public final class StartupLogging {

    // java.util.logging holds loggers weakly: without these references the levels could be lost
    private static final List<Logger> QUIETED = List.of(
            level(Logger.getLogger("org.jboss.weld"), Level.WARNING),
            level(Logger.getLogger("org.ehcache"), Level.WARNING),
            level(Logger.getLogger("org.redisson"), Level.WARNING),
            level(Logger.getLogger("org.glassfish.grizzly"), Level.WARNING),
            level(Logger.getLogger("org.glassfish.jersey.message.internal.MessagingBinders"), Level.SEVERE));

    private StartupLogging() {
    }

    /** Applies the levels; idempotent. */
    public static void quiet() {
        QUIETED.size();
    }

    private static Logger level(Logger logger, Level level) {
        logger.setLevel(level);
        return logger;
    }
}
