package io.cachedinference.interceptor.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The one collector of a deployment's problems: every rule adds to it, and deployment fails with all of them. */
public final class DeploymentProblems implements Consumer<RuntimeException> {

    private final List<RuntimeException> problems = new ArrayList<>();

    @Override
    public synchronized void accept(RuntimeException problem) {
        problems.add(problem);
    }

    /** Whether no problem was found. */
    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, in the order found. */
    public synchronized List<RuntimeException> all() {
        return List.copyOf(problems);
    }

    /** Forgets every problem, once they are reported. */
    public synchronized void clear() {
        problems.clear();
    }
}
