package org.alephdeploy.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** One line typed by the user: from the terminal when there is one, else from standard input (scripts, tests). */
final class ConsoleInput {
    private ConsoleInput() {
    }

    /** The line, or null when there is nothing to read (end of input). */
    static String line(String prompt, PrintWriter err) {
        Console c = System.console();
        if (c != null) {
            return c.readLine("%s", prompt);
        }
        err.print(prompt);
        err.flush();
        try {
            return new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
