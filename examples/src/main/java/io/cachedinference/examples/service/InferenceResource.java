package io.cachedinference.examples.service;

import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.model.ModelRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * {@code POST /v1/models/{model}/infer}: runs a model on one input tensor, through the model bean's
 * {@code @CachedInference} cache. The input is a JSON array of numbers ({@code application/json})
 * or little-endian float32 values ({@code application/octet-stream}); both give the same answer.
 *
 * <ol>
 *   <li>Unknown model: 404 {@code unknown-model}, before the body is read.</li>
 *   <li>A body over the limit for its content type ({@link ServiceSettings}): 413
 *       {@code body-too-large} naming the limit and its setting, before reading when the
 *       {@code Content-Length} says so, else as soon as the limit is passed; a body that does not
 *       arrive in time: 408 {@code body-timeout}. Both close the connection.</li>
 *   <li>Malformed body: 400 with a code from {@link TensorBodies}; the model is not called.</li>
 *   <li>Model failure: 500 {@code model-failed}; the interceptor never caches an exception, so the
 *       next equal request runs the model again.</li>
 *   <li>Otherwise 200 with an {@link InferenceResponse}, whose {@code elapsedMs} is the service's
 *       own time for the call.</li>
 * </ol>
 *
 * <p>{@code GET /v1/models/{model}/sample?seed=1}: an input the model takes (uniform in [-1, 1),
 * the same for the same seed), as little-endian float32 or, with {@code Accept: application/json},
 * as a JSON array; for trying the service with curl.
 */
@Path("v1/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InferenceResource {

    @Inject
    ModelRegistry models;

    @Context
    Configuration configuration;

    /** The input as a JSON array of numbers. */
    @POST
    @Path("{model}/infer")
    @Consumes(MediaType.APPLICATION_JSON)
    public InferenceResponse inferJson(@PathParam("model") String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        InferenceModel model = models.require(name);
        ServiceSettings settings = ServiceApplication.settings(configuration);
        BoundedBody bounded = BoundedBody.open(body, length(contentLength),
                settings.maxJsonBodyBytes(models.largestInput()), ServiceSettings.MAX_JSON_BODY_BYTES,
                MediaType.APPLICATION_JSON, settings.bodyTimeout(), System::nanoTime);
        return run(model, TensorBodies.fromJson(bounded, name, model.inputLength()));
    }

    /** The input as little-endian float32 values. */
    @POST
    @Path("{model}/infer")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public InferenceResponse inferBinary(@PathParam("model") String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        InferenceModel model = models.require(name);
        ServiceSettings settings = ServiceApplication.settings(configuration);
        BoundedBody bounded = BoundedBody.open(body, length(contentLength),
                settings.maxBodyBytes(models.largestInput()), ServiceSettings.MAX_BODY_BYTES,
                MediaType.APPLICATION_OCTET_STREAM, settings.bodyTimeout(), System::nanoTime);
        return run(model, TensorBodies.fromLittleEndian(bounded, name, model.inputLength()));
    }

    /** A sample input as little-endian float32, the default for {@code Accept: *}{@code /*}. */
    @GET
    @Path("{model}/sample")
    @Produces("application/octet-stream;qs=1")
    public byte[] sampleBinary(@PathParam("model") String name, @QueryParam("seed") @DefaultValue("1") long seed) {
        float[] sample = sample(models.require(name), seed);
        ByteBuffer bytes = ByteBuffer.allocate(sample.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(sample);
        return bytes.array();
    }

    /** A sample input as a JSON array. */
    @GET
    @Path("{model}/sample")
    @Produces("application/json;qs=0.5")
    public float[] sampleJson(@PathParam("model") String name, @QueryParam("seed") @DefaultValue("1") long seed) {
        return sample(models.require(name), seed);
    }

    private static float[] sample(InferenceModel model, long seed) {
        Random random = new Random(seed);
        float[] input = new float[model.inputLength()];
        for (int i = 0; i < input.length; i++) {
            input[i] = random.nextFloat() * 2 - 1;
        }
        return input;
    }

    /** The declared length; -1 when absent (chunked), or unreadable (the HTTP server refuses those first). */
    private static long length(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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
        for (int i = 0; i < output.length; i++) {
            if (!Float.isFinite(output[i])) {
                // JSON has no NaN or infinity, so the answer could not even be written
                throw ApiException.modelFailed(model.name(), new IllegalStateException("the model returned "
                        + output[i] + " at index " + i));
            }
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
