package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start {@code traceoid solve} in a fresh JVM: the {@code java} binary, the class path
 * of the command line (its jar and libraries) and the main class. The runner adds the heap
 * limit and the solve arguments.
 */
public record SolverCommand(String java, String classpath, String mainClass) {
    public SolverCommand {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(mainClass, "mainClass");
    }

    /**
     * The command for one run. The serial collector keeps one run on one core (the parallel one
     * would start a GC thread per core in every run and make J parallel runs fight over them);
     * {@code -XX:+ExitOnOutOfMemoryError} turns a heap exhaustion into a prompt exit the runner
     * recognises instead of a JVM limping on.
     */
    List<String> command(int memoryMb, List<String> solveArguments) {
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + memoryMb + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Doffline=true",
                "-Djava.awt.headless=true",
                "-cp", classpath,
                mainClass, "solve"));
        command.addAll(solveArguments);
        return command;
    }
}
