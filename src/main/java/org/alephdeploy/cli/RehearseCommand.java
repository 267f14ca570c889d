package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.load.InventoryCache;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.deploy.rehearse.HistoryCopy;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehearse copy --address A [--max-file-size N]}: copies an address's state from --node into the data dir's sandbox. */
@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"Rehearse on a copy: copy an address's real state into the local sandbox, then try changes there "
                + "with '--node sandbox plan|apply …' (or 'apply --rehearse INTENT …' in one go). Nothing is sent to the network."},
        subcommands = {RehearseCommand.Copy.class}, footer = ExitCodes.HELP)
public final class RehearseCommand implements Callable<Integer> {
    /** Files above this size are marked remote unless --max-file-size says otherwise. */
    static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code rehearse copy}. */
    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy the address's PROGRAM and STORE messages (amends, revisions and FORGETs included, with their "
                    + "original signatures and times), the STOREs of other owners its programs use, its security aggregate, "
                    + "its balance and the files from --node into the data dir's sandbox store. A second copy brings only "
                    + "what changed since the last one, including the copied messages that turned 'removing' (or back) "
                    + "on --node without a new message.",
                "Files above --max-file-size are marked remote: the sandbox downloads them from --node only when its "
                    + "compute node runs a program that needs them."},
            footer = ExitCodes.HELP)
    static final class Copy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--address", required = true, paramLabel = "A", description = "The address whose state is copied.")
        String address;

        @Option(names = "--max-file-size", paramLabel = "BYTES",
                description = "Files larger than this are marked remote instead of copied (default: 104857600, 100 MiB).")
        long maxFileSize = DEFAULT_MAX_FILE_SIZE;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            CopySummary s = copy(Output.root(spec), address, maxFileSize, spec.commandLine().getErr());
            if (out.json()) {
                out.json(json(s));
            } else {
                lines(s).forEach(out::line);
            }
            return s.refused().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /**
     * Copies {@code address} from the root's --node (the source) into the data dir's sandbox store,
     * progress on {@code err}; the sandbox's cached inventory of the address is dropped, since
     * imported messages keep their original (older) times and an incremental refresh would miss them.
     */
    static CopySummary copy(RootCommand root, String address, long maxFileSize, PrintWriter err) {
        if (EngineSession.SANDBOX.equals(root.node())) {
            throw new CliFailure(ExitCodes.USAGE, "The copy's source cannot be the sandbox itself. Pass the network node "
                    + "to copy from with --node URL (or leave --node out for mainnet).");
        }
        if (maxFileSize < 0) {
            throw new CliFailure(ExitCodes.USAGE, "--max-file-size must be 0 or more bytes.");
        }
        AppDirs dirs = root.dirs();
        try (EngineSession source = EngineSession.open(root)) {
            CcnClient client = source.engine().client();
            String sourceUrl = client.nodes().get(0);
            SandboxNode sandbox;
            try {
                sandbox = SandboxNode.start(SandboxOptions.builder(dirs.sandbox()).port(0).build());
            } catch (IOException | RuntimeException e) {
                throw new CliFailure(ExitCodes.UNREACHABLE, "The embedded sandbox node could not start on " + dirs.sandbox()
                        + ": " + e.getMessage() + ". Check that no other sandbox uses that directory.", e);
            }
            try (sandbox) {
                HistoryCopy copy = new HistoryCopy(client, sourceUrl, new SandboxImport(sandbox.url()),
                        dirs.data().resolve("rehearse"));
                CopySummary s = copy.copy(address, maxFileSize, line -> {
                    err.println(line);
                    err.flush();
                });
                Files.deleteIfExists(new InventoryCache(dirs.cache().resolve("inventory")).file(EngineSession.SANDBOX, address));
                return s;
            }
        } catch (NodeError e) {
            throw EngineSession.failure(e);
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        }
    }

    static ObjectNode json(CopySummary s) {
        ObjectNode o = Json.object();
        o.put("source", s.source()).put("address", s.address()).put("incremental", s.incremental())
                .put("messages", s.messages()).put("processed", s.processed()).put("forgotten", s.forgotten())
                .put("files", s.files()).put("remote_files", s.remoteFiles())
                .put("statuses_updated", s.statusesUpdated()).put("bytes", s.bytes())
                .put("millis", s.millis());
        ArrayNode r = o.putArray("refused");
        s.refused().forEach(x -> r.addObject().put("item_hash", x.itemHash()).put("error_code", x.errorCode())
                .put("details", x.details()));
        return o;
    }

    static List<String> lines(CopySummary s) {
        List<String> out = new ArrayList<>();
        out.add((s.incremental() ? "Updated the sandbox copy of " : "Copied ") + s.address() + " from " + s.source()
                + (s.incremental() ? "" : " into the sandbox") + ": " + s.messages() + " messages, " + s.files() + " files"
                + (s.remoteFiles() > 0 ? " (+" + s.remoteFiles() + " marked remote)" : "")
                + (s.statusesUpdated() > 0 ? ", " + s.statusesUpdated() + (s.statusesUpdated() == 1 ? " status" : " statuses")
                        + " updated" : "") + ", " + s.bytes() + " bytes in "
                + String.format(Locale.ROOT, "%.1f s", s.millis() / 1000.0) + ".");
        for (CopySummary.Refused r : s.refused()) {
            out.add("  refused by the copy: " + r.itemHash() + " (code " + r.errorCode() + (r.details() == null ? "" : ", "
                    + r.details()) + ")");
        }
        out.add("Rehearse with: aleph-deploy --node sandbox plan|apply … (signs for the local copy only; nothing reaches "
                + s.source() + ").");
        return out;
    }
}
