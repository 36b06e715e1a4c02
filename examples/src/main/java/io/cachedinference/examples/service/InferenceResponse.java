package io.cachedinference.examples.service;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of {@code POST /v1/models/{model}/infer}.
 *
 * @param model     the model's name
 * @param output    the model's output tensor
 * @param topClass  the index of the largest output (the predicted class)
 * @param cache     {@code hit} when the model did not run for this request (a cache hit, or a wait
 *                  for an equal request that ran it), {@code miss} when it ran
 * @param elapsedMs server time of the call, from decoded input to output
 */
@JsonbPropertyOrder({"model", "output", "topClass", "cache", "elapsedMs"})
public record InferenceResponse(String model, float[] output, int topClass, String cache, double elapsedMs) {
}
