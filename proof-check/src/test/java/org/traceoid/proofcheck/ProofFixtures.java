package org.traceoid.proofcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.cnf.testing.TestData;

/** UNSAT instances for proof tests: the public corpus's and seeded random 3-SAT at ratio 5. */
final class ProofFixtures {
    /** Instances whose cadical time is seconds; they run only in the slow profile. */
    static final Set<String> SLOW = Set.of("hole/hole9.cnf", "hole/hole10.cnf");

    private ProofFixtures() {
    }

    /** A formula file with a name for test reports. */
    record Instance(String name, Path cnf) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Instance> publicUnsat(boolean slow) {
        List<Instance> out = new ArrayList<>();
        for (TestData.Instance i : TestData.publicInstances()) {
            if (i.expected() == SolveStatus.UNSATISFIABLE && SLOW.contains(i.toString()) == slow) {
                out.add(new Instance(i.toString(), i.file()));
            }
        }
        return out;
    }

    /**
     * {@code count} uniform random 3-SAT formulas with 30..60 variables and 5 clauses per variable
     * (far above the 4.26 threshold, so UNSAT with overwhelming probability; cadical confirms), written
     * into {@code dir}. Seeds are {@code firstSeed, firstSeed+1, ...}; the seed is in the name.
     */
    static List<Instance> randomUnsat(Path dir, int count, long firstSeed) {
        List<Instance> out = new ArrayList<>();
        for (long seed = firstSeed; out.size() < count; seed++) {
            int variables = 30 + (int) Math.floorMod(seed * 7, 31);
            Cnf cnf = RandomCnf.uniform(3, variables, 5 * variables, seed);
            Path file = dir.resolve("random-3sat-n" + variables + "-seed" + seed + ".cnf");
            try {
                DimacsWriter.write(cnf, file, List.of("seed " + seed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (ExternalSolver.CADICAL.solve(file) == SolveStatus.UNSATISFIABLE) {
                out.add(new Instance(file.getFileName().toString(), file));
            }
        }
        return out;
    }

    /** Cadical's DRAT proof of an UNSAT instance, text or binary, written into {@code dir}. */
    static Path cadicalProof(Instance instance, Path dir, boolean binary) {
        Path proof = dir.resolve(instance.name().replace('/', '_') + (binary ? ".drat.bin" : ".drat"));
        if (!Files.exists(proof)) {
            SolveStatus status = ExternalSolver.CADICAL.solveWithProof(instance.cnf(), proof, binary);
            if (status != SolveStatus.UNSATISFIABLE) {
                throw new IllegalStateException(instance + " is not UNSAT per cadical: " + status);
            }
        }
        return proof;
    }
}
