package io.cachedinference.tck.jsr107;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.cache.annotation.BeanProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs JUnit 4 test classes (the TCK's) through the Vintage engine inside a test, and judges the run so it
 * cannot pass by doing nothing: the TCK's {@code AbstractTestExcluder} turns every test into a pass that logs
 * "EXCLUDING TEST" when no {@link BeanProvider} loads. A run counts only when our provider is the one the TCK
 * loads, every expected test executed and passed, and none was skipped or excluded.
 */
final class TckRun {

    private static final String EXCLUDED = "EXCLUDING TEST";

    /** What a run did, test by test. */
    record Outcome(boolean providerFound, List<String> passed, Map<String, Throwable> failed, List<String> skipped,
            List<String> excluded) {

        /** Why the run does not count, one line each; empty when it executed {@code expected} tests and all passed. */
        List<String> problems(int expected) {
            List<String> problems = new ArrayList<>();
            if (!providerFound) {
                problems.add("the TCK loads no " + WeldBeanProvider.class.getName() + " through ServiceLoader"
                        + " (META-INF/services/javax.cache.annotation.BeanProvider), so it would exclude every test");
            }
            if (!excluded.isEmpty()) {
                problems.add(excluded.size() + " test(s) excluded by the TCK, passing without testing anything: "
                        + excluded);
            }
            if (!skipped.isEmpty()) {
                problems.add(skipped.size() + " test(s) skipped: " + skipped);
            }
            failed.forEach((test, error) -> problems.add("failed: " + test + ": " + error));
            int executed = passed.size() + failed.size() - excluded.size();
            if (executed != expected) {
                problems.add(executed + " test(s) executed, expected " + expected);
            }
            return problems;
        }
    }

    private TckRun() {
    }

    static Outcome run(Class<?>... testClasses) {
        boolean providerFound = ServiceLoader.load(BeanProvider.class).findFirst()
                .filter(WeldBeanProvider.class::isInstance).isPresent();
        List<String> passed = Collections.synchronizedList(new ArrayList<>());
        Map<String, Throwable> failed = Collections.synchronizedMap(new LinkedHashMap<>());
        List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        List<String> excluded = Collections.synchronizedList(new ArrayList<>());
        // the excluder logs through java.util.logging under its own class name: heard here, kept off the console
        Logger tck = Logger.getLogger("org.jsr107.tck");
        Level level = tck.getLevel();
        boolean parents = tck.getUseParentHandlers();
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains(EXCLUDED)) {
                    excluded.add(record.getMessage().replace("=====", "").trim());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        tck.setLevel(Level.INFO);
        tck.setUseParentHandlers(false);
        tck.addHandler(listener);
        try {
            // no auto-registered listeners: the module's summary line counts this test once, not the TCK's too
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            List<ClassSelector> selectors = Arrays.stream(testClasses).map(c -> selectClass(c)).collect(Collectors.toList());
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                    .filters(EngineFilter.includeEngines("junit-vintage")).build(), new TestExecutionListener() {
                        @Override
                        public void executionSkipped(TestIdentifier test, String reason) {
                            skipped.add(name(test) + " (" + reason + ")");
                        }

                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            if (!test.isTest()) {
                                result.getThrowable().ifPresent(t -> failed.put(name(test), t));
                                return;
                            }
                            switch (result.getStatus()) {
                                case SUCCESSFUL -> passed.add(name(test));
                                case ABORTED -> skipped.add(name(test));
                                default -> failed.put(name(test), result.getThrowable().orElse(null));
                            }
                        }
                    });
        } finally {
            tck.removeHandler(listener);
            tck.setUseParentHandlers(parents);
            tck.setLevel(level);
        }
        return new Outcome(providerFound, List.copyOf(passed), Map.copyOf(failed), List.copyOf(skipped),
                List.copyOf(excluded));
    }

    private static String name(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(s -> s.getClassName().substring(s.getClassName().lastIndexOf('.') + 1) + "." + s.getMethodName())
                .orElse(test.getDisplayName());
    }
}
