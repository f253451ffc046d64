package org.traceoid.solver.preprocess;

/** A set of variables with O(1) insertion and a drain in insertion order (a flag per variable plus a list). */
final class VariableSet {
    private final boolean[] member;
    private final IntList members = new IntList();

    VariableSet(int maxVariable) {
        member = new boolean[maxVariable + 1];
    }

    void add(int variable) {
        if (!member[variable]) {
            member[variable] = true;
            members.add(variable);
        }
    }

    /** Moves the members into {@code into} (cleared first) and empties the set. */
    IntList drainInto(IntList into) {
        into.clear();
        for (int i = 0; i < members.size(); i++) {
            int variable = members.get(i);
            member[variable] = false;
            into.add(variable);
        }
        members.clear();
        return into;
    }
}
