package io.cachedinference.examples.ascend;

import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.onnx.OnnxModelConfig;
import io.cachedinference.examples.onnx.OnnxSessionModel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Picks the model backend from the setting {@value #BACKEND}:
 * <ol>
 *   <li>{@code cpu}: the CPU model, always;</li>
 *   <li>{@code onnx}: an {@link OnnxSessionModel} configured by {@link OnnxModelConfig}: the file
 *       named by {@value OnnxModelConfig#MODEL_PATH}, or the bundled classifier when none is set;
 *       fails with an {@link IllegalStateException} naming the cause when it cannot be opened;</li>
 *   <li>{@code npu}: the {@link AscendAclModel} configured by {@link AscendModelConfig#fromSettings};
 *       fails with an {@link IllegalStateException} naming the cause when no model path is set or
 *       the library or model cannot be opened;</li>
 *   <li>{@code auto} (the default): the ONNX model when {@value OnnxModelConfig#MODEL_PATH} is set
 *       and it opens; otherwise the Ascend model when its model path is set and it opens
 *       ({@code libascendcl.so} found and loaded, model loaded); otherwise the CPU model. The
 *       reason for the choice is logged.</li>
 * </ol>
 * The CPU model is created only when it is chosen. An {@link AscendAclModel} or
 * {@link OnnxSessionModel} returned here is {@link AutoCloseable}; the caller closes it.
 */
public final class ModelBackends {

    /** Setting: {@code auto}, {@code onnx}, {@code npu} or {@code cpu}. */
    public static final String BACKEND = "examples.model.backend";

    private static final Logger LOG = System.getLogger(ModelBackends.class.getName());

    /** The values of {@value #BACKEND}. */
    public enum Backend {
        /** ONNX Runtime when a model path is set and it opens, else the NPU when it opens, else the CPU. */
        AUTO,
        /** ONNX Runtime, or fail. */
        ONNX,
        /** The NPU, or fail. */
        NPU,
        /** The CPU. */
        CPU;

        /** Parses a setting value; null or blank means {@link #AUTO}. */
        public static Backend parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            for (Backend backend : values()) {
                if (backend.name().equalsIgnoreCase(value.strip())) {
                    return backend;
                }
            }
            throw new IllegalArgumentException("Unknown " + BACKEND + " '" + value + "'; use auto, onnx, npu or cpu");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ModelBackends() {
    }

    /**
     * Chooses and opens the model.
     *
     * @param settings reads a setting, e.g. {@code System::getProperty}; null means unset
     * @param cpu makes the CPU model
     */
    public static InferenceModel select(Function<String, String> settings, Supplier<? extends InferenceModel> cpu) {
        return select(settings, cpu, AclLibraryLocator.system());
    }

    static InferenceModel select(Function<String, String> settings, Supplier<? extends InferenceModel> cpu,
            AclLibraryLocator locator) {
        Objects.requireNonNull(cpu, "cpu");
        Backend backend = Backend.parse(settings.apply(BACKEND));
        if (backend == Backend.CPU) {
            LOG.log(Level.INFO, "Using the CPU model: {0}=cpu", BACKEND);
            return cpu.get();
        }
        if (backend == Backend.ONNX) {
            return onnx(OnnxModelConfig.fromSettingsOrBundled(settings), backend);
        }
        if (backend == Backend.AUTO) {
            Optional<OnnxModelConfig> onnx = OnnxModelConfig.fromSettings(settings);
            if (onnx.isPresent()) {
                try {
                    return onnx(onnx.get(), backend);
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "Not using the ONNX model: " + e.getMessage(), e);
                }
            }
        }
        Optional<AscendModelConfig> config = AscendModelConfig.fromSettings(settings);
        if (config.isEmpty()) {
            if (backend == Backend.NPU) {
                throw new IllegalStateException(BACKEND + "=npu needs " + AscendModelConfig.MODEL_PATH
                        + " (the .om model file)");
            }
            LOG.log(Level.INFO, "Using the CPU model: {0}=auto and {1} is not set", BACKEND,
                    AscendModelConfig.MODEL_PATH);
            return cpu.get();
        }
        if (backend == Backend.AUTO && locator.find(config.get().library().orElse(null)).isEmpty()) {
            LOG.log(Level.INFO, "Using the CPU model: {0}=auto and {1} was not found (set {2} or ASCEND_HOME_PATH)",
                    BACKEND, AclLibraryLocator.LIBRARY_FILE, AscendModelConfig.LIBRARY);
            return cpu.get();
        }
        try {
            AscendAclModel model = AscendAclModel.open(config.get(), locator);
            LOG.log(Level.INFO, "Using the Ascend NPU model: {0}={1} [{2}]", BACKEND, backend, config.get());
            return model;
        } catch (RuntimeException | LinkageError e) {
            if (backend == Backend.NPU) {
                throw new IllegalStateException(BACKEND + "=npu but the Ascend NPU model could not be opened: "
                        + e.getMessage() + " [" + config.get() + "]", e);
            }
            LOG.log(Level.WARNING, "Using the CPU model: " + BACKEND + "=auto and the Ascend NPU model could not be"
                    + " opened: " + e.getMessage(), e);
            return cpu.get();
        }
    }

    private static OnnxSessionModel onnx(OnnxModelConfig config, Backend backend) {
        try {
            OnnxSessionModel model = OnnxSessionModel.open(config);
            LOG.log(Level.INFO, "Using the ONNX Runtime model: {0}", model);
            return model;
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(BACKEND + "=" + backend + " but the ONNX model could not be opened: "
                    + e.getMessage(), e);
        }
    }
}
