package io.cachedinference.testsupport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one console line per skipped test (disabled, or aborted by an assumption) with its reason, and one
 * line per test run with the module's counts, where surefire alone shows only "Skipped: 3".
 */
public final class SkipReasonReporter implements TestExecutionListener {

    // the console as it was when the run started: surefire swaps System.out per test to capture its output
    private final PrintStream console = System.out;
    private final AtomicLong tests = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.incrementAndGet();
        report(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                // a container aborted by an assumption (in @BeforeAll): its tests never ran
                report(test, reason(result));
            }
            return;
        }
        tests.incrementAndGet();
        switch (result.getStatus()) {
            case ABORTED -> {
                skipped.incrementAndGet();
                report(test, reason(result));
            }
            case FAILED -> failed.incrementAndGet();
            default -> {
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (tests.get() == 0 && skipped.get() == 0) {
            return;
        }
        console.printf("[tests] %s: %d run, %d failed, %d skipped%s%n", module(), tests.get(), failed.get(),
                skipped.get(), skipped.get() == 0 ? "" : " (reasons above)");
    }

    private void report(TestIdentifier test, String reason) {
        console.printf("[skipped] %s: %s%n", name(test), reason == null || reason.isBlank() ? "(no reason given)" : reason);
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).map(SkipReasonReporter::firstLine).orElse(null);
    }

    /** The assumption's own description: AssertJ wraps it as "assumption was not met due to: [it]" and appends the failed check. */
    static String firstLine(String message) {
        String text = message.strip();
        int newline = text.indexOf('\n');
        String line = (newline < 0 ? text : text.substring(0, newline)).strip();
        String wrapped = "assumption was not met due to: [";
        if (line.startsWith(wrapped) && line.endsWith("]")) {
            return line.substring(wrapped.length(), line.length() - 1);
        }
        return line;
    }

    private static String name(TestIdentifier test) {
        Optional<String> where = test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                return simple(method.getClassName()) + "." + method.getMethodName();
            }
            if (source instanceof ClassSource type) {
                return simple(type.getClassName());
            }
            return null;
        });
        return where.orElse(test.getDisplayName());
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String module() {
        String dir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(dir).getFileName().toString();
    }
}
