package io.cachedinference.examples.replay;

/**
 * What the service answered to one request.
 *
 * @param answer    the answer, in the scenario's terms
 * @param hit       true when the model did not run for this request
 * @param serviceMs the service's own time for the call, from its answer's {@code elapsedMs}
 *                  (decoded input to output: no transfer, no decoding)
 */
public record Served<A>(A answer, boolean hit, double serviceMs) {
}
