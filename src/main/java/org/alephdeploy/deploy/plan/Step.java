package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;

/** One step of a plan, at position {@code index}; later steps name earlier results by {@link StepRef}. */
public sealed interface Step {
    int index();

    StepKind kind();

    String words();

    default StepRef ref() {
        return new StepRef(index());
    }

    /** Send the file's bytes; the result is the file hash (sha256 for storage, the CID for IPFS). */
    record Upload(int index, LocalArtifact artifact, ItemType engine) implements Step {
        public StepKind kind() {
            return StepKind.UPLOAD;
        }

        public String words() {
            return "upload " + artifact.path() + " (" + artifact.size() + " bytes) to " + engine.wire();
        }
    }

    /** Sign and send a STORE; the result is its item hash. */
    record PublishStore(int index, ContentTemplate template, String words) implements Step {
        public StepKind kind() {
            return StepKind.PUBLISH_STORE;
        }
    }

    /** Sign and send a PROGRAM; the result is its item hash (the new program's URL). */
    record PublishProgram(int index, ContentTemplate template, String words) implements Step {
        public StepKind kind() {
            return StepKind.PUBLISH_PROGRAM;
        }

        public String url(Function<StepRef, String> results) {
            return ProgramView.urlOf(results.apply(ref()));
        }
    }

    /** Sign and send a FORGET of {@code hashes} with content address {@code address}. */
    record Forget(int index, List<HashSource> hashes, String address, String channel, String reason) implements Step {
        public Forget {
            hashes = List.copyOf(hashes);
        }

        public StepKind kind() {
            return StepKind.FORGET;
        }

        public String words() {
            return "forget " + hashes + " (" + reason + ")";
        }

        public ObjectNode content(Function<StepRef, String> results, BigDecimal time) {
            return ContentWriter.forget(address, time, hashes.stream().map(h -> h.resolve(results)).toList(), reason);
        }
    }

    /** Wait until the message published by {@code step} is processed; stop the plan if it is rejected. */
    record AwaitProcessed(int index, StepRef step, String words) implements Step {
        public StepKind kind() {
            return StepKind.AWAIT_PROCESSED;
        }
    }

    /** Wait until every one of {@code hashes} has status forgotten. */
    record AwaitForgotten(int index, List<HashSource> hashes) implements Step {
        public AwaitForgotten {
            hashes = List.copyOf(hashes);
        }

        public StepKind kind() {
            return StepKind.AWAIT_FORGOTTEN;
        }

        public String words() {
            return "wait until " + hashes + " are forgotten";
        }
    }

    /** Save the program's exact message locally before anything removes it. */
    record Backup(int index, String programHash) implements Step {
        public StepKind kind() {
            return StepKind.BACKUP;
        }

        public String words() {
            return "back up the message of program " + programHash;
        }
    }
}
