package io.cachedinference.examples.ascend;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link AscendAclModel} opens. Defaults, all in one place:
 * <ul>
 *   <li>{@code name}: the model file's name without {@code .om};</li>
 *   <li>{@code deviceId}: 0;</li>
 *   <li>{@code library}: none, so {@code libascendcl.so} is searched under
 *       {@code ASCEND_HOME_PATH} and the standard CANN install paths; an explicit path (the file,
 *       or its directory) wins and is the only one tried.</li>
 * </ul>
 * As settings ({@link #fromSettings}): {@value #MODEL_PATH} (required), {@value #DEVICE_ID},
 * {@value #LIBRARY} and {@value #NAME}.
 */
public final class AscendModelConfig {

    /** Setting: path of the offline {@code .om} model. */
    public static final String MODEL_PATH = "examples.model.npu.path";
    /** Setting: the NPU device id, default 0. */
    public static final String DEVICE_ID = "examples.model.npu.device";
    /** Setting: explicit {@code libascendcl.so} (or its directory). */
    public static final String LIBRARY = "examples.model.npu.library";
    /** Setting: the model's name, default the file name without {@code .om}. */
    public static final String NAME = "examples.model.npu.name";

    private final String name;
    private final Path modelPath;
    private final int deviceId;
    private final Path library;

    private AscendModelConfig(String name, Path modelPath, int deviceId, Path library) {
        this.name = requireText(name, "name");
        this.modelPath = Objects.requireNonNull(modelPath, "modelPath");
        if (deviceId < 0) {
            throw new IllegalArgumentException("deviceId must be >= 0 [deviceId=" + deviceId + "]");
        }
        this.deviceId = deviceId;
        this.library = library;
    }

    /** The defaults for this model file. */
    public static AscendModelConfig of(Path modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        Path file = modelPath.getFileName();
        String name = file == null ? modelPath.toString() : file.toString();
        return new AscendModelConfig(name.endsWith(".om") && name.length() > 3
                ? name.substring(0, name.length() - 3) : name, modelPath, 0, null);
    }

    /**
     * Reads the settings above through {@code settings} (e.g. {@code System::getProperty}); empty
     * when no model path is set.
     *
     * @throws IllegalArgumentException when the device id is not a non-negative integer
     */
    public static Optional<AscendModelConfig> fromSettings(Function<String, String> settings) {
        String path = trimmed(settings.apply(MODEL_PATH));
        if (path == null) {
            return Optional.empty();
        }
        AscendModelConfig config = of(Path.of(path));
        String name = trimmed(settings.apply(NAME));
        if (name != null) {
            config = config.withName(name);
        }
        String device = trimmed(settings.apply(DEVICE_ID));
        if (device != null) {
            try {
                config = config.withDeviceId(Integer.parseInt(device));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(DEVICE_ID + " must be a device number such as 0 [value=" + device
                        + "]", e);
            }
        }
        String library = trimmed(settings.apply(LIBRARY));
        return Optional.of(library == null ? config : config.withLibrary(Path.of(library)));
    }

    /** A copy with this model name. */
    public AscendModelConfig withName(String newName) {
        return new AscendModelConfig(newName, modelPath, deviceId, library);
    }

    /** A copy that runs on this NPU device. */
    public AscendModelConfig withDeviceId(int newDeviceId) {
        return new AscendModelConfig(name, modelPath, newDeviceId, library);
    }

    /** Uses this {@code libascendcl.so} (or the one in this directory) and searches nowhere else. */
    public AscendModelConfig withLibrary(Path newLibrary) {
        return new AscendModelConfig(name, modelPath, deviceId, Objects.requireNonNull(newLibrary, "library"));
    }

    /** The model's name, as {@link AscendAclModel#name()} reports it. */
    public String name() {
        return name;
    }

    /** The offline {@code .om} model file. */
    public Path modelPath() {
        return modelPath;
    }

    /** The NPU device id. */
    public int deviceId() {
        return deviceId;
    }

    /** The explicit library path, if any. */
    public Optional<Path> library() {
        return Optional.ofNullable(library);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AscendModelConfig that
                && name.equals(that.name)
                && modelPath.equals(that.modelPath)
                && deviceId == that.deviceId
                && Objects.equals(library, that.library);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, modelPath, deviceId, library);
    }

    @Override
    public String toString() {
        return "AscendModelConfig[name=" + name + ", modelPath=" + modelPath + ", deviceId=" + deviceId
                + ", library=" + (library == null ? "<search>" : library) + "]";
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank [" + what + "=" + value + "]");
        }
        return value;
    }
}
