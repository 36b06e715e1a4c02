package io.cachedinference.examples.ascend;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * One loaded {@code libascendcl.so} and its process-wide initialisation. {@code aclInit} and
 * {@code aclFinalize} are once-per-process calls, so models share them through a user count: the
 * first user calls {@code aclInit} ({@code 100002 ACL_ERROR_REPEAT_INITIALIZE} means someone else
 * in the process already did, which is fine), and the last one calls {@code aclFinalize} only if
 * this runtime's {@code aclInit} was the one that initialised ACL.
 */
final class AclRuntime {

    private static final Logger LOG = System.getLogger(AclRuntime.class.getName());
    private static final ConcurrentMap<Path, AclRuntime> LOADED = new ConcurrentHashMap<>();

    private final Path library;
    private final AscendCl acl;
    private int users; // guarded by this
    private boolean ownsInit; // guarded by this

    private AclRuntime(Path library, AscendCl acl) {
        this.library = library;
        this.acl = acl;
    }

    /** The runtime for the library at this path, loading it on first use. */
    static AclRuntime load(Path library) {
        return LOADED.computeIfAbsent(library.toAbsolutePath().normalize(), AclRuntime::open);
    }

    private static AclRuntime open(Path library) {
        try {
            AscendCl acl = Native.load(library.toString(), AscendCl.class,
                    Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
            LOG.log(Level.DEBUG, "Loaded AscendCL from {0}", library);
            return new AclRuntime(library, acl);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("Cannot load the AscendCL library (" + firstLines(e.getMessage()) + ")"
                    + "; its own dependencies (libacl_rt.so, libascend_hal.so, ...) resolve through"
                    + " LD_LIBRARY_PATH, which must be set before the JVM starts (source <cann>/set_env.sh)"
                    + " [path=" + library + "]", e);
        }
    }

    /** JNA's message, without the resource-path (classpath) dump it appends. */
    private static String firstLines(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("Native library ("))
                .distinct()
                .limit(3)
                .collect(Collectors.joining(" "));
    }

    AscendCl api() {
        return acl;
    }

    Path library() {
        return library;
    }

    /** Registers a user, calling {@code aclInit(NULL)} for the first one. */
    synchronized void acquire() {
        if (users == 0) {
            int rc = acl.aclInit(null);
            if (rc == AscendCl.ACL_ERROR_REPEAT_INITIALIZE) {
                String why = acl.aclGetRecentErrMsg();
                LOG.log(Level.DEBUG, "ACL was already initialised in this process; leaving aclFinalize to its owner ({0})",
                        why);
            } else {
                check(rc, "aclInit", "library=" + library);
            }
            ownsInit = rc == AscendCl.ACL_SUCCESS;
        }
        users++;
    }

    /** Unregisters a user; the last one calls {@code aclFinalize} if this runtime initialised ACL. */
    synchronized void release() {
        if (users == 0) {
            throw new IllegalStateException("AclRuntime.release without acquire [library=" + library + "]");
        }
        users--;
        if (users == 0 && ownsInit) {
            ownsInit = false;
            check(acl.aclFinalize(), "aclFinalize", "library=" + library);
        }
    }

    /** Throws an {@link AclException} unless {@code rc} is {@code ACL_SUCCESS}. */
    void check(int rc, String function, String context) {
        if (rc != AscendCl.ACL_SUCCESS) {
            throw failure(rc, function, context);
        }
    }

    /** Returns {@code handle}, or throws if a handle-returning function gave NULL. */
    Pointer handle(Pointer handle, String function, String context) {
        if (handle == null) {
            throw failure(AclError.NULL_HANDLE, function, context);
        }
        return handle;
    }

    /** The exception for a failed call; fetches the calling thread's recent error message. */
    AclException failure(int rc, String function, String context) {
        return new AclException(rc, function, acl.aclGetRecentErrMsg(), context);
    }
}
