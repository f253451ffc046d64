package org.traceoid.spec;

/** The two types of the language. */
public enum Type {
    BOOL("bool"),
    INT("int");

    private final String keyword;

    Type(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
