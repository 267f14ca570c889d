package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;

/**
 * A source node (an in-process sandbox over real HTTP) seeded with hand-made history for the
 * rehearsal tests: code with a revision, another owner's shared volume, a program using both, an
 * amend of it, a program that was forgotten; plus a CLI data dir (with the test wallet) whose
 * embedded sandbox is the copy.
 */
final class RehearsalWorld implements AutoCloseable {
    final SandboxWorld source;
    final Path data;
    final List<String> wallet;
    final Message code;
    final Message codeRevision;
    final Message sharedVolume;
    final Message program;
    final Message amend;
    final Message forgottenProgram;
    final Message forget;

    private RehearsalWorld(SandboxWorld source, String name) {
        this.source = source;
        this.data = source.dir.resolve(name);
        this.wallet = CliRun.wallet(data);
        code = source.store(KEY0, "PK\u0003\u0004rehearsal code v1", null, "rehearsal code");
        codeRevision = source.store(KEY0, "PK\u0003\u0004rehearsal code v2", code.itemHash(), "rehearsal code");
        sharedVolume = source.store(KEY1, "hsqs shared volume of another owner", null, "shared");
        program = source.program(KEY0, spec("rehearsed", null));
        amend = source.program(KEY0, spec("rehearsed-amend", program.itemHash()));
        forgottenProgram = source.program(KEY0, spec("gone", null));
        ObjectNode f = Json.object();
        f.put("address", KEY0.address());
        f.put("time", source.seedTime());
        f.putArray("hashes").add(forgottenProgram.itemHash());
        f.put("reason", "rehearsal test");
        forget = source.publish(MessageDraft.inline(MessageType.FORGET, SandboxWorld.CHANNEL, f).sign(KEY0));
    }

    /** A source seeded with the history, and a CLI data dir named {@code name} under it. */
    static RehearsalWorld start(String name) {
        return new RehearsalWorld(SandboxWorld.start(), name);
    }

    private Signed.ProgramSpec spec(String name, String replaces) {
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.codeLatest = true;
        s.allowAmend = true;
        s.volumeRef = sharedVolume.itemHash();
        s.name = name;
        s.replaces = replaces;
        return s;
    }

    /** Runs the CLI with this data dir and {@code --node node}. */
    CliRun cli(String node, String... rest) {
        return CliRun.run(CliRun.args(data, node, rest));
    }

    /** Runs the CLI with another data dir (another copy) and {@code --node node}. */
    CliRun cliIn(Path otherData, String node, String... rest) {
        return CliRun.run(CliRun.args(otherData, node, rest));
    }

    /** The CLI against the source node. */
    CliRun onSource(String... rest) {
        return cli(source.node.url(), rest);
    }

    /** The CLI against the copy (the data dir's sandbox). */
    CliRun onCopy(String... rest) {
        return cli(EngineSession.SANDBOX, rest);
    }

    /** The wallet options followed by {@code rest}. */
    String[] signed(String... rest) {
        List<String> all = new ArrayList<>(List.of(rest));
        all.addAll(wallet);
        return all.toArray(String[]::new);
    }

    /** How many messages the source holds, any type and status. */
    long sourceMessageCount() {
        return source.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong();
    }

    @Override
    public void close() {
        source.close();
    }
}
