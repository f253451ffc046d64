package org.traceoid.solver.preprocess;

import java.util.function.BooleanSupplier;

/**
 * The work one preprocessing run may do, counted in ticks (one tick is about one clause or
 * literal visited: Kissat's and CaDiCaL's measure of effort, which unlike time is the same on
 * every machine and every run), and the caller's stop request. Each technique runs as a phase
 * with its share of the total, so that no technique starves the others; what a phase leaves
 * unused goes to the later ones. The stop supplier is polled every {@link #POLL_TICKS} ticks
 * (well under a millisecond of work) and at every phase start.
 */
final class Budget {
    static final long POLL_TICKS = 1 << 15;

    private final long total;
    private final BooleanSupplier stop;
    private long spent;
    private long phaseEnd;
    private long nextPoll = POLL_TICKS;
    private boolean stopped;

    Budget(long total, BooleanSupplier stop) {
        this.total = total;
        this.stop = stop;
        this.phaseEnd = total;
    }

    /** Records {@code ticks} of work. */
    void charge(long ticks) {
        spent += ticks;
        if (spent >= nextPoll) {
            poll();
        }
    }

    /** Asks the stop supplier now; true once it said stop. */
    boolean poll() {
        nextPoll = spent + POLL_TICKS;
        if (!stopped && stop.getAsBoolean()) {
            stopped = true;
        }
        return stopped;
    }

    /** Starts a phase that may spend {@code share} of the total budget (or what is left of it). */
    void startPhase(double share) {
        poll();
        phaseEnd = Math.min(total, spent + (long) (share * total));
    }

    /** Whether the current phase must end: its share is spent, the budget is spent, or a stop was asked for. */
    boolean exhausted() {
        return stopped || spent >= phaseEnd;
    }

    /** Whether the whole budget is spent. */
    boolean spentAll() {
        return spent >= total;
    }

    boolean stopped() {
        return stopped;
    }

    long spent() {
        return spent;
    }
}
