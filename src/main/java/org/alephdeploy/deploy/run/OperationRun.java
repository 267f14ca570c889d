package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.alephdeploy.ccn.AwaitTimeoutException;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageWaiter;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.HashSource;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageStatus;

/**
 * One run of one operation: its unfinished steps in order, then the verification of the end
 * state; how it stopped is journaled and told as an outcome. The caller holds the operation's lock.
 */
final class OperationRun {
    private final RunEnvironment env;
    private final Operation op;
    private final Plan plan;
    private final RunListener listener;
    private final Cancellation cancel;
    private final MessageWaiter waiter;
    private final OperationLog log;
    private final StepResults results;
    private final StepSigning signing;
    private final StepPosting posting;
    private final StepUploads uploads;
    private final ProgramBackups backups;
    private int current = -1;

    OperationRun(RunEnvironment env, Operation op, MessageSigner signer, RunListener listener, Cancellation cancellation) {
        this.env = env;
        this.op = op;
        this.plan = op.plan();
        this.listener = listener == null ? RunListener.NONE : listener;
        this.cancel = cancellation == null ? Cancellation.NONE : cancellation;
        CcnClient node = env.client().with(cancel);
        this.waiter = new MessageWaiter(env.client(), env.settings().firstPoll(), env.settings().maxPoll());
        this.log = new OperationLog(env.journal(), op.id());
        this.results = new StepResults(op.results());
        this.signing = new StepSigning(op, signer, env.clock(), env.cutoffs(), results, log);
        this.posting = new StepPosting(op, node, log);
        this.uploads = new StepUploads(plan, node, cancel, this.listener, results, signing, posting, log);
        this.backups = new ProgramBackups(env.backups(), node, this.listener, log);
    }

    RunOutcome run() throws IOException {
        try {
            for (Step s : plan.steps()) {
                if (op.stepDone(s.index())) {
                    continue;
                }
                current = s.index();
                cancel.throwIfCancelled();
                listener.step(s.index(), plan.steps().size(), s.words());
                String result = execute(s);
                if (result != null) {
                    results.put(s.index(), result);
                }
                ObjectNode r = OperationLog.record(Operation.STEP_DONE).put("step", s.index());
                if (result != null) {
                    r.put("result", result);
                }
                log.append(r);
            }
            current = -1;
            return verify();
        } catch (CancellationException e) {
            return stop(Operation.StopKind.CANCELLED, "Cancelled" + stepWords() + ". Nothing is lost: resume the operation "
                    + "to continue where it stopped.", null);
        } catch (AwaitTimeoutException e) {
            return stop(Operation.StopKind.TIMEOUT, e.getMessage() + " Resume the operation later to continue waiting.", null);
        } catch (NodeError e) {
            if (e.kind() == NodeError.Kind.REJECTED) {
                return stop(Operation.StopKind.REJECTED, "The node rejected the message of " + stepWords().strip() + ": "
                        + e.getMessage(), e.errorCode());
            }
            if (e.isUnreachable()) {
                return stop(Operation.StopKind.UNREACHABLE, "The node could not be reached" + stepWords() + ": "
                        + e.getMessage() + " Resume the operation once the node answers again.", null);
            }
            return stop(Operation.StopKind.ERROR, "The node refused a request" + stepWords() + ": " + e.getMessage(), null);
        } catch (LocalArtifacts.ArtifactChangedException e) {
            return stop(Operation.StopKind.ERROR, e.getMessage(), null);
        } catch (StepFailure e) {
            return stop(Operation.StopKind.ERROR, e.getMessage(), null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private RunOutcome verify() throws IOException {
        cancel.throwIfCancelled();
        listener.step(plan.steps().size(), plan.steps().size(), "verify the end state on the node");
        List<VerificationCheck> checks = new Verifier(plan, results.asMap(), signing.signed(), env.client().with(cancel),
                env.freshInventory()).verify(op.address());
        boolean ok = checks.stream().allMatch(VerificationCheck::ok);
        ObjectNode v = OperationLog.record(Operation.VERIFIED).put("ok", ok);
        checks.forEach(c -> v.withArray("checks").addObject().put("ok", c.ok()).put("words", c.words()));
        log.append(v);
        if (ok) {
            log.append(OperationLog.record(Operation.DONE));
            return finish(OperationStatus.DONE, PlanRunner.wordsOf(op, OperationStatus.DONE));
        }
        return finish(OperationStatus.FAILED, "Every step ran, but the end state did not verify on the node: "
                + String.join("; ", checks.stream().filter(c -> !c.ok()).map(VerificationCheck::words).toList()) + ".");
    }

    private String execute(Step s) throws IOException {
        if (s instanceof Step.Upload u) {
            return uploads.upload(u);
        }
        if (s instanceof Step.PublishStore || s instanceof Step.PublishProgram) {
            Message m = signing.signedOrSign(s);
            posting.post(s.index(), m);
            return m.itemHash();
        }
        if (s instanceof Step.Forget f) {
            for (HashSource h : f.hashes()) {
                backups.backUp(h.resolve(results::of), false);
            }
            Message m = signing.signedOrSign(f);
            posting.post(f.index(), m);
            return m.itemHash();
        }
        if (s instanceof Step.AwaitProcessed a) {
            waiter.awaitProcessed(results.of(a.step()), env.settings().processedTimeout(), cancel);
            return null;
        }
        if (s instanceof Step.AwaitForgotten a) {
            Step.Forget forget = forgetBefore(a);
            if (forget != null) {
                waiter.awaitProcessed(results.get(forget.index()), env.settings().forgottenTimeout(), cancel);
            }
            for (HashSource h : a.hashes()) {
                waiter.awaitStatus(h.resolve(results::of), EnumSet.of(MessageStatus.FORGOTTEN, MessageStatus.REMOVED),
                        env.settings().forgottenTimeout(), cancel);
            }
            return null;
        }
        if (s instanceof Step.Backup b) {
            backups.backUp(b.programHash(), true);
            return null;
        }
        throw new IllegalStateException("no runner for step " + s);
    }

    private Step.Forget forgetBefore(Step.AwaitForgotten a) {
        for (int i = a.index() - 1; i >= 0; i--) {
            if (plan.steps().get(i) instanceof Step.Forget f) {
                return f;
            }
        }
        return null;
    }

    private String stepWords() {
        return current < 0 ? " while verifying" : " at step " + (current + 1) + " (" + plan.steps().get(current).words() + ")";
    }

    private RunOutcome stop(Operation.StopKind kind, String words, Integer code) throws IOException {
        ObjectNode r = OperationLog.record(Operation.STOPPED).put("kind", kind.name()).put("words", words);
        if (current >= 0) {
            r.put("step", current);
        }
        if (code != null) {
            r.put("error_code", code);
        }
        log.append(r);
        OperationStatus status = kind == Operation.StopKind.REJECTED || kind == Operation.StopKind.ERROR
                ? OperationStatus.FAILED : OperationStatus.INTERRUPTED;
        return finish(status, words);
    }

    private RunOutcome finish(OperationStatus status, String words) throws IOException {
        return Situation.of(env.load(op.id()), status, words);
    }
}
