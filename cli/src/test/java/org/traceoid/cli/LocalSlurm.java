package org.traceoid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node SLURM cluster of our own, for the {@code slurm}-tagged test: Debian's
 * {@code slurm-wlm} and {@code munge}, daemons started by hand (no systemd) as in
 * {@code ../shared/tools/slurm-local-up.sh}, but everything private to one directory: its own
 * munge key and socket, {@code slurm.conf} (reached through {@code SLURM_CONF}), ports
 * 16817/16818, state, spool and logs; so it neither needs nor disturbs a cluster already
 * running here. {@link #close} stops exactly the daemons it started, by PID. Needs root.
 */
final class LocalSlurm implements AutoCloseable {
    private final Path dir;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    private LocalSlurm(Path dir) {
        this.dir = dir;
    }

    /** Starts munged, slurmctld and slurmd (about 2-10 s) and waits until the node is idle. */
    static LocalSlurm start(Path dir) throws IOException, InterruptedException {
        for (String tool : List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch")) {
            if (!Files.isExecutable(Path.of(tool))) {
                throw new IllegalStateException(tool + " missing: apt-get install -y slurm-wlm munge (.ci/run does)");
            }
        }
        if (!"0".equals(run(Map.of(), "id", "-u").strip())) {
            throw new IllegalStateException("the SLURM test starts daemons and must run as root");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String sub : List.of("state", "spool", "log")) {
            Files.createDirectories(dir.resolve(sub));
        }
        LocalSlurm slurm = new LocalSlurm(dir);
        try {
            byte[] key = new byte[1024];
            new SecureRandom().nextBytes(key);
            Path keyFile = Files.write(dir.resolve("munge.key"), key);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
            run(Map.of(), "/usr/sbin/munged", "--force", "--socket=" + dir.resolve("munge.socket"),
                    "--key-file=" + keyFile, "--pid-file=" + dir.resolve("munged.pid"),
                    "--log-file=" + dir.resolve("log/munged.log"), "--seed-file=" + dir.resolve("munged.seed"));
            slurm.recordPid("munged");
            Files.writeString(dir.resolve("slurm.conf"), config(dir), StandardCharsets.UTF_8);
            run(slurm.environment(), "/usr/sbin/slurmctld");
            slurm.recordPid("slurmctld");
            run(slurm.environment(), "/usr/sbin/slurmd", "-N", "localhost");
            slurm.recordPid("slurmd");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (run(slurm.environment(), "sinfo", "-h", "-N", "-o", "%t").strip().equals("idle")) {
                    return slurm;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("the SLURM node did not become idle; see " + dir.resolve("log"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            slurm.close();
            throw e;
        }
    }

    private static String config(Path dir) throws IOException {
        long memoryMb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memoryMb = Long.parseLong(line.replaceAll("\\D", "")) / 1024 - 2048;
            }
        }
        return String.join("\n",
                "ClusterName=traceoidtest",
                "SlurmctldHost=localhost(127.0.0.1)",
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "CredType=cred/munge",
                "AuthInfo=socket=" + dir.resolve("munge.socket"),
                "SlurmctldPort=16817",
                "SlurmdPort=16818",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "JobCompType=jobcomp/none",
                "SchedulerType=sched/backfill",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU_Memory",
                "ReturnToService=2",
                "MpiDefault=none",
                "NodeName=localhost NodeAddr=127.0.0.1 CPUs=" + Runtime.getRuntime().availableProcessors()
                        + " RealMemory=" + memoryMb + " State=UNKNOWN",
                "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP",
                "");
    }

    /** The environment a SLURM client command needs to reach this cluster. */
    Map<String, String> environment() {
        return Map.of("SLURM_CONF", dir.resolve("slurm.conf").toString());
    }

    /** Waits until job {@code jobId} has left the queue. */
    void awaitJob(String jobId, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (run(environment(), "squeue", "-h", "-j", jobId).isBlank()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("job " + jobId + " still queued after " + timeoutSeconds + " s");
    }

    private void recordPid(String daemon) throws IOException, InterruptedException {
        // the daemons fork into the background and write their PID file a moment later
        Path file = dir.resolve(daemon + ".pid");
        for (int i = 0; i < 80 && (!Files.exists(file) || Files.readString(file).isBlank()); i++) {
            Thread.sleep(100);
        }
        pids.put(daemon, Long.parseLong(Files.readString(file).strip()));
    }

    /** Stops the daemons this cluster started, newest first, by PID. */
    @Override
    public void close() {
        List<String> daemons = new ArrayList<>(pids.keySet());
        java.util.Collections.reverse(daemons);
        for (String daemon : daemons) {
            ProcessHandle.of(pids.get(daemon)).ifPresent(process -> {
                process.destroy();
                try {
                    process.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception notYet) {
                    process.destroyForcibly();
                }
            });
        }
        pids.clear();
    }

    static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
