package org.traceoid.solver;

import java.util.function.BooleanSupplier;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;

/**
 * Stops a Sat4j search on interrupt, at a wall-clock deadline, or after a number of conflicts,
 * by expiring Sat4j's timeout: Sat4j polls that flag once per search loop and then ends the
 * call with a {@code TimeoutException}. Polled at every conflict, every 256th decision and at
 * the start of each {@code isSatisfiable} call, so a stop takes effect within one conflict or
 * 256 decisions. Our own budgets instead of Sat4j's {@code setTimeout*}: Sat4j has one timeout
 * mode at a time (seconds or conflicts), and we need both plus an interrupt.
 */
final class StopCondition extends SearchListenerAdapter<ISolverService> {
    private static final long serialVersionUID = 1L;

    /** Why the search stopped, if it did. */
    enum Reason { NONE, INTERRUPTED, TIME_LIMIT, CONFLICT_BUDGET, PROPAGATION_BUDGET }

    private final transient ISolver sat4j;
    private final transient BooleanSupplier interrupted;
    private final long deadline;
    private final long conflictBudget;
    private final long propagationBudget;
    private long conflicts;
    private long propagations;
    private int decisions;
    private volatile Reason reason = Reason.NONE;

    /**
     * @param deadline       {@code System.nanoTime()} value to stop at; {@code Long.MAX_VALUE} for none
     * @param conflictBudget conflicts allowed in this call; {@code Long.MAX_VALUE} for none
     */
    StopCondition(ISolver sat4j, BooleanSupplier interrupted, long deadline, long conflictBudget) {
        this(sat4j, interrupted, deadline, conflictBudget, Long.MAX_VALUE);
    }

    /** As above, with a budget of unit propagations ({@code Long.MAX_VALUE} for none), also polled every 1024 propagations. */
    StopCondition(ISolver sat4j, BooleanSupplier interrupted, long deadline, long conflictBudget, long propagationBudget) {
        this.sat4j = sat4j;
        this.interrupted = interrupted;
        this.deadline = deadline;
        this.conflictBudget = conflictBudget;
        this.propagationBudget = propagationBudget;
    }

    /** Why the search stopped ({@link Reason#NONE} if no limit was hit). */
    Reason reason() {
        return reason;
    }

    /** Checks the limits now, as the solve call does before starting. */
    boolean shouldStop() {
        poll();
        return reason != Reason.NONE;
    }

    /** The text of an UNKNOWN answer's certificate. */
    String describe() {
        return switch (reason) {
            case INTERRUPTED -> "interrupted";
            case TIME_LIMIT, NONE -> "time limit reached";
            case CONFLICT_BUDGET -> "conflict budget of " + conflictBudget + " exhausted";
            case PROPAGATION_BUDGET -> "propagation budget of " + propagationBudget + " exhausted";
        };
    }

    @Override
    public void assuming(int literal) {
        if ((++decisions & 255) == 0) {
            poll();
        }
    }

    @Override
    public void propagating(int literal) {
        if ((++propagations & 1023) == 0 && propagationBudget != Long.MAX_VALUE) {
            poll();
        }
    }

    @Override
    public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
        conflicts++;
        poll();
    }

    @Override
    public void start() {
        poll();
    }

    private void poll() {
        Reason now = interrupted.getAsBoolean() ? Reason.INTERRUPTED
                : System.nanoTime() >= deadline ? Reason.TIME_LIMIT
                : conflicts >= conflictBudget ? Reason.CONFLICT_BUDGET
                : propagations >= propagationBudget ? Reason.PROPAGATION_BUDGET
                : Reason.NONE;
        if (now != Reason.NONE) {
            if (reason == Reason.NONE) {
                reason = now;
            }
            sat4j.expireTimeout();
        }
    }
}
