package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alephdeploy.deploy.run.PlanCodec;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code apply INTENT … [--yes]} or {@code apply --plan FILE}: plan (or check a saved plan), confirm, sign, run, verify. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Plan a change, show it, ask for confirmation (unless --yes), then sign and run it through the journal "
                + "and verify the end state on the node.",
            "With --plan FILE (a plan saved by 'plan … --json'), the change is planned again and signed only when it would "
                + "sign exactly what the saved plan says (same network, owner, signer and digest); otherwise exit 3, "
                + "'the plan is out of date', and nothing is signed.",
            "An interrupted run resumes with 'journal resume ID'."},
        subcommands = {IntentCommands.UpdateCode.class, IntentCommands.UpdateVolume.class, IntentCommands.Upload.class,
            IntentCommands.PinCid.class, IntentCommands.Rollback.class, IntentCommands.Change.class, IntentCommands.Delete.class,
            IntentCommands.Recreate.class, IntentCommands.ForgetVolume.class},
        footer = ExitCodes.HELP)
public final class ApplyCommand implements Callable<Integer> {
    /** The most a saved plan file may weigh. */
    private static final long MAX_PLAN_BYTES = 16L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    SignerOptions who;

    @Option(names = "--plan", paramLabel = "FILE", description = "Sign the plan saved in FILE by 'plan … --json'.")
    Path plan;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--rehearse", description = "Rehearse instead: copy the owner's state from --node into the local sandbox "
            + "('rehearse copy'), then plan, sign and run the intent on that copy. Nothing is sent to --node.")
    boolean rehearse;

    @Override
    public Integer call() {
        if (plan == null) {
            throw new CliFailure(ExitCodes.USAGE, "apply needs an intent (e.g. 'apply update-code …') or --plan FILE; "
                    + "see 'apply --help'.");
        }
        if (rehearse) {
            throw new CliFailure(ExitCodes.USAGE, "--rehearse takes an intent (e.g. 'apply --rehearse recreate HASH …'), "
                    + "not --plan FILE: a saved plan is bound to the network it was made for.");
        }
        JsonNode saved = read(plan);
        return new IntentFlow(spec, who, true, yes, saved).run(() -> {
            try {
                return PlanCodec.decodeIntent(saved.get("intent"));
            } catch (RuntimeException e) {
                throw new CliFailure(ExitCodes.USAGE, "The file " + plan + " does not hold a plan's intent (" + e.getMessage()
                        + "). Save a plan with 'plan … --json > FILE'.", e);
            }
        });
    }

    private static JsonNode read(Path file) {
        try {
            if (Files.size(file) > MAX_PLAN_BYTES) {
                throw new CliFailure(ExitCodes.USAGE, "The file " + file + " is larger than a saved plan can be. "
                        + "Save a plan with 'plan … --json > FILE'.");
            }
            JsonNode o = Json.parse(Files.readString(file));
            for (String field : new String[] {"network", "owner", "signer", "digest", "intent"}) {
                if (!o.hasNonNull(field)) {
                    throw new CliFailure(ExitCodes.USAGE, "The file " + file + " is not a plan saved by 'plan … --json' "
                            + "(it has no " + field + "). Save a plan with 'plan … --json > FILE'.");
                }
            }
            return o;
        } catch (IOException | MessageFormatException e) {
            throw new CliFailure(ExitCodes.USAGE, "Cannot read the plan " + file + ": " + e.getMessage()
                    + ". Save a plan with 'plan … --json > FILE'.", e);
        }
    }
}
