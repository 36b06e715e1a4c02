package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target check reads the right pair of scores, in the right direction. */
final class HitPathReportTest {

    @Test
    void targets_compareTheNamedVariants_andJudgeOnCpuTime() {
        Map<String, Double> cpu = new HashMap<>();
        cpu.put("512/g_cachedCaffeine", 140.0);
        cpu.put("512/d_keyChm", 100.0);      // 1.4x: met
        cpu.put("512/f_cachedEhcache", 130.0);
        cpu.put("512/e_keyRawEhcache", 100.0); // 1.3x: missed
        cpu.put("512/h_naiveSha256Chm", 400.0); // 3.08x faster than (f): met; 2.86x than (g): missed
        Map<String, Double> wall = new HashMap<>(cpu);
        wall.put("512/f_cachedEhcache", 110.0);

        String table = HitPathReport.targets(cpu, wall);

        assertThat(table).contains("(g) ÷ (d) | 1.40× | met | 1.40× |")
                .contains("(f) ÷ (e) | 1.30× | **missed** | 1.10× |")
                .contains("(h) ÷ (f) | 3.08× | met | 3.64× |")
                .contains("(h) ÷ (g) | 2.86× | **missed** | 2.86× |")
                // the tensor's scores were not measured: its targets are left out, not failed
                .doesNotContain("150,528");
    }
}
