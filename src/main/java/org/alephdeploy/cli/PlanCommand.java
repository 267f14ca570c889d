package org.alephdeploy.cli;

import picocli.CommandLine.Command;

/** {@code plan INTENT …}: what a change would do, without signing anything. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show the steps, effects, warnings and cost of a change, or why it is refused. Nothing is signed.",
            "Exit code 3 when the planner refuses the change."},
        subcommands = {IntentCommands.UpdateCode.class, IntentCommands.UpdateVolume.class, IntentCommands.Upload.class,
            IntentCommands.PinCid.class, IntentCommands.Rollback.class, IntentCommands.Change.class, IntentCommands.Delete.class,
            IntentCommands.Recreate.class, IntentCommands.ForgetVolume.class},
        footer = ExitCodes.HELP)
public final class PlanCommand {
}
