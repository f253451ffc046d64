package org.traceoid.proofcheck;

import java.io.IOException;
import java.util.Arrays;
import org.traceoid.cnf.Cnf;

/**
 * Forward LRAT checking: each added clause must follow from the hints it names, in order, by
 * unit propagation (RUP), or be RAT on its first literal with one hint group per clause that
 * contains the negated pivot. Written apart from the DRAT engine on purpose (no shared
 * propagation or clause code) so that the two can check each other.
 *
 * <p>Semantics follow drat-trim's {@code lrat-check.c}: positive hints before the first
 * negative one are replayed under the negated lemma and stay for every RAT group; group
 * {@code -c} then assumes the negation of clause {@code c} without the negated pivot and replays
 * its own hints. Cost: O(total size of the hinted clauses), plus, for RAT lemmas, a scan of the
 * live clauses containing the negated pivot.
 */
final class ForwardLratCheck {
    private final LratReader reader;
    private final Deadline deadline;
    private final CheckOptions.Progress progress;
    private final int originalCount;

    // clause store: per id, offset into arena and length; deleted clauses have length -1
    private int[] offset;
    private int[] length;
    private int[] arena = new int[1 << 16];
    private int arenaSize;
    private long lastId;
    // per literal index: ids of clauses containing it (deleted ones filtered on use)
    private int[][] occurrences;
    private int[] occurrenceSize;
    // assignment: value[l] = 1 means literal index l is true
    private byte[] value;
    private int[] trail = new int[1024];
    private int trailSize;
    private long steps;

    ForwardLratCheck(Cnf cnf, LratReader reader, Deadline deadline, CheckOptions.Progress progress) {
        this.reader = reader;
        this.deadline = deadline;
        this.progress = progress;
        this.originalCount = cnf.clauseCount();
        offset = new int[originalCount + 1024];
        length = new int[originalCount + 1024];
        int literalIndices = 2 * cnf.variableCount() + 2;
        value = new byte[literalIndices];
        occurrences = new int[literalIndices][];
        occurrenceSize = new int[literalIndices];
        Arrays.fill(occurrences, new int[0]);
        int[] literals = new int[16];
        for (int c = 0; c < originalCount; c++) {
            int n = cnf.clauseLength(c);
            if (literals.length < n) {
                literals = new int[n];
            }
            for (int i = 0; i < n; i++) {
                literals[i] = cnf.literalAt(cnf.clauseStart(c) + i);
            }
            store(c + 1, literals, n);
        }
        lastId = originalCount;
    }

    CheckResult run() throws IOException {
        LratReader.Step step = new LratReader.Step();
        int added = 0;
        while (reader.next(step)) {
            if ((++steps & 4095) == 0) {
                progress.update("lrat", steps, 0);
                if (Thread.currentThread().isInterrupted()) {
                    return result(CheckResult.Failure.CANCELLED, "cancelled", -1, null, added);
                }
                if (deadline.passed()) {
                    return result(CheckResult.Failure.TIME_LIMIT, "time limit of " + deadline.describe() + " reached",
                            -1, null, added);
                }
            }
            if (step.deletion) {
                for (int k = 0; k < step.hints.size(); k++) {
                    int id = step.hints.get(k);
                    if (id > 0 && id < length.length && id <= lastId && length[id] >= 0) {
                        length[id] = -1;
                    }
                }
                continue;
            }
            added++;
            int[] lemma = step.literals.toArray();
            if (step.id <= lastId) {
                return result(CheckResult.Failure.BAD_REFERENCE, "clause id " + step.id + " at " + step.position
                        + " is not above the previous id " + lastId, step.id, lemma, added);
            }
            String problem = checkLemma(lemma, step.hints);
            if (problem != null) {
                return result(problem.contains("does not exist or was deleted") ? CheckResult.Failure.BAD_REFERENCE
                        : CheckResult.Failure.LEMMA_FAILED, "lemma " + step.id + " at " + step.position + ": " + problem,
                        step.id, lemma, added);
            }
            if (lemma.length == 0) {
                return result(CheckResult.Failure.NONE, "", -1, null, added);
            }
            store((int) step.id, lemma, lemma.length);
            lastId = step.id;
        }
        return result(CheckResult.Failure.NO_EMPTY_CLAUSE, "the proof never derives the empty clause", -1, null, added);
    }

    private CheckResult result(CheckResult.Failure failure, String message, long id, int[] lemma, int added) {
        CheckResult.Statistics statistics = new CheckResult.Statistics(originalCount, added, 0, 0, added, 0, 0, 0, 0,
                deadline.elapsed());
        return new CheckResult(failure, message, id, lemma, statistics, null);
    }

    /** Null if the lemma follows from its hints, otherwise why not. */
    private String checkLemma(int[] lemma, IntList hints) {
        trailSize = 0;
        try {
            for (int dimacs : lemma) {
                int literal = index(dimacs);
                if (value[literal] == 1) {
                    continue; // repeated literal
                }
                if (value[literal ^ 1] == 1) {
                    return null; // tautology
                }
                setTrue(literal ^ 1);
            }
            int k = 0;
            while (k < hints.size() && hints.get(k) > 0) {
                int outcome = unitStep(hints.get(k), 0);
                if (outcome == CONFLICT) {
                    return null;
                }
                if (outcome == BAD) {
                    return badHint(hints.get(k));
                }
                if (outcome == NOT_UNIT) {
                    return "hint " + hints.get(k) + " is neither unit nor falsified";
                }
                k++;
            }
            if (lemma.length == 0) {
                return "the hints do not lead to a conflict";
            }
            String rat = checkRat(index(lemma[0]), hints, k);
            if (rat != null && k == hints.size()) {
                // no RAT groups: the lemma is RAT only if no live clause contains the negated pivot
                return "the hints do not lead to a conflict (and " + rat + ")";
            }
            return rat;
        } finally {
            undo(0);
        }
    }

