package org.traceoid.corpora.generators;

import java.util.Map;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * One family of formulas with fixed parameters. {@link #generate} writes the instance for a seed
 * into a sink; the same seed gives the same clauses in the same order on every machine (all
 * randomness comes from {@link java.util.SplittableRandom} or JGraphT generators seeded from it).
 */
public interface InstanceGenerator {
    /** The family's name as {@code traceoid gen} spells it, e.g. {@code ksat}. */
    String family();

    /** The parameters in a stable order, as recorded in {@code c} lines and the manifest. */
    Map<String, Object> parameters();

    /**
     * Writes the instance for {@code seed} into {@code sink}.
     *
     * @return the status the construction guarantees, or {@link SolveStatus#UNKNOWN} where it does not know
     */
    SolveStatus generate(long seed, ClauseSink sink);
}
