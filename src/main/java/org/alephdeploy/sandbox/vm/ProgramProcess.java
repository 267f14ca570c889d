package org.alephdeploy.sandbox.vm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alephdeploy.message.Json;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running program: the guest adapter (a Python process) and what it started, its port once it
 * answers, and its output kept in the program's {@link LogRing}. The adapter dies when its stdin
 * closes, so closing it (or the sandbox dying) takes the whole process group down.
 */
final class ProgramProcess {
    static final String MARK = "##aleph-sandbox## ";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final LogRing log;
    private final CompletableFuture<JsonNode> control = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();
    private volatile int port;
    private volatile long lastUsedNanos = System.nanoTime();

    private ProgramProcess(Process process, LogRing log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command}; its stdout and stderr go to {@code log}, control lines to the start wait. */
    static ProgramProcess start(ProcessBuilder builder, LogRing log) throws IOException {
        ProgramProcess p = new ProgramProcess(builder.start(), log);
        Thread out = p.pump(p.process.getInputStream(), true);
        Thread err = p.pump(p.process.getErrorStream(), false);
        p.process.onExit().thenRun(() -> {
            try {
                out.join(2000); // the last lines (a failure's reason) come before the exit counts
                err.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.control.complete(Json.object().put("event", "exited"));
            p.log.add("sandbox: process ended with status " + p.process.exitValue());
        });
        return p;
    }

    private Thread pump(InputStream in, boolean stdout) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (stdout && line.startsWith(MARK)) {
                        JsonNode c = Json.parse(line.substring(MARK.length()));
                        if (!c.path("event").asText().equals("started")) {
                            control.complete(c);
                        }
                    } else {
                        log.add(line);
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // the stream closes with the process
            }
        }, "sandbox-vm-" + (stdout ? "out-" : "err-") + process.pid());
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the ASGI adapter's ready line; a failure with the adapter's code and reason otherwise. */
    void awaitAsgiReady() throws VmFailure {
        JsonNode c = awaitControl();
        if (c.path("event").asText().equals("ready")) {
            port = c.path("port").asInt();
            return;
        }
        throw failure(c);
    }

    /** Waits until something accepts connections on {@code executablePort}, or the process gives up. */
    void awaitPortOpen(int executablePort) throws VmFailure {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (control.isDone()) {
                throw failure(control.join());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", executablePort), 200);
                port = executablePort;
                return;
            } catch (IOException notYet) {
                try {
                    control.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException ignored) {
                    // poll again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new VmFailure(503, "startup-timeout", "Interrupted while the program started.");
                }
            }
        }
        throw new VmFailure(503, "startup-timeout", "The executable did not listen on its port (PORT) within 30 s: "
                + "a compute node would answer its loading page. Make it serve HTTP on $PORT (8080 on the network).");
    }

    private JsonNode awaitControl() throws VmFailure {
        try {
            return control.get(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new VmFailure(503, "startup-timeout", "The program did not start within " + STARTUP_LIMIT.toSeconds()
                    + " s (import and lifespan startup). See its logs.");
        } catch (ExecutionException e) {
            throw new VmFailure(503, "startup-failed", "The program's start failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VmFailure(503, "startup-timeout", "Interrupted while the program started.");
        }
    }

    private VmFailure failure(JsonNode c) {
        if (c.path("event").asText().equals("failed")) {
            return new VmFailure(503, c.path("code").asText("startup-failed"), c.path("reason").asText()
                    + " — the program could not be started (see GET /api/v0/sandbox/vm/<hash>/logs for the traceback).");
        }
        waitForExit();
        return new VmFailure(503, "program-exited", "The program exited during its start (status "
                + (process.isAlive() ? "unknown" : process.exitValue()) + "). See its logs.");
    }

    private void waitForExit() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    long startupMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private final AtomicInteger inFlight = new AtomicInteger();

    /** A request starts: the program is in use until {@link #end}. */
    void begin() {
        inFlight.incrementAndGet();
        lastUsedNanos = System.nanoTime();
    }

    void end() {
        lastUsedNanos = System.nanoTime();
        inFlight.decrementAndGet();
    }

    boolean busy() {
        return inFlight.get() > 0;
    }

    long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }

    /** Closes stdin (the adapter kills its group), then terminates and, after 3 s, kills what is left. */
    void stop() {
        List<ProcessHandle> tree = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
