package org.traceoid.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.encoding.BitVectors;
import org.traceoid.encoding.CardinalityEncoding;
import org.traceoid.encoding.Gates;
import org.traceoid.encoding.Polarity;

/**
 * Compiles a checked {@link Spec} to CNF.
 *
 * <p>Variables, in order: each declared bool (one variable), each declared int
 * {@code x in lo..hi} as the bits of {@code x - lo} (least significant first,
 * {@code width(hi - lo)} of them, none for a one-value range), one activation literal per
 * assertion, the constant true, then gate outputs. Clauses: a range constraint
 * {@code x - lo <= hi - lo} per int whose range is not a power of two (hard), and per
 * assertion {@code act -> root}, where root is the assertion's Plaisted–Greenbaum encoding
 * (gates defined only in the direction their polarity needs). Comparisons are linear: both
 * sides are normalised to {@code Σ c·(x - lo) + k}, terms with negative coefficients moved
 * across, so two unsigned bit-vector sums are compared; arithmetic and counters are fully
 * defined (Tseitin), which lets them sit under any polarity.
 */
public final class SpecCompiler {
    private final Spec spec;
    private final CardinalityEncoding forcedCardinality; // null: choose by size
    private final Map<String, Variable> variables;
    private final Map<String, int[]> bitsByName = new LinkedHashMap<>();
    private final List<Provenance.Origin> origins = new ArrayList<>();
    private final ProvenanceSink sink = new ProvenanceSink();
    private Gates gates;
    private BitVectors arithmetic;

    private SpecCompiler(Spec spec, CardinalityEncoding forcedCardinality) {
        this.spec = spec;
        this.forcedCardinality = forcedCardinality;
        this.variables = spec.variablesByName();
    }

    /** Compiles, choosing each cardinality encoding by size. */
    public static CompiledSpec compile(Spec spec) {
        return new SpecCompiler(spec, null).run();
    }

    /** Compiles with one cardinality encoding for every constraint (for tests and comparisons). */
    public static CompiledSpec compile(Spec spec, CardinalityEncoding cardinality) {
        return new SpecCompiler(spec, cardinality).run();
    }

    /** Records, for every clause written, the origin that was current. */
    private final class ProvenanceSink implements ClauseSink {
        final CnfBuilder builder = new CnfBuilder();
        int[] clauseOrigin = new int[64];
        int clauses;
        int current;

        @Override
        public void addClause(int... dimacsLiterals) {
            builder.addClause(dimacsLiterals);
            if (clauses == clauseOrigin.length) {
                clauseOrigin = java.util.Arrays.copyOf(clauseOrigin, clauses * 2);
            }
            clauseOrigin[clauses++] = current;
        }
    }

    private CompiledSpec run() {
        int next = 0;
        List<String> names = new ArrayList<>();
        List<Provenance.Bit> bits = new ArrayList<>();
        names.add(null);
        bits.add(null);
        for (Variable v : spec.variables()) {
            int width = v.type() == Type.BOOL ? 1 : BitVectors.width(v.high() - v.low());
            int[] vars = new int[width];
            for (int i = 0; i < width; i++) {
                vars[i] = ++next;
                names.add(v.type() == Type.BOOL ? v.name() : v.name() + " bit " + i);
                bits.add(new Provenance.Bit(v.name(), v.type() == Type.BOOL ? -1 : i));
            }
            bitsByName.put(v.name(), vars);
        }
        int[] activation = new int[spec.assertions().size()];
        for (int i = 0; i < activation.length; i++) {
            activation[i] = ++next;
            names.add("activation of " + spec.assertions().get(i).label());
            bits.add(null);
        }
        origin(new Provenance.Origin(Provenance.Origin.Kind.CONSTANT, "true", 0));
        gates = new Gates(sink, next);
        names.add("true");
        arithmetic = new BitVectors(gates);
        for (Variable v : spec.variables()) {
            long span = v.high() - v.low();
            if (v.type() == Type.INT && Long.bitCount(span + 1) != 1) {
                origin(new Provenance.Origin(Provenance.Origin.Kind.DECLARATION, v.name(), v.position().line()));
                gates.clause(arithmetic.lessOrEqual(bitsByName.get(v.name()), arithmetic.constant(span)));
            }
        }
        for (int i = 0; i < activation.length; i++) {
            Assertion assertion = spec.assertions().get(i);
            origin(new Provenance.Origin(Provenance.Origin.Kind.ASSERTION, assertion.name(),
                    assertion.position().line()));
            int root = bool(assertion.expr(), Polarity.POSITIVE);
            gates.clause(-activation[i], root);
        }
        int variableCount = gates.lastVariable();
        sink.builder.declareVariables(variableCount);
        String[] variableNames = names.toArray(new String[0]);
        Provenance provenance = new Provenance(origins, java.util.Arrays.copyOf(sink.clauseOrigin, sink.clauses),
                variableNames, bits.toArray(new Provenance.Bit[0]));
        return new CompiledSpec(spec, sink.builder.build(), bitsByName, activation, gates.trueLiteral(), provenance);
    }

