package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import java.util.List;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.PaymentCutoffs;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.Times;
import org.junit.jupiter.api.Test;

/** A plan made before the credit-only cutoff and run after it signs credit, never a payment the node would refuse. */
class PaymentAtSigningTest {
    @Test
    void aHoldPlanRunAfterTheCutoffSignsCredit() {
        try (SandboxWorld w = SandboxWorld.start()) {
            Signed.ProgramSpec s = new Signed.ProgramSpec();
            s.codeRef = w.store(KEY0, "PK\u0003\u0004cutoff code", null, "cutoff code").itemHash();
            s.allowAmend = true;
            Message p = w.program(KEY0, s);
            BigDecimal now = Times.now();
            AtomicReference<BigDecimal> clock = new AtomicReference<>(now.subtract(BigDecimal.valueOf(600)));
            PaymentCutoffs cutoffs = new PaymentCutoffs(PaymentCutoffs.mainnet().persistentCreditOnlyFrom(), now.subtract(BigDecimal.valueOf(300)));
            Engine engine = Engine.builder(w.client, "sandbox", w.dir.resolve("data-cutoff"), w.dir.resolve("cache-cutoff"))
                    .runSettings(new RunSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMillis(10), Duration.ofMillis(100)))
                    .clock(clock::get).cutoffs(cutoffs).build();

            PlanResult r = engine.plan(new Intent.ChangeSettings(p.itemHash(), SettingsChange.resources(2, null, null)),
                    KEY0.address(), KEY0.address());
            assertThat(r).as(r instanceof Refusal f ? f.reason() : "plan").isInstanceOf(Plan.class);
            Plan plan = (Plan) r;
            assertThat(plan.cost().paymentType()).as("before the cutoff").isEqualTo("hold");

            clock.set(now);
            RunOutcome o = engine.apply(plan, KEY0.address(), KEY0, RunListener.NONE, Cancellation.NONE);
            assertThat(o.status()).as(o.words()).isEqualTo(OperationStatus.DONE);
            JsonNode programs = w.get("/api/v0/messages.json?msgTypes=PROGRAM&addresses=" + KEY0.address() + "&pagination=0").path("messages");
            JsonNode amended = null;
            for (JsonNode m : programs) {
                if (p.itemHash().equals(m.path("content").path("replaces").asText(null))) {
                    amended = m;
                }
            }
            assertThat(amended).as(Json.compact(programs)).isNotNull();
            assertThat(amended.path("content").path("payment").path("type").asText()).isEqualTo("credit");
        }
    }

    @Test
    void aHoldPlanResumedAfterTheCutoffSignsCredit() {
        try (SandboxWorld w = SandboxWorld.start()) {
            Signed.ProgramSpec s = new Signed.ProgramSpec();
            s.codeRef = w.store(KEY0, "PK\u0003\u0004resume cutoff code", null, "resume cutoff code").itemHash();
            s.allowAmend = true;
            Message p = w.program(KEY0, s);
            BigDecimal now = Times.now();
            AtomicReference<BigDecimal> clock = new AtomicReference<>(now.subtract(BigDecimal.valueOf(600)));
            PaymentCutoffs cutoffs = new PaymentCutoffs(PaymentCutoffs.mainnet().persistentCreditOnlyFrom(), now.subtract(BigDecimal.valueOf(300)));
            Engine engine = Engine.builder(w.client, "sandbox", w.dir.resolve("data-resume"), w.dir.resolve("cache-resume"))
                    .runSettings(new RunSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMillis(10), Duration.ofMillis(100)))
                    .clock(clock::get).cutoffs(cutoffs).build();
            Plan plan = (Plan) engine.plan(new Intent.ChangeSettings(p.itemHash(), SettingsChange.resources(2, null, null)),
                    KEY0.address(), KEY0.address());
            assertThat(plan.cost().paymentType()).as("before the cutoff").isEqualTo("hold");
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
            assertThat(engine.journal().records(id).signed()).as("nothing signed before the cutoff").isEmpty();

            clock.set(now);
            RunOutcome o = engine.journal().resume(id, KEY0, RunListener.NONE, Cancellation.NONE);

            assertThat(o.status()).as(o.words()).isEqualTo(OperationStatus.DONE);
            JsonNode signed = null;
            for (Message m : engine.journal().records(id).signed().values()) {
                if (p.itemHash().equals(m.content().path("replaces").asText(null))) {
                    signed = m.content();
                }
            }
            assertThat(signed).as("the resumed run signed the amend").isNotNull();
            assertThat(signed.path("payment").path("type").asText()).isEqualTo("credit");
            assertThat(w.content(p.itemHash()).path("payment").path("type").asText()).as("the old one").isNotEqualTo("credit");
        }
    }

    /** The process stopping between journaling the operation and its first step (as a kill would). */
    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
