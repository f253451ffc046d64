package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a killed sweep leaves behind in its directory: the attempt files of the runs it had in
 * progress ({@code GBD.CONFIG.attempt-HOST-PID-N.*}, see {@link SolverRun}), possibly with partial
 * proofs of many gigabytes. A sweep that holds the directory's {@link SweepLock} deletes those of
 * sweeps on this host that are no longer alive; an attempt of another host (a SLURM task on another
 * node) is left alone, since its process cannot be seen from here.
 */
final class StaleFiles {
    private static final Pattern ATTEMPT = Pattern.compile("\\.attempt-(.+)-(\\d+)-(\\d+)\\.");

    private StaleFiles() {
    }

    /** Deletes the stale attempt files below {@code logs}; returns how many. */
    static int clean(Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(logs)) {
            stale = files.filter(Files::isRegularFile).filter(StaleFiles::isStale).toList();
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
        return stale.size();
    }

    static boolean isStale(Path file) {
        Matcher m = ATTEMPT.matcher(file.getFileName().toString());
        if (!m.find() || !m.group(1).equals(SolverRun.HOST)) {
            return false;
        }
        long pid = Long.parseLong(m.group(2));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
