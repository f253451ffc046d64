package org.traceoid.solver;

import static org.sat4j.core.LiteralsUtils.negLit;
import static org.sat4j.core.LiteralsUtils.posLit;
import static org.sat4j.core.LiteralsUtils.var;

import org.sat4j.minisat.core.ILits;
import org.sat4j.minisat.core.IPhaseSelectionStrategy;
import org.sat4j.minisat.orders.VarOrderHeap;
import org.traceoid.cnf.VariableRanking;

/**
 * Sat4j's VSIDS heap seeded from a {@link VariableRanking} (HOPF.md §3, "Into Sat4j"): in
 * {@link #init()}, after Sat4j's own initialisation, every activity becomes the NeuroCore prior
 * {@code scale·n·softmax(s/τ)_v} (Selsam &amp; Bjørner, arXiv 1903.04671), the heap is rebuilt
 * on those activities, and confident predicted phases are written into the phase strategy.
 *
 * <p>Phases are hints, retractable by construction: Sat4j's auto-erase phase saving overwrites
 * a variable's saved phase at its first assignment, so a hint refuted by propagation or by a
 * learned clause is gone for good and the solver goes on with its own phases.
 *
 * <p>Keeping the prior alive ({@link Guidance.Retention}): Sat4j calls
 * {@link #varDecayActivity()} once per conflict, which is where conflicts are counted. A
 * decaying bias adds {@code w·prior_v} activity increments to every variable every
 * {@code biasPeriod} conflicts (O(n) each time, the heap updated by percolation since
 * activities only grow). Refocusing asks the {@link Reranker} for a new ranking every
 * {@code refocusConflicts} conflicts, at the next decision, and re-seeds all activities
 * (O(n log n) to rebuild the heap, plus inference).
 *
 * <p>Nothing here touches clauses, propagation or the proof: only {@code select()}'s choice.
 */
final class GuidedVariableOrder extends VarOrderHeap {
    private static final long serialVersionUID = 1L;

    /** Re-ranks the formula given the root-level values ({@code +1/−1/0} per variable); {@code null}: no ranking. */
    interface Reranker {
        VariableRanking rerank(ILits lits);
    }

    private final transient Guidance guidance;
    private final transient Reranker reranker;
    private transient VariableRanking ranking;
    private double[] prior;        // n·softmax(s/τ), mean 1; index by variable
    private boolean[] topK;
    private int topCount;
    private long conflicts;
    private double biasWeight = 1;
    private boolean refocusDue;
    private long decisions;
    private long decisionsOnTopK;
    private int rankings;

    GuidedVariableOrder(IPhaseSelectionStrategy phases, VariableRanking ranking, Guidance guidance, Reranker reranker) {
        super(phases);
        this.ranking = ranking;
        this.guidance = guidance;
        this.reranker = reranker;
        this.rankings = 1;
    }

    @Override
    public void init() {
        super.init();
        int n = lits.nVars();
        prior = prior(ranking, n, guidance.temperature());
        markTopK(n);
        reseed();
        double gate = guidance.phaseConfidence();
        for (int v = 1; v <= Math.min(n, ranking.variableCount()); v++) {
            double p = ranking.phaseTrueProbability(v);
            if (p >= 0.5 + gate) {
                phaseStrategy.init(v, posLit(v));
            } else if (p <= 0.5 - gate) {
                phaseStrategy.init(v, negLit(v));
            }
        }
    }

    @Override
    public int select() {
        if (refocusDue) {
            refocusDue = false;
            refocus();
        }
        int literal = super.select();
        if (literal != ILits.UNDEFINED) {
            decisions++;
            if (topK[var(literal)]) {
                decisionsOnTopK++;
            }
        }
        return literal;
    }

    @Override
    public void varDecayActivity() {
        super.varDecayActivity();
        conflicts++;
        switch (guidance.retention()) {
            case DECAYING_BIAS -> {
                if (conflicts % guidance.biasPeriod() == 0) {
                    injectBias();
                }
            }
            case REFOCUS -> {
                if (conflicts % guidance.refocusConflicts() == 0) {
                    refocusDue = true;
                }
            }
            case ONE_SHOT -> { }
        }
    }

    long decisions() {
        return decisions;
    }

    long decisionsOnTopK() {
        return decisionsOnTopK;
    }

    int topCount() {
        return topCount;
    }

    int rankings() {
        return rankings;
    }

    /** {@code n·softmax(s/τ)} over variables {@code 1..n} (mean 1); 0 for variables the ranking lacks. */
    static double[] prior(VariableRanking ranking, int n, double temperature) {
        double[] prior = new double[n + 1];
        int ranked = Math.min(n, ranking.variableCount());
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 1; v <= ranked; v++) {
            max = Math.max(max, ranking.score(v) / temperature);
        }
        double sum = 0;
        for (int v = 1; v <= ranked; v++) {
            double e = Math.exp(ranking.score(v) / temperature - max); // shifted: no overflow
            prior[v] = Double.isFinite(e) ? e : 0;
            sum += prior[v];
        }
        if (sum > 0) {
            for (int v = 1; v <= ranked; v++) {
                prior[v] = n * prior[v] / sum;
            }
        }
        return prior;
    }

    private void markTopK(int n) {
        topK = new boolean[n + 1];
        topCount = (int) Math.max(1, Math.ceil(guidance.topFraction() * n));
        for (int v : ranking.topVariables(topCount)) {
            if (v <= n) {
                topK[v] = true;
            }
        }
    }

    /** Activities := scale·prior, in units of the current increment; the heap rebuilt on them. */
    private void reseed() {
        double increment = currentIncrement();
        for (int v = 1; v < prior.length; v++) {
            activity[v] = guidance.scale() * prior[v] * increment;
        }
        // Every unassigned variable must be in the heap; assigned ones come back through undo().
        heap = createHeap(activity);
        heap.setBounds(prior.length);
        for (int v = 1; v < prior.length; v++) {
            if (lits.belongsToPool(v) && lits.isUnassigned(posLit(v))) {
                heap.insert(v);
            }
        }
    }

    private void injectBias() {
        double weight = guidance.scale() * biasWeight;
        biasWeight *= guidance.biasDecay();
        if (weight < 1e-6) {
            return;
        }
        for (int v = 1; v < prior.length; v++) {
            if (prior[v] > 0) {
                updateActivity(v, weight * prior[v]);
                if (heap.inHeap(v)) {
                    heap.increase(v);
                }
            }
        }
    }

    private void refocus() {
        VariableRanking next = reranker == null ? null : reranker.rerank(lits);
        if (next == null) {
            return;
        }
        ranking = next;
        rankings++;
        prior = prior(next, prior.length - 1, guidance.temperature());
        reseed();
    }

    /**
     * Sat4j's current activity increment ({@code varInc}, private in {@code VarOrderHeap}),
     * read through the protected {@code updateActivity} on the unused slot 0, then restored.
     */
    private double currentIncrement() {
        double saved = activity[0];
        activity[0] = 0;
        updateActivity(0, 1);
        double increment = activity[0];
        activity[0] = saved;
        return increment > 0 ? increment : 1;
    }
}
