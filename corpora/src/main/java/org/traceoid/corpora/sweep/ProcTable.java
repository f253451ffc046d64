package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linux's process table as {@code /proc} shows it, read the way runlim reads it: {@code stat}
 * for parent, process group and CPU times, {@code status} for resident memory and its high-water
 * mark ({@code VmRSS}, {@code VmHWM}, in kB, kept by the kernel). A process that exits while it
 * is read is simply absent.
 *
 * <p>Costs: a full scan reads one small file per process on the machine (a few hundred here,
 * 1-3 ms); sampling a known set of processes reads two files per process.
 */
final class ProcTable {
    private static final Path PROC = Path.of("/proc");
    /** USER_HZ: the unit of the times in {@code /proc/PID/stat}; 100 on every Linux ABI. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcTable() {
    }

    static boolean available() {
        return Files.isRegularFile(PROC.resolve("self/stat"));
    }

    /**
     * One process: its parent, process group, and CPU seconds of itself plus its waited-for
     * children ({@code utime + stime + cutime + cstime}), so summing over the live processes of
     * a tree counts every process once, dead or alive, as long as its parent reaped it.
     */
    record Stat(long pid, long parent, long group, double cpuSeconds) {
    }

    /** Resident memory now and its peak, of one process, in kB. */
    record Memory(long residentKb, long peakKb) {
    }

    /** {@code /proc/PID/stat}, or null if the process is gone. */
    static Stat stat(long pid) {
        String text;
        try {
            text = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
        return parseStat(text);
    }

    /** Parses a stat line; the command name may hold spaces and parentheses, so fields count from the last ')'. */
    static Stat parseStat(String text) {
        int close = text.lastIndexOf(')');
        int open = text.indexOf('(');
        if (close < 0 || open < 0) {
            return null;
        }
        String[] fields = text.substring(close + 2).trim().split(" ");
        if (fields.length < 15) {
            return null;
        }
        try {
            long pid = Long.parseLong(text.substring(0, open).trim());
            // after ")": state(0) ppid(1) pgrp(2) session tty tpgid flags minflt cminflt majflt cmajflt
            // utime(11) stime(12) cutime(13) cstime(14)
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return new Stat(pid, Long.parseLong(fields[1]), Long.parseLong(fields[2]), ticks / TICKS_PER_SECOND);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code VmRSS} and {@code VmHWM} of one process, or null if it is gone (or a kernel thread). */
    static Memory memory(long pid) {
        List<String> lines;
        try {
            lines = Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
        long rss = -1;
        long hwm = -1;
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return rss < 0 ? null : new Memory(rss, Math.max(rss, hwm));
    }

    private static long kilobytes(String line) {
        String digits = line.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** Every process on the machine. */
    static Map<Long, Stat> scan() {
        Map<Long, Stat> all = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
                    Stat stat = stat(Long.parseLong(name));
                    if (stat != null) {
                        all.put(stat.pid(), stat);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // /proc vanished or is unreadable: an empty table, the caller sees no tree
        }
        return all;
    }

    /**
     * The tree of {@code root} in {@code table}: its descendants by parent links, plus every
     * process in one of their process groups (a grandchild whose parent died is re-parented to
     * init, but keeps its group).
     */
    static Set<Long> tree(long root, Map<Long, Stat> table) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Stat stat : table.values()) {
            children.computeIfAbsent(stat.parent(), p -> new ArrayList<>()).add(stat.pid());
        }
        Set<Long> members = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            long pid = queue.poll();
            if (table.containsKey(pid) && members.add(pid)) {
                queue.addAll(children.getOrDefault(pid, List.of()));
            }
        }
        if (members.isEmpty()) {
            return members;
        }
        // the root (the run's wrapper) is in the sweep's group, shared with the sweep and the other runs
        long sweepGroup = table.get(root).group();
        Set<Long> groups = new HashSet<>();
        for (long pid : members) {
            long group = table.get(pid).group();
            if (group != sweepGroup) {
                groups.add(group);
            }
        }
        for (Stat stat : table.values()) {
            if (groups.contains(stat.group())) {
                members.add(stat.pid());
            }
        }
        return members;
    }

    /** Sum of the CPU seconds of {@code pids} (see {@link Stat}). */
    static double cpuSeconds(Collection<Long> pids, Map<Long, Stat> table) {
        double sum = 0;
        for (long pid : pids) {
            Stat stat = table.get(pid);
            if (stat != null) {
                sum += stat.cpuSeconds();
            }
        }
        return sum;
    }
}
