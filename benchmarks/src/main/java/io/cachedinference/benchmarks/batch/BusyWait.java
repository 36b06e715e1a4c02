package io.cachedinference.benchmarks.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How the simulated model spends its time: spinning, never sleeping, so that the model's cost is CPU
 * work that JMH's worker thread does and {@code WorkerCpuTimeProfiler} sees.
 *
 * <p>{@link #CPU} (the default) spins until the calling thread has used the given CPU time: a
 * CPU-bound model does a fixed amount of work, which takes longer only when it waits for a core.
 * {@link #WALL} spins on {@link System#nanoTime()} until the given wall time has passed: on a busy
 * machine the thread is descheduled during part of that time, so the model then costs less CPU than
 * it claims, and the CPU-time figures of the runs that call it understate it by however much the
 * machine was loaded.
 */
public enum BusyWait {
    CPU {
        @Override
        void spin(long nanos) {
            long end = THREADS.getCurrentThreadCpuTime() + nanos;
            while (THREADS.getCurrentThreadCpuTime() < end) {
                Thread.onSpinWait();
            }
        }
    },
    WALL {
        @Override
        void spin(long nanos) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < nanos) {
                Thread.onSpinWait();
            }
        }
    };

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Spins for {@code nanos} of this kind of time. */
    abstract void spin(long nanos);
}
