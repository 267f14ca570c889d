package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.Signed;
import java.util.List;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.platform.AppDirs;
import org.junit.jupiter.api.Test;

/**
 * Nothing is signed unseen on the command line: {@code apply} shows the plan before its question
 * (in JSON mode on standard error, standard output staying the result), and {@code journal resume}
 * shows the remaining steps and asks, refusing when no one can answer.
 */
class AskBeforeSigningCliTest extends SandboxCliTest {
    private static Message program(String tag) {
        Message code = w.store(KEY0, "PK\u0003\u0004ask code " + tag, null, "ask code " + tag);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.codeLatest = true;
        s.allowAmend = true;
        s.name = "ask-" + tag;
        return w.program(KEY0, s);
    }

    private static int programs() {
        return w.get("/api/v0/messages.json?msgTypes=PROGRAM&owners=" + KEY0.address() + "&pagination=0").path("messages").size();
    }

    @Test
    void applyInJsonModeShowsThePlanOnStandardErrorBeforeAsking() {
        Message p = program("json");
        int before = programs();
        CliRun declined = CliRun.withInput("no\n", CliRun.args(data, w.node.url(), "--json", "apply", "change", p.itemHash(),
                "--vcpus", "2", wallet[0], wallet[1], wallet[2], wallet[3]));

        assertThat(declined.code()).as(declined.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(declined.out()).as("standard output holds only a result").isEmpty();
        String shown = declined.err().substring(0, declined.err().indexOf("Sign and send these steps?"));
        JsonNode plan = Json.parse(shown);
        assertThat(plan.path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(plan.path("steps").size()).isPositive();
        assertThat(declined.err()).contains("Not confirmed, so nothing was signed or sent");
        assertThat(programs()).isEqualTo(before);

        CliRun agreed = CliRun.withInput("yes\n", CliRun.args(data, w.node.url(), "--json", "apply", "change", p.itemHash(),
                "--vcpus", "2", wallet[0], wallet[1], wallet[2], wallet[3]));
        assertThat(agreed.code()).as(agreed.toString()).isZero();
        assertThat(agreed.json().path("outcome").path("status").asText()).isEqualTo("done");
        assertThat(Json.parse(agreed.err().substring(0, agreed.err().indexOf("Sign and send"))).path("digest").asText())
                .isEqualTo(agreed.json().path("plan").path("digest").asText());
    }

    @Test
    void resumeShowsTheRemainingStepsAndSignsOnlyWhenTheAnswerIsYes() {
        Message p = program("resume");
        String id = interrupted(p);
        String[] resume = CliRun.args(data, w.node.url(), "journal", "resume", id, wallet[0], wallet[1], wallet[2], wallet[3]);

        CliRun nobody = CliRun.run(resume);
        assertThat(nobody.code()).as(nobody.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(nobody.out()).contains("Remaining:").contains("Operation " + id);
        assertThat(nobody.err()).contains("No one answered").contains("--yes").contains("nothing was signed");
        assertThat(w.status(p.itemHash())).isEqualTo("processed");
        assertThat(status(id)).isEqualTo("interrupted");

        CliRun no = CliRun.withInput("no\n", resume);
        assertThat(no.code()).as(no.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(no.err()).contains("Not confirmed");
        assertThat(status(id)).isEqualTo("interrupted");

        CliRun yes = CliRun.withInput("yes\n", resume);
        assertThat(yes.code()).as(yes.toString()).isZero();
        assertThat(status(id)).isEqualTo("done");
        assertThat(w.status(p.itemHash())).isEqualTo("forgotten");
    }

    @Test
    void resumeInJsonModeAsksOnStandardErrorAndYesSkipsTheQuestion() {
        Message p = program("resume-json");
        String id = interrupted(p);

        CliRun nobody = CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "resume", id,
                wallet[0], wallet[1], wallet[2], wallet[3]));
        assertThat(nobody.code()).as(nobody.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(nobody.out()).isEmpty();
        JsonNode shown = Json.parse(nobody.err().substring(0, nobody.err().indexOf("Sign and send the remaining steps")));
        assertThat(shown.path("remaining").size()).isPositive();

        CliRun yes = CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "resume", id, "--yes",
                wallet[0], wallet[1], wallet[2], wallet[3]));
        assertThat(yes.code()).as(yes.toString()).isZero();
        assertThat(yes.json().path("status").asText()).isEqualTo("done");
        assertThat(yes.err()).doesNotContain("Type yes");
    }

    private static String status(String id) {
        return CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "show", id)).json().path("status").asText();
    }

    /** An operation in the CLI's journal, cancelled before its first step ran: nothing of it signed yet. */
    private static String interrupted(Message p) {
        AppDirs dirs = AppDirs.under(data);
        Engine engine = Engine.builder(w.client, w.node.url(), dirs.data(), dirs.cache())
                .runSettings(new RunSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMillis(10),
                        Duration.ofMillis(100)))
                .build();
        Plan plan = (Plan) engine.plan(new Intent.ChangeSettings(p.itemHash(), SettingsChange.resources(2, null, null)),
                KEY0.address(), KEY0.address());
        List<String> before = engine.journal().list().stream().map(OperationSummary::id).toList();
        RunListener crashAtFirstStep = new RunListener() {
            @Override
            public void step(int index, int count, String words) {
                throw new SimulatedCrash();
            }
        };
        assertThatThrownBy(() -> engine.apply(plan, KEY0.address(), KEY0, crashAtFirstStep, Cancellation.NONE))
                .isInstanceOf(SimulatedCrash.class);
        String id = engine.journal().list().stream().map(OperationSummary::id).filter(x -> !before.contains(x)).findFirst()
                .orElseThrow();
        assertThat(engine.journal().show(id).status()).isEqualTo(OperationStatus.INTERRUPTED);
        assertThat(engine.journal().records(id).signed()).as("nothing signed before the resume").isEmpty();
        return id;
    }

    /** The process stopping between journaling the operation and its first step (as a kill would). */
    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
