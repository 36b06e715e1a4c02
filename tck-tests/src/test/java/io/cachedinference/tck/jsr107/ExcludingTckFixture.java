package io.cachedinference.tck.jsr107;

import static org.junit.Assert.fail;

import org.jsr107.tck.testutil.AllTestExcluder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.MethodRule;

/**
 * JUnit 4 tests that the TCK's own excluder excludes, as it excludes every annotation test when no
 * BeanProvider loads: they pass without running. Run only by {@link OfficialAnnotationTckTest}, whose
 * guard must reject such a run.
 */
public class ExcludingTckFixture {

    @Rule
    public final MethodRule excluder = new AllTestExcluder();

    @Test
    public void excluded() {
        fail("an excluded test ran");
    }
}
