package org.alephdeploy.sandbox.vm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.rules.ProcessingEvents;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.net.InetAddress;
import java.util.Locale;

/**
 * The sandbox as a compute node: resolves and checks a program at each cold start ({@link BootCheck}),
 * runs it locally ({@link Workspace}, the guest adapter), stops it after its idle time or when a
 * new revision of something it uses is processed, and never lets it outlive the sandbox.
 */
public final class ComputeNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeNode.class);
    static final int LOG_LINES = 500;

    private final BootCheck check;
    private final Path workDir;
    private final ProcessingEvents events;
    private final Consumer<ProcessingEvents.Outcome> listener = this::onProcessed;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Object> startLocks = new ConcurrentHashMap<>();
    private final Map<String, LogRing> logs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Thread shutdownHook;
    private final AtomicLong starts = new AtomicLong();
    private final ProgramProxy proxy = new ProgramProxy();
    private final String python;
    private volatile boolean closed;
    private volatile boolean runPrograms;

    /** A started program: its process, the report it started with and its workspace. */
    private record Running(ProgramProcess process, BootReport report, Path runDir) {
    }

    /** An answer from a program: status, headers (name, value pairs) and body. */
    public record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    public ComputeNode(Database db, FileStore files, Path workDir, ProcessingEvents events) {
        this(db, files, workDir, events, findPython());
    }

    /** With an explicit Python 3 executable (null: none on this machine). */
    public ComputeNode(Database db, FileStore files, Path workDir, ProcessingEvents events, String python) {
        this.check = new BootCheck(db, files);
        this.workDir = workDir;
        this.events = events;
        this.python = python;
        try {
            Workspace.deleteTree(workDir.resolve("run")); // left by a sandbox that was killed
            Files.createDirectories(workDir.resolve("run"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the compute node's directory " + workDir, e);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-vm-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::stopIdle, 1, 1, TimeUnit.SECONDS);
        events.subscribe(listener);
        this.shutdownHook = new Thread(this::stopAll, "sandbox-vm-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Whether programs may run (off by default): anyone who can post messages to the sandbox could
     * otherwise run code on this machine, even a web page through the browser.
     */
    public ComputeNode runPrograms(boolean allowed) {
        this.runPrograms = allowed;
        return this;
    }

    public boolean runsPrograms() {
        return runPrograms;
    }

    /** The boot report of a program, without starting anything. */
    public BootReport boot(String programHash) throws VmFailure {
        return check.check(programHash);
    }

    /** The last {@code n} lines the program wrote (all its starts), oldest first. */
    public List<String> logs(String programHash, int n) {
        LogRing ring = logs.get(programHash);
        return ring == null ? List.of() : ring.last(n);
    }

    /** Whether the program has a running process, and which. */
    public ObjectNode state(String programHash) {
        Running r = running.get(programHash);
        ObjectNode o = Json.object();
        o.put("running", r != null && r.process().alive());
        if (r != null) {
            o.put("pid", r.process().pid());
            o.put("port", r.process().port());
            o.put("startup_ms", r.process().startupMillis());
        }
        return o;
    }

    /**
     * Serves one request to the program, cold-starting it when it is not running (or when what it
     * resolves to changed since it started).
     */
    public Answer request(String programHash, String method, String pathAndQuery, List<Map.Entry<String, String>> headers,
            byte[] body) throws VmFailure {
        if (closed) {
            throw new VmFailure(503, "node-stopping", "The sandbox is stopping. Start it again.");
        }
        if (!runPrograms) {
            check.check(programHash);
            throw new VmFailure(503, "compute-node-off", "This sandbox does not run programs: running code from "
                    + "messages is opt-in, since anyone who can post to the sandbox could run code on this machine. "
                    + "Restart it with 'aleph-deploy sandbox --run-programs' (or use 'vm boot' to check the rules "
                    + "without running anything).");
        }
        Running r = ensureRunning(programHash);
        r.process().begin();
        try {
            return proxy.forward(r.process().port(), method, pathAndQuery, headers, body);
        } catch (IOException e) {
            if (!r.process().alive()) {
                stop(programHash, r, "it exited");
                throw new VmFailure(503, "program-exited", "The program's process exited while it handled the request. "
                        + "See its logs.");
            }
            throw new VmFailure(502, "program-unreachable", "The program did not answer: " + e.getMessage()
                    + ". See its logs.");
        } finally {
            r.process().end();
        }
    }

    private Running ensureRunning(String hash) throws VmFailure {
        BootReport report = check.check(hash);
        Running current = running.get(hash);
        if (!report.ok()) {
            if (current != null) {
                stop(hash, current, "its files no longer pass the compute node's rules");
            }
            BootReport.Problem first = report.problems().get(0);
            throw new VmFailure(503, first.code(), first.words(), report.problems());
        }
        if (current != null && current.process().alive() && current.report().usedRefs().equals(report.usedRefs())) {
            return current;
        }
        synchronized (startLocks.computeIfAbsent(hash, k -> new Object())) {
            current = running.get(hash);
            if (current != null && current.process().alive() && current.report().usedRefs().equals(report.usedRefs())) {
                return current;
            }
            if (current != null) {
                stop(hash, current, current.process().alive() ? "a new revision of what it uses was processed" : "it exited");
            }
            Running started = start(hash, report);
            running.put(hash, started);
            return started;
        }
    }

    private Running start(String hash, BootReport report) throws VmFailure {
        BootReport.Launch launch = report.launch();
        boolean asgi = launch.interfaceName().equals("asgi");
        if (!asgi && !launch.interfaceName().equals("executable")) {
            throw new VmFailure(503, "interface-unknown", "The code interface '" + launch.interfaceName()
                    + "' is neither asgi nor executable. Set code.interface to one of them.");
        }
        if (python == null) {
            throw new VmFailure(503, "python3-not-found", "python3 was not found on PATH: the sandbox runs programs "
                    + "through a small Python 3 stand-in for the guest. Install Python 3 and put python3 on PATH.");
        }
        LogRing log = logs.computeIfAbsent(hash, k -> new LogRing(LOG_LINES));
        Path runDir = workDir.resolve("run").resolve(hash.substring(0, 16) + "-" + starts.incrementAndGet());
        try {
            Workspace ws = Workspace.prepare(report, runDir, workDir.resolve("persistent").resolve(hash));
            ObjectNode cfg = Json.object();
            cfg.put("mode", asgi ? "asgi" : "executable");
            cfg.put("encoding", launch.encoding());
            cfg.put("entrypoint", launch.entrypoint());
            cfg.put("code_dir", ws.codeDir().toString());
            cfg.put("code_file", ws.codeFile() == null ? null : ws.codeFile().toString());
            cfg.put("packages_dir", ws.packagesDir().toString());
            cfg.put("memory_mib", Math.max(launch.memoryMib(), 64));
            Path cfgFile = runDir.resolve("adapter.json");
            Files.writeString(cfgFile, Json.compact(cfg));
            ProcessBuilder pb = new ProcessBuilder(python, "-s", "-u", adapter().toString(), cfgFile.toString())
                    .directory(ws.codeDir().toFile());
            Map<String, String> env = pb.environment();
            env.remove("PYTHONPATH");
            env.remove("PYTHONHOME");
            env.putAll(launch.variables());
            env.put("PYTHONUNBUFFERED", "1");
            env.put("ALEPH_SANDBOX_ROOT", ws.root().toString());
            env.put("ALEPH_SANDBOX_MOUNTS", Json.compact(mountsJson(ws)));
            int port = 0;
            if (!asgi) {
                port = freePort();
                env.put("PORT", Integer.toString(port));
            }
            log.add("sandbox: starting " + launch.interfaceName() + " program " + hash + " (code " + report.code().usedRef()
                    + ", " + report.volumes().size() + " volume(s))");
            ProgramProcess p = ProgramProcess.start(pb, log);
            try {
                if (asgi) {
                    p.awaitAsgiReady();
                } else {
                    p.awaitPortOpen(port);
                }
            } catch (VmFailure f) {
                p.stop();
                log.add("sandbox: start failed: " + f.code() + ": " + f.getMessage());
                throw f;
            }
            log.add("sandbox: started in " + p.startupMillis() + " ms (pid " + p.pid() + ")");
            return new Running(p, report, runDir);
        } catch (IOException e) {
            log.add("sandbox: could not prepare the program's files: " + e);
            throw new VmFailure(503, "prepare-failed", "The sandbox could not prepare the program's files: "
                    + e.getMessage() + ". Check the sandbox's data directory.");
        }
    }

    private static ObjectNode mountsJson(Workspace ws) {
        ObjectNode m = Json.object();
        ws.mounts().forEach((k, v) -> m.put(k, v.toString()));
        return m;
    }

    private Path adapter() throws IOException {
        Path target = workDir.resolve("guest_adapter.py");
        try (InputStream in = ComputeNode.class.getResourceAsStream("guest_adapter.py")) {
            if (in == null) {
                throw new IOException("the guest adapter resource is missing from the build");
            }
            Path tmp = Files.createTempFile(workDir, "adapter-", ".py");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops one program now (e.g. the CLI or a test); false when it was not running. */
    public boolean stop(String programHash) {
        Running r = running.get(programHash);
        if (r == null) {
            return false;
        }
        stop(programHash, r, "asked to");
        return true;
    }

    private void stop(String hash, Running r, String why) {
        if (!running.remove(hash, r)) {
            return;
        }
        logs.computeIfAbsent(hash, k -> new LogRing(LOG_LINES)).add("sandbox: stopping the program: " + why);
        r.process().stop();
        try {
            Workspace.deleteTree(r.runDir());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", r.runDir(), e.getMessage());
        }
    }

    private void stopIdle() {
        running.forEach((hash, r) -> {
            double idle = r.process().idleNanos() / 1e9;
            if (!r.report().launch().persistent() && !r.process().busy() && idle >= r.report().launch().idleSeconds()) {
                stop(hash, r, "idle for " + (long) r.report().launch().idleSeconds() + " s (resources.seconds)");
            } else if (!r.process().alive()) {
                stop(hash, r, "it exited");
            }
        });
    }

    /** A compute node stops a program when a new revision of one of its references is processed. */
    private void onProcessed(ProcessingEvents.Outcome o) {
        if (o.kind() != ProcessingEvents.Kind.PROCESSED || running.isEmpty() || closed) {
            return;
        }
        timer.execute(() -> running.forEach((hash, r) -> {
            try {
                BootReport now = check.check(hash);
                if (!now.usedRefs().equals(r.report().usedRefs())) {
                    stop(hash, r, "a new revision of what it uses was processed (" + o.itemHash() + ")");
                }
            } catch (VmFailure | RuntimeException e) {
                stop(hash, r, "its program message is gone (" + e.getMessage() + ")");
            }
        }));
    }

    private void stopAll() {
        running.forEach((hash, r) -> stop(hash, r, "the sandbox is stopping"));
    }

    /** Stops every program and the timer; removes the shutdown hook. */
    @Override
    public void close() {
        closed = true;
        events.unsubscribe(listener);
        timer.shutdownNow();
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
    }

    /** The {@code python3} on PATH ({@code python3.exe} or {@code python.exe} on Windows), or null. */
    public static String findPython() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> names = windows ? List.of("python3.exe", "python.exe") : List.of("python3");
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                Path p = dir.isEmpty() ? null : Path.of(dir, n);
                if (p != null && Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
