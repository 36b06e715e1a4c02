package io.cachedinference.examples.service;

import io.cachedinference.examples.model.InferenceModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The models the service serves: every {@link InferenceModel} bean, by {@link InferenceModel#name()}. */
@ApplicationScoped
public class ModelRegistry {

    private final Map<String, InferenceModel> models = new TreeMap<>();

    @Inject
    @Any
    Instance<InferenceModel> beans;

    @PostConstruct
    void collect() {
        for (InferenceModel model : beans) {
            InferenceModel previous = models.putIfAbsent(model.name(), model);
            if (previous != null) {
                throw new IllegalStateException("Two InferenceModel beans are named '" + model.name() + "': "
                        + previous.getClass().getName() + " and " + model.getClass().getName()
                        + "; give each model its own name");
            }
        }
    }

    /** The model of a name, if the service has it. */
    public Optional<InferenceModel> find(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** The input length of the largest model, in floats; 0 without models. */
    public int largestInput() {
        int largest = 0;
        for (InferenceModel model : models.values()) {
            largest = Math.max(largest, model.inputLength());
        }
        return largest;
    }

    /** The names of the models, in order. */
    public Set<String> names() {
        return models.keySet();
    }

    /** The model of a name, or a 404 {@link ApiException} listing the models there are. */
    InferenceModel require(String name) {
        return find(name).orElseThrow(() -> ApiException.notFound("unknown-model", "No model named '" + name
                + "'; models: " + names(), Map.of("model", name, "models", List.copyOf(names()))));
    }
}
