package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AscendModelConfigTest {

    @Test
    void of_defaultsNameToTheFileNameWithoutOm_deviceToZero_andSearchesForTheLibrary() {
        AscendModelConfig config = AscendModelConfig.of(Path.of("/models/resnet50.om"));

        assertThat(config.name()).isEqualTo("resnet50");
        assertThat(config.deviceId()).isZero();
        assertThat(config.library()).isEmpty();
    }

    @Test
    void fromSettings_readsEverySetting() {
        Map<String, String> settings = Map.of(
                AscendModelConfig.MODEL_PATH, "/models/m.om",
                AscendModelConfig.DEVICE_ID, " 1 ",
                AscendModelConfig.LIBRARY, "/opt/cann/lib64",
                AscendModelConfig.NAME, "ranker");

        assertThat(AscendModelConfig.fromSettings(settings::get)).contains(AscendModelConfig
                .of(Path.of("/models/m.om")).withName("ranker").withDeviceId(1).withLibrary(Path.of("/opt/cann/lib64")));
    }

    @Test
    void fromSettings_withoutAModelPath_isEmpty() {
        assertThat(AscendModelConfig.fromSettings(Map.of(AscendModelConfig.MODEL_PATH, " ")::get)).isEmpty();
    }

    @Test
    void fromSettings_rejectsADeviceIdThatIsNotANumber() {
        Map<String, String> settings = Map.of(AscendModelConfig.MODEL_PATH, "m.om", AscendModelConfig.DEVICE_ID, "npu0");

        assertThatThrownBy(() -> AscendModelConfig.fromSettings(settings::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examples.model.npu.device must be a device number such as 0 [value=npu0]");
    }

    @Test
    void withDeviceId_rejectsANegativeId() {
        assertThatThrownBy(() -> AscendModelConfig.of(Path.of("m.om")).withDeviceId(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deviceId must be >= 0 [deviceId=-1]");
    }
}
