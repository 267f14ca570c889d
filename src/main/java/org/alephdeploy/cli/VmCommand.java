package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vm boot | logs | get | open PROGRAM}: a program on the sandbox's compute node. */
@Command(name = "vm", mixinStandardHelpOptions = true,
        description = {"A program on the sandbox's compute node (needs --node sandbox, or the URL of a sandbox started",
            "with --run-programs). The sandbox resolves and checks the program as a compute node does, then runs it",
            "locally at /vm/<hash>/."},
        subcommands = {VmCommand.Boot.class, VmCommand.Logs.class, VmCommand.Get.class, VmCommand.Open.class},
        footer = ExitCodes.HELP)
public final class VmCommand {
    /** Built on first use: its TLS set-up would otherwise cost every command's start (the command tree is built each time). */
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The sandbox node the command talks to: an embedded one (closed with the command) or a URL. */
    static final class Target implements AutoCloseable {
        final String url;
        final SandboxNode embedded;

        private Target(String url, SandboxNode embedded) {
            this.url = url;
            this.embedded = embedded;
        }

        static Target of(CommandSpec spec) {
            RootCommand root = Output.root(spec);
            String node = root.node();
            if (node == null || node.isBlank()) {
                throw new CliFailure(ExitCodes.USAGE, "The vm commands need a sandbox: the public network's compute "
                        + "nodes are not queried. Pass --node sandbox, or --node http://127.0.0.1:4024 for a running "
                        + "'aleph-deploy sandbox'.");
            }
            if (node.equals(EngineSession.SANDBOX)) {
                try {
                    SandboxNode n = SandboxNode.start(SandboxOptions.builder(root.dirs().sandbox()).port(0).build());
                    n.computeNode().runPrograms(true);
                    return new Target(n.url(), n);
                } catch (IOException | RuntimeException e) {
                    throw new CliFailure(ExitCodes.UNREACHABLE, "The embedded sandbox node could not start on "
                            + root.dirs().sandbox() + ": " + e.getMessage() + ". Check that no other sandbox uses that "
                            + "directory, or run 'aleph-deploy sandbox' and pass its URL with --node.", e);
                }
            }
            if (!node.startsWith("http://") && !node.startsWith("https://")) {
                throw new CliFailure(ExitCodes.USAGE, "--node must be a node URL or 'sandbox', not '" + node + "'.");
            }
            return new Target(node.replaceAll("/+$", ""), null);
        }

        HttpResponse<byte[]> get(String path) {
            try {
                return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(120)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.UNREACHABLE, "The sandbox at " + url + " did not answer: " + e.getMessage()
                        + ". Check that it runs (aleph-deploy sandbox) and the URL.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliFailure(ExitCodes.INTERRUPTED, "Interrupted.", e);
            }
        }

        JsonNode json(String path) {
            HttpResponse<byte[]> r = get(path);
            if (r.statusCode() == 404 && !new String(r.body(), StandardCharsets.UTF_8).contains("\"code\"")) {
                throw new CliFailure(ExitCodes.FAILED, "The node at " + url + " has no compute node endpoints: it is not an "
                        + "aleph-deploy sandbox. Use --node sandbox or a sandbox's URL.");
            }
            JsonNode j = Json.parse(new String(r.body(), StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new CliFailure(ExitCodes.FAILED, j.path("reason").asText("The sandbox answered " + r.statusCode() + "."));
            }
            return j;
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static String hash(String program) {
        String h = program.toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-f]{64}")) {
            throw new CliFailure(ExitCodes.USAGE, "PROGRAM must be a program's item hash (64 hex digits), not '" + program
                    + "'. Find it with 'aleph-deploy inventory'.");
        }
        return h;
    }

