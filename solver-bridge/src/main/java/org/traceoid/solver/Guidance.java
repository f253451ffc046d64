package org.traceoid.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;

/**
 * How a ranker (the GNN, or anything else that maps a {@link Cnf} to a {@link VariableRanking})
 * guides Sat4j's branching order and phases. Only order and phases: clauses, propagation,
 * proof logging and certification are exactly those of an unguided solve
 * (ARCHITECTURE.md, rule 2). Built with {@link #builder(Function)}; every default is the
 * initial value of a {@link Builder} field and stated there once.
 *
 * <p>The ranker is a plain Java function so that this module never sees DJL; it is called on
 * a background thread (overlapping Sat4j's loading of the formula) and, with
 * {@link Retention#REFOCUS}, again on the solving thread.
 *
 * @param ranker             {@code Cnf → VariableRanking}
 * @param retention          how the prior is kept alive against VSIDS (see {@link Retention})
 * @param temperature        τ of the NeuroCore prior {@code scale·n·softmax(s/τ)}
 * @param scale              scale of that prior, in units of Sat4j's current activity increment
 * @param phaseConfidence    a predicted phase is set as a hint only if {@code |p − ½| ≥ phaseConfidence};
 *                           above ½ no phase is ever set
 * @param budgetFraction     share of the solve's timeout that guidance may spend (inference of all rankings)
 * @param budgetCap          absolute cap of the guidance time, timeout or not
 * @param minVariables       formulas with fewer variables skip inference (it costs more than it can save)
 * @param nanosPerOccurrence estimated inference cost per literal occurrence; a formula whose estimate
 *                           exceeds the budget is not ranked at all
 * @param refocusConflicts   with {@link Retention#REFOCUS}: conflicts between re-rankings
 * @param biasPeriod         with {@link Retention#DECAYING_BIAS}: conflicts between bias injections
 * @param biasDecay          with {@link Retention#DECAYING_BIAS}: factor applied to the bias after each injection
 * @param topFraction        share of variables counted as the ranking's "top k" in the report
 */
public record Guidance(Function<Cnf, VariableRanking> ranker, Retention retention, double temperature, double scale,
                       double phaseConfidence, double budgetFraction, Duration budgetCap, int minVariables,
                       double nanosPerOccurrence, int refocusConflicts, int biasPeriod, double biasDecay,
                       double topFraction) {

    /**
     * Keeping a one-shot prior alive: dynamic heuristics overwrite initial activities within a
     * few hundred conflicts (the "initial branching order" observation), so the prior either
     * comes back periodically as a decaying additive bias or is recomputed (NeuroCore,
     * Selsam &amp; Bjørner, arXiv 1903.04671, §4: re-query the network periodically and
     * replace the activity scores).
     */
    public enum Retention {
        /** Initial activities and phases only. */
        ONE_SHOT,
        /** Every {@code biasPeriod} conflicts add {@code scale·prior_v·w} activity increments, {@code w *= biasDecay}. */
        DECAYING_BIAS,
        /** Every {@code refocusConflicts} conflicts re-rank the formula simplified by the root-level assignment
         *  and re-seed activities (while the budget lasts). */
        REFOCUS
    }

    public Guidance {
        Objects.requireNonNull(ranker, "ranker");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(budgetCap, "budgetCap");
        if (!(temperature > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("temperature and scale must be positive: " + temperature + ", " + scale);
        }
        if (!(phaseConfidence >= 0) || !(budgetFraction >= 0 && budgetFraction <= 1) || budgetCap.isNegative()) {
            throw new IllegalArgumentException("phase confidence >= 0, budget fraction in [0,1], cap >= 0 expected");
        }
        if (minVariables < 0 || !(nanosPerOccurrence >= 0) || refocusConflicts <= 0 || biasPeriod <= 0
                || !(biasDecay > 0 && biasDecay <= 1) || !(topFraction > 0 && topFraction <= 1)) {
            throw new IllegalArgumentException("bad guidance setting");
        }
    }

    public static Builder builder(Function<Cnf, VariableRanking> ranker) {
        return new Builder(ranker);
    }

    public Builder toBuilder() {
        return new Builder(ranker).retention(retention).temperature(temperature).scale(scale)
                .phaseConfidence(phaseConfidence).budgetFraction(budgetFraction).budgetCap(budgetCap)
                .minVariables(minVariables).nanosPerOccurrence(nanosPerOccurrence)
                .refocusConflicts(refocusConflicts).biasPeriod(biasPeriod).biasDecay(biasDecay).topFraction(topFraction);
    }

    /** The time guidance may spend for a solve with this timeout: {@code min(cap, fraction·timeout)}. */
    public Duration budget(Optional<Duration> timeout) {
        if (timeout.isEmpty()) {
            return budgetCap;
        }
        Duration share = Duration.ofNanos((long) (timeout.get().toNanos() * budgetFraction));
        return share.compareTo(budgetCap) < 0 ? share : budgetCap;
    }

    /** Builder for {@link Guidance}; each field's initial value is its default (docs/performance.md, "Guided solving"). */
    public static final class Builder {
        private final Function<Cnf, VariableRanking> ranker;
        private Retention retention = Retention.DECAYING_BIAS; // measured: docs/performance.md, "Guided solving"
        private double temperature = 1.0;
        private double scale = 1.0;
        private double phaseConfidence = 0.1;        // hints only where p <= 0.4 or p >= 0.6
        private double budgetFraction = 0.1;         // a tenth of --timeout
        private Duration budgetCap = Duration.ofSeconds(10);
        private int minVariables = 100;              // below, inference is not worth its start-up
        private double nanosPerOccurrence = 10_000;  // rank at d = 64, L = 4: 6-14 µs per occurrence on 2 cores (docs/performance.md)
        private int refocusConflicts = 2000;
        private int biasPeriod = 100;
        private double biasDecay = 0.9;
        private double topFraction = 0.1;

        private Builder(Function<Cnf, VariableRanking> ranker) {
            this.ranker = Objects.requireNonNull(ranker, "ranker");
        }

        public Builder retention(Retention retention) {
            this.retention = retention;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder scale(double scale) {
            this.scale = scale;
            return this;
        }

        public Builder phaseConfidence(double phaseConfidence) {
            this.phaseConfidence = phaseConfidence;
            return this;
        }

        public Builder budgetFraction(double budgetFraction) {
            this.budgetFraction = budgetFraction;
            return this;
        }

        public Builder budgetCap(Duration budgetCap) {
            this.budgetCap = budgetCap;
            return this;
        }

        public Builder minVariables(int minVariables) {
            this.minVariables = minVariables;
            return this;
        }

        public Builder nanosPerOccurrence(double nanosPerOccurrence) {
            this.nanosPerOccurrence = nanosPerOccurrence;
            return this;
        }

        public Builder refocusConflicts(int refocusConflicts) {
            this.refocusConflicts = refocusConflicts;
            return this;
        }

        public Builder biasPeriod(int biasPeriod) {
            this.biasPeriod = biasPeriod;
            return this;
        }

        public Builder biasDecay(double biasDecay) {
            this.biasDecay = biasDecay;
            return this;
        }

        public Builder topFraction(double topFraction) {
            this.topFraction = topFraction;
            return this;
        }

        public Guidance build() {
            return new Guidance(ranker, retention, temperature, scale, phaseConfidence, budgetFraction, budgetCap,
                    minVariables, nanosPerOccurrence, refocusConflicts, biasPeriod, biasDecay, topFraction);
        }
    }
}
