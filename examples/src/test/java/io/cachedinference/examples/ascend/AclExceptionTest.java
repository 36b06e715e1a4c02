package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AclExceptionTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0, ACL_SUCCESS",
        "100000, ACL_ERROR_INVALID_PARAM",
        "100002, ACL_ERROR_REPEAT_INITIALIZE",
        "100037, ACL_ERROR_REPEAT_FINALIZE",
        "107002, ACL_ERROR_RT_CONTEXT_NULL",
        "107004, ACL_ERROR_RT_MODEL_CONTEXT",
        "145002, ACL_ERROR_GE_EXEC_MODEL_PATH_INVALID",
        "507011, ACL_ERROR_RT_MODEL_EXECUTE",
        "507033, ACL_ERROR_RT_DEV_SETUP_ERROR",
        "999999, UNKNOWN_ACL_ERROR",
    })
    void aclErrorName_followsTheHeaders(int code, String name) {
        assertThat(AclError.name(code)).isEqualTo(name);
    }

    @Test
    void message_namesFunctionCodeRuntimeMessageAndContext() {
        AclException e = new AclException(107002, "aclmdlExecute", "The context is empty.\n", "model=m");

        assertThat(e).hasMessage("aclmdlExecute failed: 107002 ACL_ERROR_RT_CONTEXT_NULL: The context is empty."
                + " [model=m]");
        assertThat(e.code()).isEqualTo(107002);
        assertThat(e.codeName()).isEqualTo("ACL_ERROR_RT_CONTEXT_NULL");
        assertThat(e.function()).isEqualTo("aclmdlExecute");
        assertThat(e.recentErrorMessage()).isEqualTo("The context is empty.\n");
    }

    @Test
    void message_forANullHandle_saysSo_andHasNoRuntimeMessageWhenAclGaveNone() {
        AclException e = new AclException(AclError.NULL_HANDLE, "aclmdlCreateDesc", null, "model=m");

        assertThat(e).hasMessage("aclmdlCreateDesc failed: returned NULL [model=m]");
        assertThat(e.codeName()).isEqualTo("NULL_HANDLE");
        assertThat(e.recentErrorMessage()).isEmpty();
    }
}