    private void origin(Provenance.Origin origin) {
        origins.add(origin);
        sink.current = origins.size() - 1;
    }

    /** A literal that implies (POSITIVE), is implied by (NEGATIVE) or equals (BOTH) the expression. */
    private int bool(Expr expr, Polarity polarity) {
        if (expr instanceof Expr.BoolLiteral literal) {
            return gates.constant(literal.value());
        }
        if (expr instanceof Expr.Reference reference) {
            return bitsByName.get(reference.name())[0];
        }
        if (expr instanceof Expr.Not not) {
            return -bool(not.operand(), polarity.flip());
        }
        if (expr instanceof Expr.Cardinality card) {
            return cardinality(card);
        }
        Expr.Binary binary = (Expr.Binary) expr;
        Expr left = binary.left();
        Expr right = binary.right();
        return switch (binary.op()) {
            case AND -> gates.and(polarity, bool(left, polarity), bool(right, polarity));
            case OR -> gates.or(polarity, bool(left, polarity), bool(right, polarity));
            case IMPLIES -> gates.or(polarity, -bool(left, polarity.flip()), bool(right, polarity));
            case XOR -> gates.xor(polarity, bool(left, Polarity.BOTH), bool(right, Polarity.BOTH));
            case IFF -> gates.iff(polarity, bool(left, Polarity.BOTH), bool(right, Polarity.BOTH));
            case EQ, NE -> {
                if (isBool(left)) {
                    int a = bool(left, Polarity.BOTH);
                    int b = bool(right, Polarity.BOTH);
                    yield binary.op() == BinaryOp.EQ ? gates.iff(polarity, a, b) : gates.xor(polarity, a, b);
                }
                yield compare(binary.op(), left, right);
            }
            case LT, LE, GT, GE -> compare(binary.op(), left, right);
            default -> throw new IllegalStateException("not a bool operator: " + binary.op());
        };
    }

    private boolean isBool(Expr expr) {
        if (expr instanceof Expr.Reference reference) {
            return variables.get(reference.name()).type() == Type.BOOL;
        }
        if (expr instanceof Expr.Binary binary) {
            return binary.op().resultType() == Type.BOOL;
        }
        return !(expr instanceof Expr.IntLiteral || expr instanceof Expr.Negate);
    }

    private int cardinality(Expr.Cardinality card) {
        int n = card.operands().size();
        int k = card.bound();
        int[] inputs = new int[n];
        for (int i = 0; i < n; i++) {
            inputs[i] = bool(card.operands().get(i), Polarity.BOTH);
        }
        // "at least j true" for the bounds needed; counting the false inputs instead when that
        // needs a shorter counter (at least j true <-> at most n - j false).
        boolean needsLow = card.kind() != Expr.Kind.ATMOST;   // count >= k
        boolean needsHigh = card.kind() != Expr.Kind.ATLEAST; // count >= k + 1 (negated)
        int limitTrue = needsHigh ? k + 1 : k;
        int limitFalse = needsLow ? n - k + 1 : n - k;
        boolean countFalse = limitFalse < limitTrue;
        int[] counted = inputs.clone();
        if (countFalse) {
            for (int i = 0; i < n; i++) {
                counted[i] = -inputs[i];
            }
        }
        int limit = Math.min(n, countFalse ? limitFalse : limitTrue);
        CardinalityEncoding encoding = forcedCardinality != null ? forcedCardinality
                : CardinalityEncoding.choose(n, limit);
        int[] atLeast = encoding.count(gates, counted, limit);
        int low = needsLow ? atLeastTrue(atLeast, countFalse, n, k) : gates.constant(true);
        int high = needsHigh ? -atLeastTrue(atLeast, countFalse, n, k + 1) : gates.constant(true);
        return gates.and(Polarity.BOTH, low, high);
    }

