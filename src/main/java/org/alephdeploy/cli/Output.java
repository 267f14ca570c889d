package org.alephdeploy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.alephdeploy.message.Json;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command prints: human text, or JSON with {@code --json}. */
public final class Output {
    private static final ObjectWriter PRETTY =
            Json.MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final PrintWriter out;
    private final boolean json;

    Output(PrintWriter out, boolean json) {
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

    /** The document as {@link Json#pretty} prints it, written out without a string of it. */
    public void json(JsonNode node) {
        try {
            PRETTY.writeValue(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /**
     * A document {@code body} writes token by token, printed as {@link #json(JsonNode)} prints a tree
     * of it: for the documents that grow with the account, which are never held whole. A body that
     * fails midway leaves its document unclosed, so that no reader takes the part for the whole.
     */
    public void json(JsonBody body) {
        try (JsonGenerator g = PRETTY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)) {
            body.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface JsonBody {
        void writeTo(JsonGenerator g) throws IOException;
    }
}
