package io.cachedinference.examples.replay;

/**
 * A replayable workload: a deterministic sequence of requests to one of the service's caches, and
 * the model's own answer to each, to tell a false hit.
 *
 * @param <I> a request's input
 * @param <A> an answer
 */
public abstract class Scenario<I, A> {

    /** A short identifier, such as {@code camera}. */
    public abstract String id();

    /** A title for the report. */
    public abstract String title();

    /** What the workload is, in a sentence or two. */
    public abstract String description();

    /** The service cache the requests go through. */
    public abstract String cacheName();

    /** The key the cache uses, in words. */
    public abstract String keyDescription();

    /** How a false hit is decided, in words. */
    public abstract String answerComparison();

    /** The number of requests. */
    public abstract int size();

    /** The input of request {@code i}; the same for the same {@code i}, every time. */
    public abstract I input(int i);

    /**
     * What request {@code i} asks about: requests of one group have the same right answer, so a
     * perfect key would answer all but the first of a group from the cache.
     */
    public abstract String group(int i);

    /** Sends one request to the service. */
    public abstract Served<A> send(ServiceClient client, I input);

    /** The model's own answer to request {@code i}, without any cache. */
    public abstract A direct(int i, I input);

    /** Whether a served answer is the model's answer. */
    public abstract boolean sameAnswer(A direct, A served);

    /** The label of the time axis of the hit-rate chart. */
    public String timeAxis() {
        return "request";
    }

    /** Where request {@code i} sits on the time axis. */
    public double timeOf(int i) {
        return i + 1;
    }
}