    @Command(name = "boot", mixinStandardHelpOptions = true,
            description = "What a compute node would start the program with, and every rule it breaks (nothing is started).")
    static final class Boot implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            try (Target t = Target.of(spec)) {
                JsonNode b = t.json("/api/v0/sandbox/vm/" + hash(program) + "/boot");
                if (out.json()) {
                    out.json(b);
                } else {
                    out.line(b.path("ok").asBoolean() ? "Boots: every compute node rule passes." : "Does not boot:");
                    b.path("problems").forEach(p -> out.line("  " + p.path("code").asText() + ": " + p.path("words").asText()));
                    JsonNode r = b.path("resolved");
                    for (String part : new String[] {"code", "runtime", "data"}) {
                        if (r.path(part).isObject()) {
                            out.line(String.format("  %-8s %s -> %s (%s)", part, r.path(part).path("ref").asText(),
                                    r.path(part).path("used_ref").asText("-"), r.path(part).path("kind").asText("?")));
                        }
                    }
                    r.path("volumes").forEach(v -> out.line(String.format("  volume   %s: %s -> %s (%s)",
                            v.path("mount").asText(), v.path("ref").asText("-"), v.path("used_ref").asText("-"),
                            v.path("kind").asText("?"))));
                }
                return b.path("ok").asBoolean() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }

    @Command(name = "logs", mixinStandardHelpOptions = true, description = "The last lines the program printed on the sandbox.")
    static final class Logs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Option(names = "--lines", paramLabel = "N", description = "How many lines (default: 100).")
        int lines = 100;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            try (Target t = Target.of(spec)) {
                JsonNode l = t.json("/api/v0/sandbox/vm/" + hash(program) + "/logs?lines=" + Math.max(1, lines));
                if (out.json()) {
                    out.json(l);
                } else {
                    l.path("lines").forEach(x -> out.line(x.asText()));
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Request a path of the program (cold-starting it) and print the status and the first bytes.")
    static final class Get implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Parameters(index = "1", paramLabel = "PATH", defaultValue = "/", description = "The path (default: /).")
        String path;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            try (Target t = Target.of(spec)) {
                String p = path.startsWith("/") ? path : "/" + path;
                HttpResponse<byte[]> r = t.get("/vm/" + hash(program) + p);
                String body = new String(r.body(), 0, Math.min(r.body().length, 2000), StandardCharsets.UTF_8);
                String problem = r.headers().firstValue("X-Sandbox-Problem").orElse(null);
                if (out.json()) {
                    out.json(Json.object().put("status", r.statusCode()).put("problem", problem).put("body", body)
                            .put("bytes", r.body().length));
                } else {
                    out.line("HTTP " + r.statusCode() + (problem == null ? "" : " (" + problem + ")") + ", "
                            + r.body().length + " bytes");
                    out.line(body);
                }
                return r.statusCode() < 400 ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = {"Open the program's local URL (/vm/<hash>/) in the browser.",
                "With --node sandbox the embedded node keeps serving until Ctrl-C."})
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Option(names = "--no-browser", description = "Only print the URL.")
        boolean noBrowser;

        @Override
        public Integer call() throws InterruptedException {
            Output out = Output.of(spec);
            Target t = Target.of(spec);
            String url = t.url + "/vm/" + hash(program) + "/";
            if (out.json()) {
                out.json(Json.object().put("url", url));
            } else {
                out.line(url);
            }
            if (!noBrowser) {
                browse(url, out);
            }
            if (t.embedded == null) {
                return ExitCodes.OK;
            }
            if (!out.json()) {
                out.line("The embedded sandbox serves the program until Ctrl-C.");
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                t.close();
                stopped.countDown();
            }, "vm-open-shutdown"));
            stopped.await();
            return ExitCodes.OK;
        }

        private static void browse(String url, Output out) {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String[] cmd = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                    : os.contains("mac") ? new String[] {"open", url} : new String[] {"xdg-open", url};
            try {
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                if (!out.json()) {
                    out.line("Could not open a browser (" + e.getMessage() + "); open the URL above yourself.");
                }
            }
        }
    }
}
