package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start a fresh JVM of ours: the {@code java} binary, the class path of the command line
 * (its jar and libraries) and its main class. Runs of Traceoid configurations start
 * {@code MAIN solve ...}; the answer checks of external solvers start {@link AnswerCheckMain} from the
 * same class path.
 */
public record SolverCommand(String java, String classpath, String mainClass) {
    public SolverCommand {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(mainClass, "mainClass");
    }

    /**
     * The heap of a JVM whose whole process tree may use {@code memoryMb} of resident memory: a
     * quarter (at least 64 MB) is left for what the JVM holds besides its heap (metaspace, code,
     * thread stacks, native buffers).
     */
    static int heapMb(int memoryMb) {
        return Math.max(16, memoryMb - Math.max(64, memoryMb / 4));
    }

    /** {@code traceoid solve ARGUMENTS} in a JVM that fits {@code memoryMb}. */
    List<String> solve(int memoryMb, List<String> solveArguments) {
        List<String> command = jvm(memoryMb, mainClass);
        command.add("solve");
        command.addAll(solveArguments);
        return command;
    }

    /** The answer check ({@link AnswerCheckMain}) in a JVM that fits {@code memoryMb}. */
    List<String> answerCheck(int memoryMb, List<String> arguments) {
        List<String> command = jvm(memoryMb, AnswerCheckMain.class.getName());
        command.addAll(arguments);
        return command;
    }

    /**
     * The serial collector keeps one run on one core (the parallel one would start a GC thread per
     * core in every run and make J parallel runs fight over them); {@code -XX:+ExitOnOutOfMemoryError}
     * turns a heap exhaustion into a prompt exit the runner recognises instead of a JVM limping on.
     */
    private List<String> jvm(int memoryMb, String main) {
        return new ArrayList<>(List.of(java,
                "-Xmx" + heapMb(memoryMb) + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Doffline=true",
                "-Djava.awt.headless=true",
                "-cp", classpath,
                main));
    }
}
