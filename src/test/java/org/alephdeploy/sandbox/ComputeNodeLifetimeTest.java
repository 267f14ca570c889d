package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Program processes never outlive the sandbox, and an on-demand program stops when idle. */
class ComputeNodeLifetimeTest {
    @TempDir
    Path tmp;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A sandbox in a child JVM, as `aleph-deploy sandbox` runs it. */
    private Process launch(Path data, int port) throws IOException {
        return launch(data, port, null);
    }

    /** With {@code path} as the child's PATH when given. */
    private Process launch(Path data, int port, String path) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.alephdeploy.app.Launcher", "sandbox", "--port", String.valueOf(port), "--data", data.toString(), "--free", "--run-programs");
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolveSibling("sandbox-" + port + ".log").toFile());
        Process p = pb.start();
        VmClient c = new VmClient("http://127.0.0.1:" + port);
        await("the child sandbox answers", Duration.ofSeconds(60), () -> {
            assertThat(p.isAlive()).as("child sandbox alive").isTrue();
            try {
                return c.get("/api/v0/version").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return p;
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }

    /** Starts a program in the sandbox at {@code url} and returns the pid of its Python process. */
    private long startProgram(VmClient c) {
        Message packages = c.store(NodeHarness.A, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'x'\n")), null);
        Message code = c.store(NodeHarness.A, VmClient.zip(Map.of("main.py", VmClient.asgiMain(""))), null);
        Message program = c.program(NodeHarness.A, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages", true, 300);
        VmClient.Res r = c.get("/vm/" + program.itemHash() + "/pid");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        long pid = Long.parseLong(r.body().trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        return pid;
    }

    private static void assertGone(long pid) {
        await("program process " + pid + " ends", Duration.ofSeconds(20),
                () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void aKilledSandboxLeavesNoProgramBehind() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("kill9"));
        int port = freePort();
        Process sandbox = launch(data, port);
        try {
            long pid = startProgram(new VmClient("http://127.0.0.1:" + port));
            sandbox.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(sandbox.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertGone(pid);
        } finally {
            sandbox.destroyForcibly();
        }
    }

    @Test
    void aStoppedSandboxStopsItsPrograms() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("term"));
        int port = freePort();
        Process sandbox = launch(data, port);
        try {
            long pid = startProgram(new VmClient("http://127.0.0.1:" + port));
            sandbox.destroy(); // SIGTERM: the clean stop
            assertThat(sandbox.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertGone(pid);
        } finally {
            sandbox.destroyForcibly();
        }
    }

    @Test
    void withoutPython3TheProgramDoesNotStart() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("nopython"));
        int port = freePort();
        Process sandbox = launch(data, port, Files.createDirectories(tmp.resolve("empty-path")).toString());
        try {
            VmClient c = new VmClient("http://127.0.0.1:" + port);
            Message code = c.store(NodeHarness.A, VmClient.zip(Map.of("main.py", "app = None\n")), null);
            Message program = c.program(NodeHarness.A, code.itemHash(), "main:app", null, null, true, 30);
            VmClient.Res r = c.get("/vm/" + program.itemHash() + "/");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().path("code").asText()).isEqualTo("python3-not-found");
            assertThat(r.json().path("reason").asText()).contains("python3 was not found");
        } finally {
            sandbox.destroy();
            sandbox.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIdleProgramStopsAndStartsAgainOnTheNextRequest() {
        try (NodeHarness h = NodeHarness.start()) {
            h.node.computeNode().runPrograms(true);
            VmClient c = new VmClient(h.node.url());
            Message packages = c.store(NodeHarness.A, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'idle'\n")), null);
            Message code = c.store(NodeHarness.A, VmClient.zip(Map.of("main.py", VmClient.asgiMain(""))), null);
            Message program = c.program(NodeHarness.A, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages",
                    true, 1);
            long first = Long.parseLong(c.get("/vm/" + program.itemHash() + "/pid").body().trim());
            assertGone(first);
            assertThat(c.get("/api/v0/sandbox/vm/" + program.itemHash() + "/logs").json().path("lines").toString())
                    .contains("idle for 1 s");
            long second = Long.parseLong(c.get("/vm/" + program.itemHash() + "/pid").body().trim());
            assertThat(second).isNotEqualTo(first);
            assertThat(c.get("/vm/" + program.itemHash() + "/").body()).isEqualTo("idle");
        }
    }
}
