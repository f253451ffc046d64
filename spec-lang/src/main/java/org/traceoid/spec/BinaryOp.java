package org.traceoid.spec;

/** Binary operators, with their spelling and the types they take and give. */
public enum BinaryOp {
    MUL("*", Type.INT, Type.INT),
    ADD("+", Type.INT, Type.INT),
    SUB("-", Type.INT, Type.INT),
    EQ("==", null, Type.BOOL),
    NE("!=", null, Type.BOOL),
    LT("<", Type.INT, Type.BOOL),
    LE("<=", Type.INT, Type.BOOL),
    GT(">", Type.INT, Type.BOOL),
    GE(">=", Type.INT, Type.BOOL),
    AND("&", Type.BOOL, Type.BOOL),
    XOR("^", Type.BOOL, Type.BOOL),
    OR("|", Type.BOOL, Type.BOOL),
    IMPLIES("->", Type.BOOL, Type.BOOL),
    IFF("<->", Type.BOOL, Type.BOOL);

    private final String symbol;
    private final Type operandType; // null: both operands of one type, either
    private final Type resultType;

    BinaryOp(String symbol, Type operandType, Type resultType) {
        this.symbol = symbol;
        this.operandType = operandType;
        this.resultType = resultType;
    }

    public String symbol() {
        return symbol;
    }

    /** The operand type, or {@code null} for {@code ==} and {@code !=}, which take two of either type. */
    public Type operandType() {
        return operandType;
    }

    public Type resultType() {
        return resultType;
    }

    static BinaryOp ofSymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no binary operator " + symbol);
    }
}
