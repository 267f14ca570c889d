package org.alephdeploy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a lock file: a child JVM (same classpath) that takes the OS lock, says
 * {@code held}, and keeps it until its standard input closes (or it is killed). FileLock is per
 * process, so only a child shows what a second window or command meets.
 */
public final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /** Starts the child and returns once it holds the lock on {@code lockFile}. */
    public static LockHolder hold(Path lockFile) throws IOException {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lockFile.toString()))
                .redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertThat(line).as("the child's first line").isEqualTo("held");
        return new LockHolder(p);
    }

    /** Ends the child as a crash would (no clean release: the OS drops the lock). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Lets the child release the lock and exit. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        FileLocks lock = FileLocks.tryAcquire(Path.of(args[0]));
        System.out.println(lock == null ? "busy" : "held");
        System.out.flush();
        if (lock == null) {
            System.exit(1);
        }
        try (lock) {
            while (System.in.read() != -1) {
                // hold until the parent closes our input
            }
        }
    }
}
