package org.traceoid.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fresh variables, optionally named, in the manner of PySAT's {@code IDPool}: {@link #id(Object)}
 * gives each distinct name (any object with {@code equals}/{@code hashCode}, such as a string or
 * a record) its own variable the first time and the same one afterwards; {@link #fresh()} gives
 * an anonymous one. Variables that clauses already use are never handed out:
 * {@link #reserveUpTo(int)} marks 1..v as taken ({@link IncrementalSolver} calls it for every
 * variable it sees, so reserve the variables of clauses you have not added yet before asking
 * for fresh ones, as with PySAT's {@code occupied}). O(1) per call; memory per named
 * variable, none per anonymous one. Not thread-safe.
 */
public final class VariablePool {
    private int top;
    private final Map<Object, Integer> byName = new HashMap<>();
    private final Map<Integer, Object> names = new HashMap<>();
    private final List<Object> order = new ArrayList<>();

    /** A pool whose first fresh variable is 1. */
    public VariablePool() {
        this(0);
    }

    /** A pool whose first fresh variable is {@code taken + 1} (PySAT's {@code start_from}). */
    public VariablePool(int taken) {
        if (taken < 0) {
            throw new IllegalArgumentException("taken must not be negative: " + taken);
        }
        this.top = taken;
    }

    /** The variable named {@code name}, allocated on first use. */
    public int id(Object name) {
        Objects.requireNonNull(name, "name");
        Integer known = byName.get(name);
        if (known != null) {
            return known;
        }
        int variable = fresh();
        byName.put(name, variable);
        names.put(variable, name);
        order.add(name);
        return variable;
    }

    /** Whether {@code name} has a variable. */
    public boolean contains(Object name) {
        return byName.containsKey(name);
    }

    /** The name of {@code variable}, if it was allocated by {@link #id(Object)}. */
    public Optional<Object> name(int variable) {
        return Optional.ofNullable(names.get(Math.abs(variable)));
    }

    /** A new anonymous variable. */
    public int fresh() {
        if (top == Integer.MAX_VALUE >> 1) {
            throw new IllegalStateException("variable pool exhausted");
        }
        return ++top;
    }

    /** Marks variables 1..{@code variable} as taken, so that {@link #fresh()} never returns them. */
    public void reserveUpTo(int variable) {
        top = Math.max(top, Math.abs(variable));
    }

    /** The highest variable taken so far. */
    public int top() {
        return top;
    }

    /** Every name given so far, in allocation order. */
    public List<Object> names() {
        return List.copyOf(order);
    }
}
