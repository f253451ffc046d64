package org.traceoid.alloy;

import java.util.function.Consumer;
import kodkod.engine.satlab.SATAbortedException;
import kodkod.engine.satlab.SATSolver;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.IncrementalSolver;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.TruthValue;

/**
 * Kodkod's {@link SATSolver} interface over an {@link IncrementalSolver}: clauses go straight
 * in, {@link #solve()} is a certified solve without assumptions (Kodkod asks for further
 * solutions by adding clauses and solving again, which the incremental solver and its
 * incremental certification are made for), and an UNKNOWN answer (a budget or an interrupt)
 * becomes Kodkod's {@link SATAbortedException}. A failed certification propagates as
 * {@code CertificationException}: Alloy then reports an error rather than an answer.
 */
final class CertifiedSatSolver implements SATSolver {
    private final IncrementalSolver solver;
    private final Consumer<CertifiedResult> answers;
    private int variables;
    private int clauses;
    private boolean satisfiable;

    CertifiedSatSolver(SolveOptions options, Consumer<CertifiedResult> answers) {
        this.solver = new IncrementalSolver(options);
        this.answers = answers;
    }

    @Override
    public int numberOfVariables() {
        return variables;
    }

    @Override
    public int numberOfClauses() {
        return clauses;
    }

    @Override
    public void addVariables(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0: " + count);
        }
        variables += count;
        solver.variables().reserveUpTo(variables);
    }

    @Override
    public boolean addClause(int[] literals) {
        solver.addClause(literals); // copied: Kodkod may reuse the array
        clauses++;
        return true;
    }

    @Override
    public boolean solve() {
        CertifiedResult result = solver.solve();
        answers.accept(result);
        if (result.status() == SolveStatus.UNKNOWN) {
            throw new SATAbortedException("Traceoid: " + result.certificate());
        }
        satisfiable = result.status() == SolveStatus.SATISFIABLE;
        return satisfiable;
    }

    @Override
    public boolean valueOf(int variable) {
        if (!satisfiable) {
            throw new IllegalStateException("the last solve was not satisfiable");
        }
        if (variable < 1 || variable > variables) {
            throw new IllegalArgumentException(variable + " !in [1.." + variables + "]");
        }
        // A variable in no clause is not in the model; any value satisfies every clause.
        return solver.value(variable) == TruthValue.TRUE;
    }

    @Override
    public void free() {
        solver.close();
    }
}
