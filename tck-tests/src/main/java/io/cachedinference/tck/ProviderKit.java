package io.cachedinference.tck;

import org.junit.jupiter.api.Nested;

/**
 * The whole provider kit in one class: a provider module extends it once with its fixture, and JUnit runs
 * every suite below as a nested class, so no suite can be forgotten. Suites skip only what the fixture's
 * {@link io.cachedinference.api.spi.Capabilities} declare, saying so.
 *
 * <pre>{@code
 * final class AcmeKitTest extends ProviderKit {
 *     @Override
 *     protected ProviderFixture fixture() {
 *         return () -> "acme";
 *     }
 * }
 * }</pre>
 */
public abstract class ProviderKit {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Nested
    class Contract extends CachingContractSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Deployment extends DeploymentValidationSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Keys extends KeyGenerationSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class SingleFlight extends SingleFlightSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class FailOpen extends FailOpenSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Switches extends SwitchesSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class ModelVersions extends ModelVersionSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Async extends AsyncResultSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Batch extends BatchSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Compression extends CompressionSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class ByteBound extends ByteBoundSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Policies extends PolicySuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class Races extends RaceSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }

    @Nested
    class ProviderConfigured extends ProviderConfiguredSuite {
        @Override
        protected ProviderFixture fixture() {
            return ProviderKit.this.fixture();
        }
    }
}