    private String checkRat(int pivot, IntList hints, int firstGroup) {
        int negated = pivot ^ 1;
        int[] candidates = Arrays.copyOf(occurrences[negated], occurrenceSize[negated]);
        int candidateCount = 0;
        for (int c : candidates) {
            if (length[c] >= 0) {
                candidates[candidateCount++] = c;
            }
        }
        Arrays.sort(candidates, 0, candidateCount);
        int k = firstGroup;
        int base = trailSize;
        for (int i = 0; i < candidateCount; i++) {
            int candidate = candidates[i];
            if (k < hints.size() && -hints.get(k) == candidate) {
                k++;
                String problem = checkGroup(candidate, negated, hints, k, base);
                if (problem != null) {
                    return problem;
                }
                while (k < hints.size() && hints.get(k) > 0) {
                    k++;
                }
            } else if (!satisfiedBesides(candidate, negated)) {
                return "RAT on " + dimacs(pivot) + ": no hints for clause " + candidate + ", which contains "
                        + dimacs(negated);
            }
        }
        if (k < hints.size()) {
            return "hint " + hints.get(k) + " names no live clause containing " + dimacs(negated)
                    + " (or the groups are not in increasing order)";
        }
        return null;
    }

    private String checkGroup(int candidate, int negated, IntList hints, int k, int base) {
        try {
            int from = offset[candidate];
            for (int q = from; q < from + length[candidate]; q++) {
                int literal = arena[q];
                if (literal == negated) {
                    continue;
                }
                if (value[literal] == 1) {
                    return null; // resolvent satisfied: blocked
                }
                if (value[literal ^ 1] == 0) {
                    setTrue(literal ^ 1);
                }
            }
            for (; k < hints.size() && hints.get(k) > 0; k++) {
                int outcome = unitStep(hints.get(k), 0);
                if (outcome == CONFLICT) {
                    return null;
                }
                if (outcome == BAD) {
                    return badHint(hints.get(k));
                }
                if (outcome == NOT_UNIT) {
                    return "hint " + hints.get(k) + " for clause " + candidate + " is neither unit nor falsified";
                }
            }
            return "the hints for clause " + candidate + " do not lead to a conflict";
        } finally {
            undo(base);
        }
    }

    /** Whether clause {@code c} has a true literal other than {@code negated} (its resolvent is implied). */
    private boolean satisfiedBesides(int c, int negated) {
        for (int q = offset[c]; q < offset[c] + length[c]; q++) {
            if (arena[q] != negated && value[arena[q]] == 1) {
                return true;
            }
        }
        return false;
    }

    private static final int UNIT = 0;
    private static final int CONFLICT = 1;
    private static final int NOT_UNIT = 2;
    private static final int BAD = 3;

    /** Replays one hint: its clause must be unit (then its literal is made true) or falsified. */
    private int unitStep(int id, int unused) {
        if (id >= length.length || id > lastId || length[id] < 0) {
            return BAD;
        }
        int unit = -1;
        for (int q = offset[id], end = offset[id] + length[id]; q < end; q++) {
            int literal = arena[q];
            if (value[literal ^ 1] == 1) {
                continue; // false
            }
            if (unit >= 0 && literal != unit) {
                return NOT_UNIT;
            }
            unit = literal;
        }
        if (unit < 0) {
            return CONFLICT;
        }
        if (value[unit] == 0) {
            setTrue(unit);
        }
        return UNIT;
    }

    private String badHint(int id) {
        return "hint " + id + " names a clause that does not exist or was deleted";
    }

    private void setTrue(int literal) {
        value[literal] = 1;
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, trailSize * 2);
        }
        trail[trailSize++] = literal;
    }

    private void undo(int size) {
        while (trailSize > size) {
            value[trail[--trailSize]] = 0;
        }
    }

    private int index(int dimacs) {
        int literal = dimacs > 0 ? 2 * dimacs : -2 * dimacs + 1;
        if (literal >= value.length) {
            int size = Math.max(literal + 2, value.length * 2);
            value = Arrays.copyOf(value, size);
            int old = occurrences.length;
            occurrences = Arrays.copyOf(occurrences, size);
            Arrays.fill(occurrences, old, size, new int[0]);
            occurrenceSize = Arrays.copyOf(occurrenceSize, size);
        }
        return literal;
    }

    private static int dimacs(int literal) {
        return (literal & 1) == 0 ? literal >> 1 : -(literal >> 1);
    }

    private void store(int id, int[] literals, int n) {
        if (id >= offset.length) {
            int size = Math.max(id + 1, offset.length * 2);
            offset = Arrays.copyOf(offset, size);
            int old = length.length;
            length = Arrays.copyOf(length, size);
            Arrays.fill(length, old, size, -1);
        }
        if (arenaSize + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + n));
        }
        offset[id] = arenaSize;
        length[id] = n;
        for (int i = 0; i < n; i++) {
            int literal = index(literals[i]);
            arena[arenaSize++] = literal;
            int size = occurrenceSize[literal];
            if (size == occurrences[literal].length) {
                occurrences[literal] = Arrays.copyOf(occurrences[literal], size < 4 ? 4 : size * 2);
            }
            occurrences[literal][size] = id;
            occurrenceSize[literal] = size + 1;
        }
    }
}
