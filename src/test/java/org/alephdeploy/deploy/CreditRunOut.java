package org.alephdeploy.deploy;

import static org.alephdeploy.deploy.Signed.KEY0;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;

/**
 * A sandbox whose credit clock the test moves, with one credit-paid program of KEY0 (1 vCPU,
 * 256 MiB: 264,000 credits a day) given a day and a half of credits: {@link #runOut} moves the
 * clock until less than a day is left (the node turns it {@code removing}), {@link #topUp} gives
 * it plenty again (back to {@code processed}).
 */
public final class CreditRunOut implements AutoCloseable {
    private static final long HOUR = 3_600_000L;
    private static final long ONE_AND_A_HALF_DAYS = 396_000;

    public final SandboxWorld node;
    public final Message program;
    private final HandClock clock;

    public CreditRunOut() {
        clock = new HandClock(Instant.now().toEpochMilli());
        node = SandboxWorld.start(b -> b.clock(clock));
        setCredits(ONE_AND_A_HALF_DAYS);
        program = creditProgram(node);
    }

    /** Publishes a credit-paid program of KEY0 on {@code node} ("paid-with-credits"); waits until processed. */
    public static Message creditProgram(SandboxWorld node) {
        Message code = node.store(KEY0, "PK\u0003\u0004credit-paid code", null, null);
        Signed.ProgramSpec spec = new Signed.ProgramSpec();
        spec.owner = KEY0.address();
        spec.time = node.seedTime().longValue() - 1;
        spec.runtimeRef = SandboxWorld.RUNTIME;
        spec.codeRef = code.itemHash();
        spec.name = "paid-with-credits";
        ObjectNode content = spec.content();
        content.set("payment", new Payment("ETH", null, Payment.CREDIT).toJson());
        return node.publish(Signed.sign(KEY0, MessageType.PROGRAM, content));
    }

    /** 30 hours pass: less than a day of credits is left. */
    public void runOut() {
        clock.millis.addAndGet(30 * HOUR);
    }

    /** The owner buys ten million credits. */
    public void topUp() {
        setCredits(10_000_000);
    }

    private void setCredits(long credits) {
        ObjectNode batch = Json.object();
        batch.putArray("accounts").addObject().put("address", KEY0.address()).put("balance", "1000000").put("credits", credits);
        new SandboxImport(node.node.url()).history(batch);
    }

    @Override
    public void close() {
        node.close();
    }
}
