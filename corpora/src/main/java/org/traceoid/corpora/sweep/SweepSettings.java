package org.traceoid.corpora.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a sweep runs: the configurations, the per-run limits (wall-clock seconds, heap MB), how
 * many runs go at once, and how to start the solver.
 */
public record SweepSettings(List<Configuration> configurations, double timeoutSeconds, int memoryMb, int jobs,
        SolverCommand solver) {
    public SweepSettings {
        configurations = List.copyOf(configurations);
        Objects.requireNonNull(solver, "solver");
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("at least one --config is required");
        }
        Set<String> names = new HashSet<>();
        for (Configuration c : configurations) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("configuration name '" + c.name() + "' given twice");
            }
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e7) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (memoryMb < 8) {
            throw new IllegalArgumentException("--memory must be at least 8 MB, got " + memoryMb);
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, got " + jobs);
        }
    }
}
