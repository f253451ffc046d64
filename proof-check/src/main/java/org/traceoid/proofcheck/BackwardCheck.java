package org.traceoid.proofcheck;

import org.traceoid.cnf.Cnf;

/**
 * Backward DRAT checking, after drat-trim (Wetzler, Heule and Hunt, SAT 2014).
 *
 * <p>Forward pass: add the formula and then each proof step, propagating after each, until
 * unit propagation conflicts at the top level; the steps after that point are never needed.
 * Backward pass: from that conflict, mark the clauses it depends on, then walk the steps in
 * reverse, undoing each (a lemma is detached and its implied literals unassigned, a deleted
 * clause comes back) and checking only the lemmas that are marked, RUP first and then RAT on
 * the pivot. Each check marks what it used, so unmarked lemmas are never checked.
 *
 * <p>Deletions: by default a deletion of a unit clause or of the reason of a top-level literal
 * is ignored and counted, as drat-trim does (solvers delete such clauses while the literal
 * stays implied; honouring it would lose the literal). With strict deletions every deletion is
 * honoured and the top level is propagated again from scratch, O(formula) each time.
 */
final class BackwardCheck {
    private static final int FINAL = Integer.MAX_VALUE;

    private final Cnf cnf;
    private final RecordedProof proof;
    private final CheckOptions options;
    private final Deadline deadline;
    private ClauseDatabase db;
    private Propagator p;
    private RatCheck rat;
    private boolean[] alive;
    private boolean[] ignoredStep;
    private int ignoredDeletions;
    private int ratLemmas;
    private int checkedLemmas;
    private Certificate certificate;

    BackwardCheck(Cnf cnf, RecordedProof proof, CheckOptions options, Deadline deadline) {
        this.cnf = cnf;
        this.proof = proof;
        this.options = options;
        this.deadline = deadline;
    }

    CheckResult run() {
        db = ClauseDatabase.load(cnf, proof);
        p = new Propagator(db);
        alive = new boolean[db.clauseCount];
        ignoredStep = new boolean[db.stepCount];
        rat = new RatCheck(p, alive);
        certificate = new Certificate(cnf, proof, db, p, options.recordLrat());

        // Forward: the formula.
        int conflict = Propagator.NO_CONFLICT;
        for (int c = 0; c < db.originalCount && conflict == Propagator.NO_CONFLICT; c++) {
            conflict = add(c);
        }
        if (conflict == Propagator.NO_CONFLICT) {
            conflict = p.propagate();
        }
        // Forward: the proof, up to the first top-level conflict.
        int conflictStep = -1;
        for (int s = 0; s < db.stepCount && conflict == Propagator.NO_CONFLICT; s++) {
            if ((s & 1023) == 0) {
                CheckResult stop = interruption("forward", s, db.stepCount);
                if (stop != null) {
                    return stop;
                }
            }
            int step = db.steps[s];
            int clause = step >>> 1;
            if ((step & 1) != 0) {
                delete(s, clause);
            } else {
                conflict = add(clause);
                if (conflict == Propagator.NO_CONFLICT) {
                    conflict = p.propagate();
                }
            }
            conflictStep = s;
        }
        if (conflict == Propagator.NO_CONFLICT) {
            return failure(CheckResult.Failure.NO_CONFLICT,
                    "unit propagation on the formula and all lemmas does not reach a conflict", -1, null);
        }
        if (options.requireEmptyClause() && !db.hasEmptyLemma && conflictStep >= 0) {
            return failure(CheckResult.Failure.NO_EMPTY_CLAUSE, "the proof never adds the empty clause", -1, null);
        }
        p.setCurrentUser(FINAL);
        p.analyze(conflict, 0, certificate.finalHints());

        // Backward.
        for (int s = conflictStep; s >= 0; s--) {
            if ((s & 255) == 0) {
                CheckResult stop = interruption("backward", conflictStep - s, conflictStep + 1);
                if (stop != null) {
                    return stop;
                }
            }
            int step = db.steps[s];
            int clause = step >>> 1;
            if ((step & 1) != 0) {
                if (!ignoredStep[s]) {
                    undelete(clause);
                }
                continue;
            }
            remove(clause);
            if (p.core[clause] && !verify(clause)) {
                int index = db.stepIndex[s];
                return failure(CheckResult.Failure.LEMMA_FAILED, "lemma " + (index + 1) + " is neither RUP nor RAT",
                        index, proof.stepLiterals(index));
            }
        }
        return verified();
    }

    /** Adds a clause (original or lemma) at the top level; returns a falsified clause or NO_CONFLICT. */
    private int add(int clause) {
        alive[clause] = true;
        int length = db.length(clause);
        if (length == 0) {
            return clause;
        }
        if (length == 1) {
            int literal = db.literals[db.start[clause]];
            if (p.value[literal] == -1) {
                return clause;
            }
            if (p.value[literal] == 0) {
                p.assign(literal, clause);
            }
            return Propagator.NO_CONFLICT;
        }
        int nonFalse = p.chooseWatches(clause);
        p.attach(clause);
        if (nonFalse == 0) {
            return clause;
        }
        int first = db.literals[db.start[clause]];
        if (nonFalse == 1 && p.value[first] == 0) {
            p.assign(first, clause);
        }
        return Propagator.NO_CONFLICT;
    }

    private void delete(int s, int clause) {
        boolean unitOrReason = db.length(clause) <= 1 || p.isReason(clause);
        if (unitOrReason && !options.strictDeletions()) {
            ignoredStep[s] = true;
            ignoredDeletions++;
            return;
        }
        alive[clause] = false;
        if (db.length(clause) >= 2) {
            p.detach(clause);
        }
        if (unitOrReason) {
            rebuildTopLevel();
        }
    }

