package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageExtractor;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageVerifier;
import org.alephdeploy.message.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code message verify FILE…}. */
@Command(name = "message", description = "Work with signed Aleph messages.", mixinStandardHelpOptions = true,
        subcommands = MessageCommand.Verify.class)
public final class MessageCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the item hash and signature of every message in the files.",
                "A file may hold an envelope, a node response wrapping one, or a list.",
                "Exits 0 only when every message verifies."},
            footer = ExitCodes.HELP)
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message JSON files.")
        List<Path> files;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            ArrayNode report = Json.array();
            boolean allOk = true;
            for (Path file : files) {
                List<Message> messages;
                try {
                    messages = MessageExtractor.extract(Json.parse(Files.readString(file)));
                } catch (IOException | MessageFormatException e) {
                    allOk = false;
                    String why = e instanceof IOException ? "cannot be read (" + e.getMessage() + ")" : e.getMessage();
                    ObjectNode row = report.addObject().put("file", file.toString()).put("error", why);
                    if (!out.json()) {
                        out.line(file + ": " + row.get("error").asText());
                    }
                    continue;
                }
                for (Message m : messages) {
                    Verification v = MessageVerifier.verify(m);
                    allOk &= v.ok();
                    ObjectNode row = report.addObject();
                    row.put("file", file.toString()).put("item_hash", v.itemHash()).put("sender", v.sender());
                    putTri(row, "hash_ok", v.hashOk());
                    putTri(row, "signature_ok", v.signatureOk());
                    row.put("ok", v.ok());
                    v.problems().forEach(row.withArray("problems")::add);
                    if (!out.json()) {
                        out.line(String.format("%s  %s  sender %s  hash %s  signature %s%s", v.ok() ? "OK  " : "FAIL",
                                v.itemHash(), v.sender(), tri(v.hashOk()), tri(v.signatureOk()),
                                v.problems().isEmpty() ? "" : "  (" + String.join("; ", v.problems()) + ")"));
                    }
                }
            }
            if (out.json()) {
                out.json(report);
            }
            return allOk ? ExitCodes.OK : ExitCodes.FAILED;
        }

        private static void putTri(ObjectNode row, String key, Boolean value) {
            if (value == null) {
                row.putNull(key);
            } else {
                row.put(key, value);
            }
        }

        private static String tri(Boolean b) {
            return b == null ? "n/a" : b ? "ok" : "BAD";
        }
    }
}
