package io.cachedinference.api.spi;

import java.util.List;

/**
 * The provider cannot be used as configured: invalid settings ({@link ProviderSettings#check()}), or a
 * cache it cannot create as asked. Each problem is a sentence that names the setting or cache, what is
 * wrong and how to fix it; deployment reports each one with every other problem.
 */
public class ProviderConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** One problem. */
    public ProviderConfigurationException(String problem) {
        this(List.of(problem));
    }

    /** Several problems, at least one. */
    public ProviderConfigurationException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem given");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
