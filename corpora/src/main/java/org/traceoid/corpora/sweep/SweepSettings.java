package org.traceoid.corpora.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a sweep runs: the configurations, the limits of each run and of each answer check, how
 * many runs go at once, how to start our own JVMs, and the configurations whose UNSAT answers
 * without a proof count as solved ({@code --trust-unsat}).
 */
public record SweepSettings(List<Configuration> configurations, RunLimits limits, RunLimits checkLimits, int jobs,
        SolverCommand solver, Set<String> trustUnsat) {
    public SweepSettings {
        configurations = List.copyOf(configurations);
        trustUnsat = trustUnsat == null ? Set.of() : Set.copyOf(trustUnsat);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(checkLimits, "checkLimits");
        Objects.requireNonNull(solver, "solver");
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("at least one --config or --solver is required");
        }
        Set<String> names = new HashSet<>();
        for (Configuration c : configurations) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("configuration name '" + c.name() + "' given twice");
            }
        }
        for (String trusted : trustUnsat) {
            if (!names.contains(trusted)) {
                throw new IllegalArgumentException("--trust-unsat names no configuration: '" + trusted + "'");
            }
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, got " + jobs);
        }
    }

    /** The same settings with other configurations (as the probe found their versions). */
    public SweepSettings withConfigurations(List<Configuration> replaced) {
        return new SweepSettings(replaced, limits, checkLimits, jobs, solver, trustUnsat);
    }

    /** The same settings, one run at a time (a SLURM array task). */
    SweepSettings oneAtATime() {
        return new SweepSettings(configurations, limits, checkLimits, 1, solver, trustUnsat);
    }
}
