package io.cachedinference.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time JMH's worker threads spent per operation
 * ({@code cpu.time.norm}, ns/op), next to the wall time JMH measures.
 *
 * <p>Why: this machine is shared. When other processes want more cores than there are, a worker
 * thread waits for a core and the wall time per operation grows by whatever the others did, by a
 * factor of 2 or 3 here. The thread's CPU time does not count that wait, so it compares variants
 * measured minutes apart far better; what it still counts is cache and TLB damage from other
 * processes. Normalised like JMH's GC profiler, by every operation of the iteration.
 *
 * <p>Use: {@code -prof io.cachedinference.benchmarks.WorkerCpuTimeProfiler}.
 */
public final class WorkerCpuTimeProfiler implements InternalProfiler {

    /** The secondary result's name. */
    public static final String METRIC = "cpu.time.norm";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = new HashMap<>();

    @Override
    public String getDescription() {
        return "CPU time of JMH's worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuTimes();
    }

    @Override
    public List<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long spent = 0;
        for (Map.Entry<Long, Long> after : workerCpuTimes().entrySet()) {
            // a worker started during the iteration had spent nothing before it
            spent += after.getValue() - before.getOrDefault(after.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult(METRIC, ops == 0 ? Double.NaN : (double) spent / ops, "ns/op",
                AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(thread.getId());
                if (cpu >= 0) {
                    times.put(thread.getId(), cpu);
                }
            }
        }
        return times;
    }
}
