package io.cachedinference.examples.onnx;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link OnnxSessionModel} opens. Defaults, all in one place:
 * <ul>
 *   <li>{@code modelPath}: none, meaning the {@link TinyOnnxClassifier} the build puts on the class
 *       path ({@value TinyOnnxClassifier#RESOURCE});</li>
 *   <li>{@code intraOpThreads}: 1, so a run works on the calling thread only and its CPU time is
 *       that thread's; more threads make one run faster on an idle machine, not a loaded one;</li>
 *   <li>{@code name}: {@value #DEFAULT_NAME}, or the model file's name without {@code .onnx}.</li>
 * </ul>
 * As settings ({@link #fromSettings}): {@value #MODEL_PATH}, {@value #THREADS} and {@value #NAME}.
 */
public final class OnnxModelConfig {

    /** Setting: path of an {@code .onnx} model file; unset means the bundled classifier. */
    public static final String MODEL_PATH = "examples.model.onnx.path";
    /** Setting: intra-op threads of a run, default 1. */
    public static final String THREADS = "examples.model.onnx.threads";
    /** Setting: the model's name, default the file's name without {@code .onnx}. */
    public static final String NAME = "examples.model.onnx.name";
    /** The bundled classifier's name. */
    public static final String DEFAULT_NAME = "onnx-cnn";

    private final String name;
    private final Path modelPath;
    private final int intraOpThreads;

    private OnnxModelConfig(String name, Path modelPath, int intraOpThreads) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The ONNX model's name must not be blank [" + NAME + "=" + name + "]");
        }
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException(THREADS + " must be at least 1 [value=" + intraOpThreads + "]");
        }
        this.name = name;
        this.modelPath = modelPath;
        this.intraOpThreads = intraOpThreads;
    }

    /** The bundled classifier, one intra-op thread. */
    public static OnnxModelConfig bundled() {
        return new OnnxModelConfig(DEFAULT_NAME, null, 1);
    }

    /** This model file, named after it, one intra-op thread. */
    public static OnnxModelConfig of(Path modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        Path file = modelPath.getFileName();
        String name = file == null ? modelPath.toString() : file.toString();
        return new OnnxModelConfig(name.endsWith(".onnx") && name.length() > 5
                ? name.substring(0, name.length() - 5) : name, modelPath, 1);
    }

    /**
     * Reads the settings above through {@code settings} (e.g. {@code System::getProperty}); empty
     * when no model path is set, which is how {@code examples.model.backend=auto} tells whether to
     * use ONNX Runtime.
     *
     * @throws IllegalArgumentException when the thread count is not a positive integer
     */
    public static Optional<OnnxModelConfig> fromSettings(Function<String, String> settings) {
        String path = trimmed(settings.apply(MODEL_PATH));
        return path == null ? Optional.empty() : Optional.of(withSettings(of(Path.of(path)), settings));
    }

    /** The settings above, with the bundled classifier when no model path is set. */
    public static OnnxModelConfig fromSettingsOrBundled(Function<String, String> settings) {
        return fromSettings(settings).orElseGet(() -> withSettings(bundled(), settings));
    }

    private static OnnxModelConfig withSettings(OnnxModelConfig config, Function<String, String> settings) {
        String name = trimmed(settings.apply(NAME));
        if (name != null) {
            config = config.withName(name);
        }
        String threads = trimmed(settings.apply(THREADS));
        if (threads != null) {
            try {
                config = config.withIntraOpThreads(Integer.parseInt(threads));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(THREADS + " must be a thread count such as 1 [value=" + threads
                        + "]", e);
            }
        }
        return config;
    }

    /** A copy with this model name. */
    public OnnxModelConfig withName(String newName) {
        return new OnnxModelConfig(newName, modelPath, intraOpThreads);
    }

    /** A copy whose runs use this many intra-op threads. */
    public OnnxModelConfig withIntraOpThreads(int threads) {
        return new OnnxModelConfig(name, modelPath, threads);
    }

    /** The model's name, as {@link OnnxSessionModel#name()} reports it. */
    public String name() {
        return name;
    }

    /** The model file; empty for the bundled classifier. */
    public Optional<Path> modelPath() {
        return Optional.ofNullable(modelPath);
    }

    /** Intra-op threads per run. */
    public int intraOpThreads() {
        return intraOpThreads;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnnxModelConfig that && name.equals(that.name)
                && Objects.equals(modelPath, that.modelPath) && intraOpThreads == that.intraOpThreads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, modelPath, intraOpThreads);
    }

    @Override
    public String toString() {
        return "OnnxModelConfig[name=" + name + ", modelPath="
                + (modelPath == null ? "<bundled " + TinyOnnxClassifier.RESOURCE + ">" : modelPath)
                + ", intraOpThreads=" + intraOpThreads + "]";
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
