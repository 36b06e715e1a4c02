package io.cachedinference.examples.replay;

/**
 * What the service answered to one request.
 *
 * @param answer the answer, in the scenario's terms
 * @param hit    true when the model did not run for this request
 */
public record Served<A>(A answer, boolean hit) {
}
