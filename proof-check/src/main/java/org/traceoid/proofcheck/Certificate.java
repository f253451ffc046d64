package org.traceoid.proofcheck;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.Literals;

/**
 * What a successful backward check leaves behind: the core (original clauses marked), the
 * lemmas used, and, when recorded, each lemma's hints, from which it writes an LRAT proof.
 *
 * <p>LRAT (Cruz-Filipe, Heule, Hunt, Kaufmann, Schneider-Kamp, CADE 2017) lists clauses by id:
 * originals {@code 1..n}, then the core lemmas in proof order. Because backward checking
 * considered only core clauses as RAT candidates, the LRAT proof must delete each clause right
 * after its last use (the lemma that first marked it in the backward pass) and all non-core
 * originals at the start; then the clauses an LRAT checker sees when a RAT lemma comes are
 * exactly the candidates we checked.
 */
final class Certificate {
    private static final int FINAL = Integer.MAX_VALUE;

    private final Cnf cnf;
    private final RecordedProof proof;
    private final ClauseDatabase db;
    private final Propagator p;
    private final boolean record;
    private final IntList pool;
    private final int[] hintStart;
    private final int[] hintEnd;
    private final int[] pivotUsed;
    private final IntList finalHints;

    Certificate(Cnf cnf, RecordedProof proof, ClauseDatabase db, Propagator p, boolean record) {
        this.cnf = cnf;
        this.proof = proof;
        this.db = db;
        this.p = p;
        this.record = record;
        int lemmas = db.clauseCount - db.originalCount;
        pool = record ? new IntList(1 << 16) : null;
        hintStart = record ? new int[lemmas] : null;
        hintEnd = record ? new int[lemmas] : null;
        pivotUsed = new int[lemmas];
        finalHints = record ? new IntList(64) : null;
    }

    boolean hasHints() {
        return record;
    }

    IntList finalHints() {
        return finalHints;
    }

    /** The list the check of {@code lemma} appends its hints to (null when not recording). */
    IntList beginLemma(int lemma) {
        if (!record) {
            return null;
        }
        hintStart[lemma - db.originalCount] = pool.size();
        return pool;
    }

    void endLemma(int lemma, IntList hints) {
        if (record) {
            hintEnd[lemma - db.originalCount] = pool.size();
        }
    }

    void setPivot(int lemma, int pivotLiteralIndex) {
        pivotUsed[lemma - db.originalCount] = pivotLiteralIndex;
    }

