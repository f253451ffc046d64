package org.traceoid.corpora.generators;

import java.util.List;
import java.util.Locale;

/**
 * The families {@code traceoid gen} knows, made from one set of options (each family reads the
 * ones it needs; defaults are stated once, here). {@code side} is {@code sat}, {@code unsat} or
 * {@code both} for families that build either; {@code both} gives two generators, so each seed
 * gives a pair.
 */
public final class Families {
    public static final List<String> NAMES = List.of("ksat", "sr", "php", "colouring", "tseitin", "factoring", "bmc");

    private Families() {
    }

    /**
     * @param variables  ksat/sr: n (ksat default 50, sr default 20); colouring/tseitin: graph vertices (default 20)
     * @param k          ksat: clause width (3); colouring: colours (3)
     * @param ratio      ksat: clauses per variable (4.26)
     * @param pigeons    php: pigeons (holes + 1)
     * @param holes      php: holes (6)
     * @param graph      colouring/tseitin: gnp, regular or ba (regular)
     * @param p          gnp edge probability (0.2)
     * @param degree     regular degree / BA edges per vertex (colouring 4, tseitin 3)
     * @param bits       factoring: bits per factor (6)
     * @param width      bmc: counter bits (4)
     * @param bound      bmc: unrolling bound (8)
     * @param side       sat, unsat or both (both)
     */
    public record Options(Integer variables, Integer k, Double ratio, Integer pigeons, Integer holes, String graph,
            Double p, Integer degree, Integer bits, Integer width, Integer bound, String side) {
    }

    public static List<InstanceGenerator> create(String family, Options o) {
        List<Boolean> sides = switch (o.side() == null ? "both" : o.side().toLowerCase(Locale.ROOT)) {
            case "sat" -> List.of(true);
            case "unsat" -> List.of(false);
            case "both" -> List.of(true, false);
            default -> throw new IllegalArgumentException("--side must be sat, unsat or both: " + o.side());
        };
        return switch (family) {
            case "ksat" -> {
                int k = or(o.k(), 3);
                int n = or(o.variables(), 50);
                double ratio = o.ratio() != null ? o.ratio() : 4.26;
                yield List.of(new RandomKSat(k, n, (int) Math.round(ratio * n)));
            }
            case "sr" -> sides.stream().map(s -> (InstanceGenerator) new SrPair(or(o.variables(), 20), s)).toList();
            case "php" -> {
                int holes = or(o.holes(), 6);
                yield List.of(new Pigeonhole(or(o.pigeons(), holes + 1), holes));
            }
            case "colouring" -> List.of(new GraphColouring(graph(o, 4), or(o.k(), 3)));
            case "tseitin" -> sides.stream().map(s -> (InstanceGenerator) new TseitinParity(graph(o, 3), s)).toList();
            case "factoring" -> sides.stream().map(s -> (InstanceGenerator) new Factoring(or(o.bits(), 6), s)).toList();
            case "bmc" -> List.of(new CounterSafety(or(o.width(), 4), or(o.bound(), 8)));
            default -> throw new IllegalArgumentException("unknown family '" + family + "'; known: " + String.join(", ", NAMES));
        };
    }

    private static RandomGraphModel graph(Options o, int defaultDegree) {
        int n = or(o.variables(), 20);
        String kind = o.graph() == null ? "regular" : o.graph().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "gnp" -> RandomGraphModel.gnp(n, o.p() != null ? o.p() : 0.2);
            case "regular" -> RandomGraphModel.regular(n, or(o.degree(), defaultDegree));
            case "ba" -> RandomGraphModel.barabasiAlbert(n, or(o.degree(), 2));
            default -> throw new IllegalArgumentException("--graph must be gnp, regular or ba: " + o.graph());
        };
    }

    private static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
