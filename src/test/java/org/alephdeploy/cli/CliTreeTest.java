package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree built for a run: only the subcommand it runs when that is certain, the whole tree otherwise. */
class CliTreeTest {
    private static final List<String> NAMES = List.of("message", "wallet", "sandbox", "vm", "bench", "inventory", "plan",
            "apply", "rehearse", "journal");

    @Test
    void theWholeTreeHoldsEverySubcommandInHelpOrderUnderItsOwnName() {
        assertThat(Cli.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
        assertThat(Cli.subcommands()).extracting(o -> o.getClass().getAnnotation(Command.class).name())
                .containsExactlyElementsOf(NAMES);
    }

    @Test
    void aRunNamingASubcommandBuildsOnlyThatOne() {
        assertThat(Cli.commandLine("inventory", "--address", "0x0").getSubcommands().keySet()).containsExactly("inventory");
        assertThat(Cli.commandLine("--data-dir", "d", "--json", "--node=http://n", "wallet", "list")
                .getSubcommands().keySet()).containsExactly("wallet");
        assertThat(Cli.commandLine("--node", "inventory", "journal").getSubcommands().keySet())
                .as("an option's value is not the subcommand").containsExactly("journal");
        assertThat(Cli.commandLine("--node", "sandbox", "plan").getSubcommands().keySet()).containsExactly("plan");
    }

    @Test
    void anythingElseBuildsTheWholeTree() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"-V", "inventory"},
                new String[] {"--bogus", "inventory"}, new String[] {"inventroy"}, new String[] {"@args.txt"},
                new String[] {"--node"}, new String[] {"--", "inventory"})) {
            assertThat(Cli.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(NAMES);
        }
    }

    @Test
    void aSubcommandsHelpAndErrorsAreTheSameFromEitherTree() {
        for (String name : NAMES) {
            for (String[] args : List.of(new String[] {"--json", name, "--help"}, new String[] {name, "--no-such-option"})) {
                assertThat(run(Cli.commandLine(args), args)).as(String.join(" ", args))
                        .isEqualTo(run(Cli.commandLine(), args));
            }
        }
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int code = cl.execute(args);
        return code + "\n" + out;
    }
}
