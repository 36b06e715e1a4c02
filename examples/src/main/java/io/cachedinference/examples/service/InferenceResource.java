package io.cachedinference.examples.service;

import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.model.ModelRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /v1/models/{model}/infer}: runs a model on one input tensor, through the model bean's
 * {@code @CachedInference} cache. The input is a JSON array of numbers ({@code application/json})
 * or little-endian float32 values ({@code application/octet-stream}); both give the same answer.
 *
 * <ol>
 *   <li>Unknown model: 404 {@code unknown-model}, before the body is read.</li>
 *   <li>Malformed body: 400 with a code from {@link TensorBodies}; the model is not called.</li>
 *   <li>Model failure: 500 {@code model-failed}; the interceptor never caches an exception, so the
 *       next equal request runs the model again.</li>
 *   <li>Otherwise 200 with an {@link InferenceResponse}.</li>
 * </ol>
 */
@Path("v1/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InferenceResource {

    @Inject
    ModelRegistry models;

    /** The input as a JSON array of numbers. */
    @POST
    @Path("{model}/infer")
    @Consumes(MediaType.APPLICATION_JSON)
    public InferenceResponse inferJson(@PathParam("model") String name, InputStream body) throws IOException {
        InferenceModel model = models.require(name);
        return run(model, TensorBodies.fromJson(body.readAllBytes(), name, model.inputLength()));
    }

    /** The input as little-endian float32 values. */
    @POST
    @Path("{model}/infer")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public InferenceResponse inferBinary(@PathParam("model") String name, InputStream body) throws IOException {
        InferenceModel model = models.require(name);
        return run(model, TensorBodies.fromLittleEndian(body.readAllBytes(), name, model.inputLength()));
    }

    private static InferenceResponse run(InferenceModel model, float[] input) {
        long start = System.nanoTime();
        ModelRuns.Observed<float[]> observed;
        try {
            observed = ModelRuns.observe(() -> model.infer(input));
        } catch (RuntimeException e) {
            throw ApiException.modelFailed(model.name(), e);
        }
        float[] output = observed.value();
        if (output == null) {
            throw ApiException.modelFailed(model.name(), new IllegalStateException("the model returned null"));
        }
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        return new InferenceResponse(model.name(), output, argmax(output), observed.modelRan() ? "miss" : "hit",
                elapsedMs);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
