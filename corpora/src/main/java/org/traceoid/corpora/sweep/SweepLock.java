package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The lock that keeps two sweeps out of one results directory: an OS file lock
 * ({@code fcntl}, through {@link FileChannel#tryLock}) on {@code DIR/sweep.lock}, held while a
 * sweep runs or rewrites {@code results.jsonl}. The kernel releases it when the holder dies, even by
 * {@code kill -9}, so a stale lock never blocks a resume. The file itself stays (deleting a lock file
 * races with the next locker) and says who holds it: PID, host, since when.
 */
public final class SweepLock implements AutoCloseable {
    static final String FILE = "sweep.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The directory is in use by a live sweep. */
    public static final class InUseException extends IOException {
        private static final long serialVersionUID = 1L;

        InUseException(String message) {
            super(message);
        }
    }

    /** Takes the lock of {@code dir} (created if needed), or throws {@link InUseException} naming the holder. */
    public static SweepLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        return acquireFile(dir.resolve(FILE), dir.toString());
    }

    /**
     * Takes the lock on {@code file} itself (a SLURM task locks its own results file, so that a
     * requeued task cannot run beside its first instance), naming {@code what} in the message.
     */
    public static SweepLock acquireFile(Path file, String what) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder;
            try {
                holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                holder = "";
            }
            channel.close();
            throw new InUseException(what + " is in use by a live sweep" + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; wait for it to finish, or choose another --out");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + SolverRun.HOST + " since "
                + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new SweepLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
