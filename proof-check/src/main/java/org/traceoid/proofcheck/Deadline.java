package org.traceoid.proofcheck;

import java.time.Duration;

/** A wall-clock budget started when the check starts; {@link Duration#ZERO} means none. */
final class Deadline {
    private final long startNanos = System.nanoTime();
    private final Duration limit;

    Deadline(Duration limit) {
        this.limit = limit;
    }

    boolean passed() {
        return !limit.isZero() && System.nanoTime() - startNanos >= limit.toNanos();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    String describe() {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
