package org.traceoid.solver;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.minisat.core.ICDCL;
import org.sat4j.minisat.core.ILits;
import org.sat4j.specs.ISolver;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.VariableRanking;

/**
 * One solve's guidance: decides whether to rank at all, runs the ranker on a background thread
 * while Sat4j loads the formula, waits for it no longer than the budget, and installs a
 * {@link GuidedVariableOrder}, or leaves Sat4j's own order in place and records why
 * (ARCHITECTURE.md rule 2: past the budget, or without a model, plain Sat4j, and it says so).
 *
 * <p>The budget ({@link Guidance#budget}) covers all inference of the solve, refocusings
 * included. Before any inference, a formula whose estimated cost
 * ({@code nanosPerOccurrence · literal occurrences}) exceeds the budget is not ranked; after the
 * first ranking the estimate uses the measured rate.
 */
final class GuidedSearch {
    private final Cnf cnf;
    private final Guidance guidance;
    private final long budgetNanos;
    private final long started;
    private FutureTask<VariableRanking> pending;
    private String offReason;
    private VariableRanking ranking;
    private long spentNanos;
    private double nanosPerOccurrence;
    private GuidedVariableOrder order;

    private GuidedSearch(Cnf cnf, Guidance guidance, Optional<Duration> timeout) {
        this.cnf = cnf;
        this.guidance = guidance;
        this.budgetNanos = guidance.budget(timeout).toNanos();
        this.started = System.nanoTime();
        this.nanosPerOccurrence = guidance.nanosPerOccurrence();
    }

    /** Decides and, if guidance is worth trying, starts ranking {@code cnf} on a background thread. */
    static GuidedSearch start(Cnf cnf, Guidance guidance, Optional<Duration> timeout) {
        GuidedSearch search = new GuidedSearch(cnf, guidance, timeout);
        search.begin();
        return search;
    }

    private void begin() {
        long occurrences = cnf.literalCount();
        double estimate = nanosPerOccurrence * occurrences;
        if (budgetNanos <= 0) {
            offReason = "guidance budget is 0";
        } else if (cnf.variableCount() < guidance.minVariables()) {
            offReason = String.format(Locale.ROOT, "small formula: %d variables < %d, inference skipped",
                    cnf.variableCount(), guidance.minVariables());
        } else if (estimate > budgetNanos) {
            offReason = String.format(Locale.ROOT,
                    "formula too large for the guidance budget: estimated %.3f s for %d literal occurrences > %.3f s",
                    estimate / 1e9, occurrences, budgetNanos / 1e9);
        } else {
            pending = new FutureTask<>(() -> guidance.ranker().apply(cnf));
            Thread thread = new Thread(pending, "traceoid-guidance");
            thread.setDaemon(true); // an overrunning ranking must not keep the JVM alive
            thread.start();
        }
    }

    /**
     * Waits for the ranking (at most what is left of the budget) and installs the guided order
     * into {@code sat4j}; otherwise leaves Sat4j's order as it is.
     */
    void install(ISolver sat4j) {
        if (pending == null) {
            return;
        }
        long left = budgetNanos - (System.nanoTime() - started);
        try {
            ranking = pending.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException overrun) {
            pending.cancel(true);
            offReason = String.format(Locale.ROOT, "inference overran its budget of %.3f s", budgetNanos / 1e9);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            offReason = "ranker failed: " + (cause.getMessage() != null ? cause.getMessage() : cause.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            offReason = "interrupted while ranking";
        } finally {
            spentNanos = System.nanoTime() - started;
            pending = null;
        }
        if (ranking == null) {
            return;
        }
        if (ranking.variableCount() != cnf.variableCount()) {
            offReason = "ranking has " + ranking.variableCount() + " variables, the formula " + cnf.variableCount();
            return;
        }
        if (!(sat4j instanceof ICDCL<?> cdcl)) {
            offReason = "solver " + sat4j.getClass().getSimpleName() + " has no variable order to guide";
            return;
        }
        long measured = ranking.inferenceNanos() > 0 ? ranking.inferenceNanos() : spentNanos;
        nanosPerOccurrence = (double) measured / Math.max(1, cnf.literalCount());
        order = new GuidedVariableOrder(cdcl.getOrder().getPhaseSelectionStrategy(), ranking, guidance,
                guidance.retention() == Guidance.Retention.REFOCUS ? this::rerank : null);
        cdcl.setOrder(order);
    }

    /** The refocusing ranker: the formula simplified by the root-level assignment, if the budget allows. */
    private VariableRanking rerank(ILits lits) {
        Cnf residual = residual(cnf, lits);
        if (residual.clauseCount() == 0 || spentNanos + nanosPerOccurrence * residual.literalCount() > budgetNanos) {
            return null;
        }
        long start = System.nanoTime();
        try {
            return guidance.ranker().apply(residual);
        } catch (RuntimeException e) {
            return null; // refocusing is optional; the current order stays
        } finally {
            long took = System.nanoTime() - start;
            spentNanos += took;
            // The estimate follows the slowest rate seen, so one slow call stops further ones.
            nanosPerOccurrence = Math.max(nanosPerOccurrence, (double) took / Math.max(1, residual.literalCount()));
        }
    }

    /** {@code cnf} without clauses satisfied at level 0 and without literals false at level 0. O(occurrences). */
    static Cnf residual(Cnf cnf, ILits lits) {
        CnfBuilder builder = new CnfBuilder().declareVariables(cnf.variableCount());
        int[] kept = new int[64];
        clauses:
        for (int c = 0; c < cnf.clauseCount(); c++) {
            int size = 0;
            for (int p = cnf.clauseStart(c), end = cnf.clauseEnd(c); p < end; p++) {
                int dimacs = cnf.literalAt(p);
                int internal = LiteralsUtils.toInternal(dimacs);
                if (!lits.isUnassigned(internal) && lits.getLevel(internal) == 0) { // getLevel takes a literal
                    if (lits.isSatisfied(internal)) {
                        continue clauses;
                    }
                    continue; // false at the root
                }
                if (size == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, 2 * size);
                }
                kept[size++] = dimacs;
            }
            builder.addClause(kept, 0, size);
        }
        return builder.build();
    }

    GuidanceReport report() {
        if (order == null) {
            String reason = offReason != null ? offReason
                    : pending != null ? "formula refuted while loading, no search to guide" : "not installed";
            return GuidanceReport.off(reason, Optional.ofNullable(ranking), spentNanos);
        }
        return new GuidanceReport(true, Optional.empty(), Optional.of(ranking), spentNanos, order.rankings(),
                order.topCount(), order.decisions(), order.decisionsOnTopK());
    }
}
