package org.alephdeploy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.alephdeploy.message.Json;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command prints: human text, or JSON with {@code --json}. */
public final class Output {
    private final PrintWriter out;
    private final boolean json;

    private Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    public static Output of(CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), root(spec).json());
    }

    /** The root command's global options, from any subcommand's spec. */
    public static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    public boolean json() {
        return json;
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** The document as {@link Json#pretty} prints it, streamed (a large inventory is megabytes: no string of it). */
    public void json(JsonNode node) {
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