    /** Indices of the original clauses in the core, ascending. */
    int[] coreClauses() {
        int count = 0;
        for (int c = 0; c < db.originalCount; c++) {
            count += p.core[c] ? 1 : 0;
        }
        int[] out = new int[count];
        for (int c = 0, k = 0; c < db.originalCount; c++) {
            if (p.core[c]) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** The core as DIMACS, clauses in formula order with their literals as read. */
    void writeCore(OutputStream out) throws IOException {
        int[] core = coreClauses();
        Writer w = writer(out);
        w.write("c unsatisfiable core: " + core.length + " of " + cnf.clauseCount() + " clauses\n");
        w.write("p cnf " + cnf.variableCount() + " " + core.length + "\n");
        StringBuilder line = new StringBuilder();
        for (int c : core) {
            line.setLength(0);
            for (int q = cnf.clauseStart(c); q < cnf.clauseEnd(c); q++) {
                line.append(cnf.literalAt(q)).append(' ');
            }
            w.write(line.append("0\n").toString());
        }
        w.flush();
    }

    /**
     * The core lemmas in proof order as DRAT text (pivot first), ending with the empty clause: a
     * trimmed proof. It deletes the non-core original clauses first and every clause right after
     * its last use, so that RAT lemmas see the same candidates as in our check.
     */
    void writeLemmas(OutputStream out) throws IOException {
        Writer w = writer(out);
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < db.originalCount; c++) {
            if (!p.core[c]) {
                line.setLength(0);
                line.append("d ");
                for (int q = cnf.clauseStart(c); q < cnf.clauseEnd(c); q++) {
                    line.append(cnf.literalAt(q)).append(' ');
                }
                w.write(line.append("0\n").toString());
            }
        }
        int[][] deletions = deletionsByLastUse();
        int[] deleteCount = deletions[0];
        int[] deleteOrder = deletions[1];
        for (int c = db.originalCount; c < db.clauseCount; c++) {
            if (p.core[c]) {
                line.setLength(0);
                appendLemma(line, c);
                w.write(line.append("0\n").toString());
                int lemma = c - db.originalCount;
                for (int k = deleteCount[lemma]; k < deleteCount[lemma + 1]; k++) {
                    line.setLength(0);
                    line.append("d ");
                    int deleted = deleteOrder[k];
                    if (deleted < db.originalCount) {
                        for (int q = cnf.clauseStart(deleted); q < cnf.clauseEnd(deleted); q++) {
                            line.append(cnf.literalAt(q)).append(' ');
                        }
                    } else {
                        appendLemma(line, deleted);
                    }
                    w.write(line.append("0\n").toString());
                }
            }
        }
        w.write("0\n");
        w.flush();
    }

    /**
     * Core clauses grouped by the lemma whose check last used them (in proof order): group of
     * lemma {@code i} (counted from the first lemma) is {@code order[count[i] .. count[i+1])}.
     * Clauses the final conflict uses are in no group.
     */
    private int[][] deletionsByLastUse() {
        int lemmas = db.clauseCount - db.originalCount;
        int[] deleteCount = new int[lemmas + 1];
        for (int c = 0; c < db.clauseCount; c++) {
            if (p.core[c] && p.lastUse[c] != FINAL) {
                deleteCount[p.lastUse[c] - db.originalCount + 1]++;
            }
        }
        for (int i = 1; i <= lemmas; i++) {
            deleteCount[i] += deleteCount[i - 1];
        }
        int[] deleteOrder = new int[deleteCount[lemmas]];
        int[] fill = Arrays.copyOf(deleteCount, lemmas);
        for (int c = 0; c < db.clauseCount; c++) {
            if (p.core[c] && p.lastUse[c] != FINAL) {
                deleteOrder[fill[p.lastUse[c] - db.originalCount]++] = c;
            }
        }
        return new int[][] {deleteCount, deleteOrder};
    }

    /** The lemma's literals, pivot first, as DIMACS with trailing spaces. */
    private void appendLemma(StringBuilder line, int lemma) {
        int[] literals = lemmaLiterals(lemma);
        for (int literal : literals) {
            line.append(literal).append(' ');
        }
    }

    private int[] lemmaLiterals(int lemma) {
        int length = db.length(lemma);
        int[] out = new int[length];
        if (length == 0) {
            return out;
        }
        int pivot = pivotUsed[lemma - db.originalCount] != 0 ? pivotUsed[lemma - db.originalCount] : db.pivot[lemma];
        out[0] = Literals.toDimacs(pivot);
        int k = 1;
        for (int q = db.start[lemma]; q < db.start[lemma + 1]; q++) {
            if (db.literals[q] != pivot) {
                out[k++] = Literals.toDimacs(db.literals[q]);
            }
        }
        return out;
    }

    /**
     * Writes the LRAT proof, text ({@code id lits 0 hints 0}, {@code id d ids 0}) or binary
     * ({@code 'a'} id lits 0 hints 0, {@code 'd'} ids 0, every number as the 7-bit varint of
     * {@code 2|x| + (x < 0)}, as drat-trim and cadical write it).
     */
    void writeLrat(OutputStream out, boolean binary) throws IOException {
        if (!record) {
            throw new IllegalStateException("LRAT hints were not recorded: check with CheckOptions.recordLrat(true)");
        }
        LratOutput o = binary ? new LratOutput.Binary(out) : new LratOutput.Text(out);
        int[] lratId = new int[db.clauseCount];
        for (int c = 0; c < db.originalCount; c++) {
            lratId[c] = c + 1;
        }
        int nextId = db.originalCount + 1;
        int[][] deletions = deletionsByLastUse();
        int[] deleteCount = deletions[0];
        int[] deleteOrder = deletions[1];
        IntList ids = new IntList(64);
        for (int c = 0; c < db.originalCount; c++) {
            if (!p.core[c]) {
                ids.add(c + 1);
            }
        }
        if (ids.size() > 0) {
            o.deletion(db.originalCount, ids);
        }
        IntList hints = new IntList(64);
        int[] none = new int[0];
        for (int c = db.originalCount; c < db.clauseCount; c++) {
            if (!p.core[c]) {
                continue;
            }
            int lemma = c - db.originalCount;
            lratId[c] = nextId++;
            hints.clear();
            translateHints(hintStart[lemma], hintEnd[lemma], lratId, hints);
            o.addition(lratId[c], lemmaLiterals(c), hints);
            ids.clear();
            for (int k = deleteCount[lemma]; k < deleteCount[lemma + 1]; k++) {
                ids.add(lratId[deleteOrder[k]]);
            }
            if (ids.size() > 0) {
                o.deletion(lratId[c], ids);
            }
        }
        hints.clear();
        for (int k = 0; k < finalHints.size(); k++) {
            hints.add(lratId[finalHints.get(k)]);
        }
        o.addition(nextId, none, hints);
        o.finish();
    }

    /** Pool entries to LRAT ids; RAT groups ({@code -(candidate+1)} then hints) sorted by candidate id. */
    private void translateHints(int from, int to, int[] lratId, IntList out) {
        int firstGroup = from;
        while (firstGroup < to && pool.get(firstGroup) >= 0) {
            out.add(lratId[pool.get(firstGroup)]);
            firstGroup++;
        }
        if (firstGroup == to) {
            return;
        }
        IntList groupStarts = new IntList(16);
        for (int k = firstGroup; k < to; k++) {
            if (pool.get(k) < 0) {
                groupStarts.add(k);
            }
        }
        int[] starts = groupStarts.toArray();
        long[] keyed = new long[starts.length];
        for (int g = 0; g < starts.length; g++) {
            keyed[g] = ((long) (-pool.get(starts[g]) - 1) << 32) | g;
        }
        Arrays.sort(keyed);
        for (long key : keyed) {
            int g = (int) key;
            int end = g + 1 < starts.length ? starts[g + 1] : to;
            out.add(-lratId[-pool.get(starts[g]) - 1]);
            for (int k = starts[g] + 1; k < end; k++) {
                out.add(lratId[pool.get(k)]);
            }
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
    }
}
