package io.cachedinference.tck;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Flattens a container's deployment failure into every problem it carries (causes and suppressed). */
public final class DeploymentProblems {

    private DeploymentProblems() {
    }

    /**
     * The problems whose message starts with the id, such as {@code CI-101}; a container's wrapper that only
     * repeats its cause's message is left out, so each problem counts once.
     */
    public static List<Throwable> withId(List<Throwable> problems, String id) {
        return problems.stream().filter(p -> p.getMessage() != null && p.getMessage().startsWith(id + " "))
                .filter(p -> p.getCause() == null || !p.getMessage().equals(p.getCause().getMessage())).toList();
    }

    /** Every throwable reachable from the failure. */
    public static List<Throwable> flatten(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        collect(failure, all, new IdentityHashMap<>());
        return all;
    }

    private static void collect(Throwable t, List<Throwable> all, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        all.add(t);
        collect(t.getCause(), all, seen);
        for (Throwable s : t.getSuppressed()) {
            collect(s, all, seen);
        }
    }
}
