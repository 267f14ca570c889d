package org.alephdeploy.cli;

import picocli.CommandLine.Command;

/** {@code apply INTENT … [--yes]}: plan, confirm, sign, run through the journal, verify. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Plan a change, show it, ask for confirmation (unless --yes), then sign and run it through the journal "
                + "and verify the end state on the node.",
            "An interrupted run resumes with 'journal resume ID'."},
        subcommands = {IntentCommands.UpdateCode.class, IntentCommands.UpdateVolume.class, IntentCommands.Upload.class,
            IntentCommands.PinCid.class, IntentCommands.Rollback.class, IntentCommands.Change.class, IntentCommands.Delete.class,
            IntentCommands.Recreate.class, IntentCommands.ForgetVolume.class},
        footer = ExitCodes.HELP)
public final class ApplyCommand {
}