    /** {@code count(true) >= j} from a unary count of the true (or the false) inputs. */
    private int atLeastTrue(int[] atLeast, boolean countFalse, int n, int j) {
        if (!countFalse) {
            return atLeastOf(atLeast, j);
        }
        return -atLeastOf(atLeast, n - j + 1); // true >= j  <->  false <= n - j  <->  !(false >= n - j + 1)
    }

    private int atLeastOf(int[] atLeast, int j) {
        if (j <= 0) {
            return gates.constant(true);
        }
        return j <= atLeast.length ? atLeast[j - 1] : gates.constant(false);
    }

    /** A linear form {@code Σ coefficient·variable + constant} over declared ints. */
    private record Linear(Map<String, Long> coefficients, long constant) {
        Linear plus(Linear other, long sign) {
            Map<String, Long> sum = new LinkedHashMap<>(coefficients);
            other.coefficients.forEach((name, c) -> sum.merge(name, sign * c, Long::sum));
            return new Linear(sum, constant + sign * other.constant);
        }

        Linear times(long factor) {
            Map<String, Long> scaled = new LinkedHashMap<>();
            coefficients.forEach((name, c) -> scaled.put(name, c * factor));
            return new Linear(scaled, constant * factor);
        }
    }

    private Linear linear(Expr expr) {
        if (expr instanceof Expr.IntLiteral literal) {
            return new Linear(Map.of(), literal.value());
        }
        if (expr instanceof Expr.Reference reference) {
            Map<String, Long> single = new LinkedHashMap<>();
            single.put(reference.name(), 1L);
            return new Linear(single, 0);
        }
        if (expr instanceof Expr.Negate negate) {
            return linear(negate.operand()).times(-1);
        }
        Expr.Binary binary = (Expr.Binary) expr;
        Linear left = linear(binary.left());
        Linear right = linear(binary.right());
        return switch (binary.op()) {
            case ADD -> left.plus(right, 1);
            case SUB -> left.plus(right, -1);
            case MUL -> left.coefficients.values().stream().allMatch(c -> c == 0)
                    ? right.times(left.constant) : left.times(right.constant);
            default -> throw new IllegalStateException("not an int operator: " + binary.op());
        };
    }

    /** {@code left op right} as {@code P op' N} over unsigned sums P and N. */
    private int compare(BinaryOp op, Expr leftExpr, Expr rightExpr) {
        Linear difference = linear(leftExpr).plus(linear(rightExpr), -1);
        long constant = difference.constant;
        int[] positive = new int[0];
        int[] negative = new int[0];
        for (Map.Entry<String, Long> term : difference.coefficients.entrySet()) {
            long c = term.getValue();
            if (c == 0) {
                continue;
            }
            Variable v = variables.get(term.getKey());
            constant += c * v.low(); // x = lo + (x - lo), and the bits hold x - lo
            int[] bits = arithmetic.times(bitsByName.get(v.name()), Math.abs(c));
            if (c > 0) {
                positive = arithmetic.add(positive, bits);
            } else {
                negative = arithmetic.add(negative, bits);
            }
        }
        if (constant > 0) {
            positive = arithmetic.add(positive, arithmetic.constant(constant));
        } else if (constant < 0) {
            negative = arithmetic.add(negative, arithmetic.constant(-constant));
        }
        // left - right = P - N, so left op right <-> P op N.
        return switch (op) {
            case EQ -> arithmetic.equal(positive, negative);
            case NE -> -arithmetic.equal(positive, negative);
            case LT -> arithmetic.lessThan(positive, negative);
            case LE -> arithmetic.lessOrEqual(positive, negative);
            case GT -> arithmetic.lessThan(negative, positive);
            case GE -> arithmetic.lessOrEqual(negative, positive);
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }
}
