package org.alephdeploy.platform;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Secrets (passwords, keys, mnemonics) read as {@code char[]} from a file or from the terminal
 * without echo, never as a {@code String}. The caller wipes the returned arrays.
 */
public final class SecretInput {
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private SecretInput() {
    }

    /** True when a terminal is attached to read from. */
    public static boolean interactive() {
        return System.console() != null;
    }

    /** Reads a line without echo; null when there is no terminal or at end of input. */
    public static char[] readHidden(String prompt) {
        Console c = System.console();
        return c == null ? null : c.readPassword("%s", prompt);
    }

    /** Reads a visible line (a confirmation, a word); null when there is no terminal or at end of input. */
    public static String readLine(String prompt) {
        Console c = System.console();
        return c == null ? null : c.readLine("%s", prompt);
    }

    /** Prints a line on the terminal (not standard output, which may be redirected); nothing without a terminal. */
    public static void printToTerminal(String line) {
        Console c = System.console();
        if (c != null) {
            c.writer().println(line);
            c.flush();
        }
    }

    /**
     * The UTF-8 text of {@code file} without its final line break(s), as a {@code char[]}.
     * The file's bytes are wiped from memory after decoding.
     */
    public static char[] readFile(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("the file " + file + " is larger than " + MAX_FILE_BYTES / 1024 + " KB, too large for a secret");
        }
        byte[] bytes = Files.readAllBytes(file);
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                end--;
            }
            int start = end > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
            char[] out = new char[end - start];
            for (int i = start; i < end; i++) {
                out[i - start] = chars.get(i);
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException("the file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