    /** Backward: a clause deleted at this step comes back. */
    private void undelete(int clause) {
        int conflict = add(clause);
        if (options.strictDeletions()) {
            if (conflict == Propagator.NO_CONFLICT) {
                conflict = p.propagate();
            }
            if (conflict != Propagator.NO_CONFLICT) {
                throw new IllegalStateException("restoring a deleted clause cannot conflict");
            }
        }
    }

    /** Backward: a lemma goes away, and with it every literal assigned since it became a reason. */
    private void remove(int clause) {
        alive[clause] = false;
        int length = db.length(clause);
        if (length == 0) {
            return;
        }
        boolean reason = p.isReason(clause);
        if (length >= 2) {
            p.detach(clause);
        }
        if (reason) {
            int position = p.trailPosition[db.literals[db.start[clause]] >>> 1];
            if (options.strictDeletions()) {
                rebuildTopLevel();
            } else {
                p.backtrack(position);
            }
        }
    }

    /** Strict deletions: forget the top level and propagate every live unit again. */
    private void rebuildTopLevel() {
        p.reset();
        int conflict = Propagator.NO_CONFLICT;
        for (int c = 0; c < db.clauseCount && conflict == Propagator.NO_CONFLICT; c++) {
            if (alive[c] && db.length(c) == 1) {
                int literal = db.literals[db.start[c]];
                if (p.value[literal] == -1) {
                    conflict = c;
                } else if (p.value[literal] == 0) {
                    p.assign(literal, c);
                }
            }
        }
        if (conflict == Propagator.NO_CONFLICT) {
            conflict = p.propagate();
        }
        if (conflict != Propagator.NO_CONFLICT) {
            throw new IllegalStateException("removing clauses cannot create a conflict");
        }
    }

    /** RUP, then RAT; records hints; marks what it used. */
    private boolean verify(int lemma) {
        checkedLemmas++;
        p.setCurrentUser(lemma);
        IntList hints = certificate.beginLemma(lemma);
        int saved = p.trailSize;
        int[] literals = db.literals;
        int from = db.start[lemma];
        int to = db.start[lemma + 1];
        boolean pivotFalse = db.length(lemma) > 0 && p.value[db.pivot[lemma]] == -1;
        int conflict = Propagator.NO_CONFLICT;
        int skip = 0;
        for (int q = from; q < to; q++) {
            int literal = literals[q];
            byte v = p.value[literal];
            if (v == 1) {
                int r = p.reason[literal >>> 1];
                if (r == Propagator.ASSUMPTION) { // a tautology: never needed, trivially implied
                    p.backtrack(saved);
                    certificate.endLemma(lemma, hints);
                    return true;
                }
                conflict = r;
                skip = literal >>> 1;
                break;
            }
            if (v == 0) {
                p.assign(literal ^ 1, Propagator.ASSUMPTION);
            }
        }
        if (conflict == Propagator.NO_CONFLICT) {
            conflict = p.propagate();
        }
        if (conflict != Propagator.NO_CONFLICT) {
            p.analyze(conflict, skip, hints);
            p.backtrack(saved);
            certificate.endLemma(lemma, hints);
            return true;
        }
        boolean ok = false;
        if (to > from && !pivotFalse) {
            int mark = hints == null ? 0 : hints.size();
            ok = rat.check(lemma, db.pivot[lemma], hints);
            if (!ok && options.ratOnAllPivots()) {
                for (int q = from; q < to && !ok; q++) {
                    int pivot = literals[q];
                    if (pivot != db.pivot[lemma]) {
                        if (hints != null) {
                            hints.truncate(mark);
                        }
                        ok = rat.check(lemma, pivot, hints);
                        if (ok) {
                            certificate.setPivot(lemma, pivot);
                        }
                    }
                }
            }
            if (ok) {
                ratLemmas++;
            }
        }
        p.backtrack(saved);
        if (ok) {
            certificate.endLemma(lemma, hints);
        }
        return ok;
    }

    private CheckResult interruption(String phase, long done, long total) {
        options.progress().update(phase, done, total);
        if (Thread.currentThread().isInterrupted()) {
            return failure(CheckResult.Failure.CANCELLED, "cancelled", -1, null);
        }
        if (deadline.passed()) {
            return failure(CheckResult.Failure.TIME_LIMIT, "time limit of " + deadline.describe() + " reached", -1, null);
        }
        return null;
    }

    private CheckResult failure(CheckResult.Failure failure, String message, long step, int[] lemma) {
        return new CheckResult(failure, message, step, lemma, statistics(), null);
    }

    private CheckResult verified() {
        return new CheckResult(CheckResult.Failure.NONE, "", -1, null, statistics(), certificate);
    }

    private CheckResult.Statistics statistics() {
        int coreOriginals = 0;
        int coreLemmas = 0;
        if (p != null) {
            for (int c = 0; c < db.clauseCount; c++) {
                if (p.core[c]) {
                    if (c < db.originalCount) {
                        coreOriginals++;
                    } else {
                        coreLemmas++;
                    }
                }
            }
        }
        return new CheckResult.Statistics(cnf.clauseCount(), proof.lemmaCount(), coreOriginals, coreLemmas, checkedLemmas,
                ratLemmas, ignoredDeletions, db == null ? 0 : db.missingDeletions, rat == null ? 0 : rat.candidatesChecked,
                deadline.elapsed());
    }
}
