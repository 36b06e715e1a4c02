package io.cachedinference.examples.ascend;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.cachedinference.examples.model.InferenceModel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An offline {@code .om} model run on an Ascend NPU through CANN AscendCL ({@code libascendcl.so},
 * bound with JNA). The model must have one {@code ACL_FLOAT} input and one {@code ACL_FLOAT}
 * output of fixed shape.
 *
 * <p>Lifecycle, as CANN documents it:
 * <ol>
 *   <li>{@link #open}: {@code aclInit} (shared per process; 100002 "already initialised" is
 *       accepted), {@code aclrtSetDevice}, {@code aclrtCreateContext}, {@code aclrtGetRunMode},
 *       {@code aclmdlLoadFromFile}, {@code aclmdlCreateDesc}/{@code aclmdlGetDesc}, then one
 *       {@code aclrtMalloc} device buffer per input and output, in datasets. If a step fails,
 *       everything made so far is released and the {@link AclException} is thrown.</li>
 *   <li>{@link #infer}: under one lock per model (executions on one model id must not overlap),
 *       {@code aclrtSetCurrentContext} on the calling thread, then the input goes to the device
 *       ({@code aclrtMemcpy} host-to-device in {@code ACL_HOST} run mode; written straight into
 *       device memory in {@code ACL_DEVICE} mode, where the application runs on the device), then
 *       {@code aclmdlExecute}, then the output comes back the same way.</li>
 *   <li>{@link #close}: frees each buffer's device memory and destroys the buffers, then the
 *       datasets (which do not own their buffers), unloads the model, destroys the description
 *       and the context, resets the device, and lets the last user call {@code aclFinalize}.
 *       Idempotent; waits for a running inference.</li>
 * </ol>
 * Thread-safe. ACL's current context is per OS thread, so calls from a virtual thread run on a
 * dedicated platform thread of this model. Close it explicitly (not from a cleaner): teardown
 * needs the context too.
 */
public final class AscendAclModel implements InferenceModel, AutoCloseable {

    private static final Logger LOG = System.getLogger(AscendAclModel.class.getName());

    private final AscendModelConfig config;
    private final AclRuntime runtime;
    private final AscendCl acl;
    private final PlatformThreadRunner platform;
    private final String context;
    private final ReentrantLock lock = new ReentrantLock();

    // All guarded by lock; null/false until made, and again after close.
    private boolean closed;
    private boolean initAcquired;
    private boolean deviceSet;
    private Pointer aclContext;
    private boolean modelLoaded;
    private int modelId;
    private Pointer modelDesc;
    private AclModelIo inputs;
    private AclModelIo outputs;
    private boolean hostRunMode;
    private Memory hostInput;
    private Memory hostOutput;
    private volatile int inputLength; // set once by open
    private volatile int outputLength; // set once by open

    private AscendAclModel(AscendModelConfig config, AclRuntime runtime, PlatformThreadRunner platform) {
        this.config = config;
        this.runtime = runtime;
        this.acl = runtime.api();
        this.platform = platform;
        this.context = "model=" + config.name() + ", path=" + config.modelPath() + ", device=" + config.deviceId();
    }

    /**
     * Loads the model and allocates its device buffers.
     *
     * @throws IllegalStateException when {@code libascendcl.so} cannot be found or loaded
     * @throws AclException when an ACL call fails (missing or corrupt file, no device, ...)
     * @throws IllegalArgumentException when the model does not have one fixed-size float input
     *     and output
     */
    public static AscendAclModel open(AscendModelConfig config) {
        return open(config, AclLibraryLocator.system());
    }

    static AscendAclModel open(AscendModelConfig config, AclLibraryLocator locator) {
        Objects.requireNonNull(config, "config");
        AclRuntime runtime = AclRuntime.load(locator.locate(config.library().orElse(null)));
        PlatformThreadRunner platform = new PlatformThreadRunner("ascend-acl-" + config.name());
        AscendAclModel model = new AscendAclModel(config, runtime, platform);
        try {
            platform.call(() -> {
                model.openResources();
                return null;
            });
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
        return model;
    }

    private void openResources() {
        lock.lock();
        try {
            allocateInOrder();
        } catch (RuntimeException | Error e) {
            AclTeardown teardown = new AclTeardown(runtime, context);
            releaseInOrder(teardown);
            teardown.suppressInto(e);
            throw e;
        } finally {
            lock.unlock();
        }
        LOG.log(Level.INFO, "Opened Ascend model {0}: {1} -> {2} floats, run mode {3} [{4}, library={5}]",
                config.name(), inputLength, outputLength, hostRunMode ? "ACL_HOST" : "ACL_DEVICE", context,
                runtime.library());
    }

    private void allocateInOrder() {
        runtime.acquire();
        initAcquired = true;
        int deviceId = config.deviceId();
        runtime.check(acl.aclrtSetDevice(deviceId), "aclrtSetDevice", context);
        deviceSet = true;
        PointerByReference contextSlot = new PointerByReference();
        runtime.check(acl.aclrtCreateContext(contextSlot, deviceId), "aclrtCreateContext", context);
        aclContext = contextSlot.getValue();
        IntByReference runMode = new IntByReference();
        runtime.check(acl.aclrtGetRunMode(runMode), "aclrtGetRunMode", context);
        hostRunMode = runMode.getValue() == AscendCl.ACL_HOST;
        IntByReference idSlot = new IntByReference();
        runtime.check(acl.aclmdlLoadFromFile(config.modelPath().toString(), idSlot), "aclmdlLoadFromFile", context);
        modelId = idSlot.getValue();
        modelLoaded = true;
        modelDesc = runtime.handle(acl.aclmdlCreateDesc(), "aclmdlCreateDesc", context);
        runtime.check(acl.aclmdlGetDesc(modelDesc, modelId), "aclmdlGetDesc", context);
        long inputBytes = singleFloatTensor("input", acl.aclmdlGetNumInputs(modelDesc),
                acl.aclmdlGetInputDataType(modelDesc, 0), acl.aclmdlGetInputSizeByIndex(modelDesc, 0));
        long outputBytes = singleFloatTensor("output", acl.aclmdlGetNumOutputs(modelDesc),
                acl.aclmdlGetOutputDataType(modelDesc, 0), acl.aclmdlGetOutputSizeByIndex(modelDesc, 0));
        inputs = AclModelIo.allocate(runtime, new long[] {inputBytes}, context);
        outputs = AclModelIo.allocate(runtime, new long[] {outputBytes}, context);
        if (hostRunMode) {
            hostInput = new Memory(inputBytes);
            hostOutput = new Memory(outputBytes);
        }
        inputLength = (int) (inputBytes / Float.BYTES);
        outputLength = (int) (outputBytes / Float.BYTES);
    }

    private long singleFloatTensor(String kind, long count, int dataType, long bytes) {
        if (count != 1) {
            throw new IllegalArgumentException("The model must have exactly one " + kind + " tensor, it has "
                    + count + " [" + context + "]");
        }
        if (dataType != AscendCl.ACL_FLOAT) {
            throw new IllegalArgumentException("The model's " + kind + " must be ACL_FLOAT (0), it is aclDataType "
                    + dataType + "; convert the model with float32 I/O [" + context + "]");
        }
        if (bytes <= 0 || bytes % Float.BYTES != 0 || bytes / Float.BYTES > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The model's " + kind + " has " + bytes + " bytes, not a fixed"
                    + " float tensor (0 means a dynamic shape; fix it with atc --input_shape) [" + context + "]");
        }
        return bytes;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public int inputLength() {
        return inputLength;
    }

    @Override
    public int outputLength() {
        return outputLength;
    }

    /**
     * {@inheritDoc}
     *
     * @throws AclException when an ACL call fails; the model stays usable
     * @throws IllegalStateException when the model is closed
     */
    @Override
    public float[] infer(float[] input) {
        Objects.requireNonNull(input, "input");
        if (input.length != inputLength) {
            throw new IllegalArgumentException("Model " + config.name() + " expects " + inputLength
                    + " input floats, got " + input.length);
        }
        return platform.call(() -> inferLocked(input));
    }

    private float[] inferLocked(float[] input) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The Ascend model is closed [" + context + "]");
            }
            // The current context is per OS thread: set it on every call, whichever thread this is.
            runtime.check(acl.aclrtSetCurrentContext(aclContext), "aclrtSetCurrentContext", context);
            Pointer deviceIn = inputs.device(0);
            long inBytes = inputs.size(0);
            if (hostRunMode) {
                hostInput.write(0, input, 0, input.length);
                runtime.check(acl.aclrtMemcpy(deviceIn, inBytes, hostInput, inBytes,
                        AscendCl.ACL_MEMCPY_HOST_TO_DEVICE), "aclrtMemcpy", context);
            } else {
                deviceIn.write(0, input, 0, input.length);
            }
            runtime.check(acl.aclmdlExecute(modelId, inputs.dataset(), outputs.dataset()), "aclmdlExecute",
                    context);
            float[] output = new float[outputLength];
            Pointer deviceOut = outputs.device(0);
            long outBytes = outputs.size(0);
            if (hostRunMode) {
                runtime.check(acl.aclrtMemcpy(hostOutput, outBytes, deviceOut, outBytes,
                        AscendCl.ACL_MEMCPY_DEVICE_TO_HOST), "aclrtMemcpy", context);
                hostOutput.read(0, output, 0, output.length);
            } else {
                deviceOut.read(0, output, 0, output.length);
            }
            return output;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Releases every ACL resource of this model, in the documented order; later calls do nothing.
     *
     * @throws AclException when a release step fails (the remaining steps still run)
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            lock.unlock();
        }
        try {
            platform.call(() -> {
                AclTeardown teardown = new AclTeardown(runtime, context);
                lock.lock();
                try {
                    releaseInOrder(teardown);
                } finally {
                    lock.unlock();
                }
                teardown.finish();
                return null;
            });
            LOG.log(Level.DEBUG, "Closed Ascend model {0}", config.name());
        } finally {
            platform.close();
        }
    }

    private void releaseInOrder(AclTeardown teardown) {
        if (aclContext != null) {
            teardown.call("aclrtSetCurrentContext", () -> acl.aclrtSetCurrentContext(aclContext));
        }
        if (inputs != null) {
            inputs.release(teardown);
            inputs = null;
        }
        if (outputs != null) {
            outputs.release(teardown);
            outputs = null;
        }
        if (modelLoaded) {
            teardown.call("aclmdlUnload", () -> acl.aclmdlUnload(modelId));
            modelLoaded = false;
        }
        if (modelDesc != null) {
            Pointer desc = modelDesc;
            teardown.call("aclmdlDestroyDesc", () -> acl.aclmdlDestroyDesc(desc));
            modelDesc = null;
        }
        if (aclContext != null) {
            Pointer ctx = aclContext;
            teardown.call("aclrtDestroyContext", () -> acl.aclrtDestroyContext(ctx));
            aclContext = null;
        }
        if (deviceSet) {
            teardown.call("aclrtResetDevice", () -> acl.aclrtResetDevice(config.deviceId()));
            deviceSet = false;
        }
        if (initAcquired) {
            teardown.run(runtime::release);
            initAcquired = false;
        }
        if (hostInput != null) {
            hostInput.close();
            hostOutput.close();
            hostInput = null;
            hostOutput = null;
        }
    }

    @Override
    public String toString() {
        return "AscendAclModel[" + context + "]";
    }
}
