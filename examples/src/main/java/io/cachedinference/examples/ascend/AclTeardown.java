package io.cachedinference.examples.ascend;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Runs release steps to the end even when some fail, then reports the first failure. */
final class AclTeardown {

    private static final Logger LOG = System.getLogger(AclTeardown.class.getName());

    private final AclRuntime runtime;
    private final String context;
    private final List<RuntimeException> failures = new ArrayList<>();

    AclTeardown(AclRuntime runtime, String context) {
        this.runtime = runtime;
        this.context = context;
    }

    /** Calls one ACL function; a non-zero code is recorded, not thrown. */
    void call(String function, IntSupplier step) {
        int rc = step.getAsInt();
        if (rc != AscendCl.ACL_SUCCESS) {
            record(runtime.failure(rc, function, context));
        }
    }

    /** Runs a step that reports failure by throwing. */
    void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void record(RuntimeException failure) {
        LOG.log(Level.WARNING, "Releasing ACL resources: " + failure.getMessage());
        failures.add(failure);
    }

    /** Throws the first recorded failure, with the others suppressed. */
    void finish() {
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Attaches every recorded failure to {@code primary}, the error that caused this teardown. */
    void suppressInto(Throwable primary) {
        failures.forEach(primary::addSuppressed);
    }
}
