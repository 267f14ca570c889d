package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.PaymentCutoffs;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;

/**
 * The message of each step, signed once: on resume the journaled message is sent again as it is
 * (the node treats a repeat as a no-op), otherwise a new one is signed and journaled before
 * anything sends it.
 */
final class StepSigning {
    private static final BigDecimal TICK = new BigDecimal("0.001");

    private final Plan plan;
    private final MessageSigner signer;
    private final Supplier<BigDecimal> clock;
    private final PaymentCutoffs cutoffs;
    private final StepResults results;
    private final OperationLog log;
    private final Map<Integer, Message> signed;
    private BigDecimal lastTime;

    StepSigning(Operation op, MessageSigner signer, Supplier<BigDecimal> clock, PaymentCutoffs cutoffs, StepResults results,
            OperationLog log) {
        this.cutoffs = cutoffs;
        this.plan = op.plan();
        this.signer = signer;
        this.clock = clock;
        this.results = results;
        this.log = log;
        this.signed = new HashMap<>(op.signed());
        this.lastTime = op.lastSignedTime();
    }

    /** Every message signed so far, by step. */
    Map<Integer, Message> signed() {
        return signed;
    }

    /** The journaled message of this step, or a new one signed now and journaled before anything sends it. */
    Message signedOrSign(Step s) throws IOException {
        Message m = signed.get(s.index());
        if (m != null) {
            return m;
        }
        BigDecimal time = nextTime();
        MessageDraft draft;
        if (s instanceof Step.PublishStore p) {
            draft = draft(p.template(), time);
        } else if (s instanceof Step.PublishProgram p) {
            draft = draft(p.template(), time);
        } else if (s instanceof Step.Forget f) {
            draft = MessageDraft.inline(MessageType.FORGET, f.channel(), f.content(results::of, time));
        } else {
            throw new IllegalStateException("step " + s.index() + " signs nothing");
        }
        m = draft.sign(signer);
        ObjectNode r = OperationLog.record(Operation.SIGNED).put("step", s.index()).put("item_hash", m.itemHash());
        r.set("message", m.envelope());
        log.append(r);
        signed.put(s.index(), m);
        lastTime = time;
        return m;
    }

    /** The content with the payment the node requires at {@code time} (a plan made before a cutoff switches to credit). */
    private MessageDraft draft(ContentTemplate t, BigDecimal time) {
        ObjectNode content = t.resolve(results::of, time);
        if (content.path("payment").isObject()) {
            ObjectNode payment = (ObjectNode) content.get("payment");
            String wanted = payment.path("type").asText(Payment.HOLD);
            String must = t.type() == MessageType.PROGRAM ? cutoffs.programPayment(content, wanted, time)
                    : t.type() == MessageType.STORE ? cutoffs.storePayment(wanted, time) : wanted;
            payment.put("type", must);
        }
        return MessageDraft.inline(t.type(), t.channel(), content);
    }

    /** Strictly after every time signed before, not before now, not before the plan's lower bound. */
    private BigDecimal nextTime() {
        BigDecimal t = clock.get();
        if (plan.notBefore() != null && plan.notBefore().compareTo(t) > 0) {
            t = plan.notBefore();
        }
        if (lastTime != null && t.compareTo(lastTime) <= 0) {
            t = lastTime.add(TICK);
        }
        return t.scale() < 1 ? t.setScale(1) : t;
    }
}
