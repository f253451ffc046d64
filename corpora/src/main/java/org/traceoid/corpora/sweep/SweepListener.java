package org.traceoid.corpora.sweep;

/** What a running sweep reports: to a progress bar, a log, or nothing. Called from worker threads. */
public interface SweepListener {
    /** {@code total} runs in the sweep, {@code alreadyDone} of them recorded before (resume). */
    default void started(int total, int alreadyDone) {
    }

    /** One run finished and is durably recorded. */
    default void finished(RunResult result) {
    }

    /** Something worth a line, such as how resources are controlled. */
    default void note(String message) {
    }

    /** A wrong answer or another thing a person must see: print it loudly. */
    default void alarm(String message) {
    }

    SweepListener NONE = new SweepListener() {
    };
}
