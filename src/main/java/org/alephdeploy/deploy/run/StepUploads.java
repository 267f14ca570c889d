package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.IpfsUploadResult;
import org.alephdeploy.ccn.UploadListener;
import org.alephdeploy.ccn.UploadResult;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.CidV0;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Message;

/**
 * The upload steps of a run. An upload carries the STORE message that names its file (signed
 * first, so the upload is authenticated and may go up to the node's limit); uploads are skipped
 * when the node already has the file.
 */
final class StepUploads {
    private final Plan plan;
    private final CcnClient node;
    private final Cancellation cancel;
    private final RunListener listener;
    private final StepResults results;
    private final StepSigning signing;
    private final StepPosting posting;
    private final OperationLog log;

    StepUploads(Plan plan, CcnClient node, Cancellation cancel, RunListener listener, StepResults results,
            StepSigning signing, StepPosting posting, OperationLog log) {
        this.plan = plan;
        this.node = node;
        this.cancel = cancel;
        this.listener = listener;
        this.results = results;
        this.signing = signing;
        this.posting = posting;
        this.log = log;
    }

    /** Uploads the step's file; returns its file hash (SHA-256 or CID). */
    String upload(Step.Upload u) throws IOException {
        Step.PublishStore consumer = storeOf(u);
        UploadListener progress = (done, total, rate) -> listener.upload(u.index(), done, total, rate);
        try (LocalArtifacts.Prepared file = LocalArtifacts.prepare(u.artifact())) {
            if (u.engine() == ItemType.IPFS) {
                return uploadToIpfs(u, consumer, file.file(), progress);
            }
            Message store = null;
            if (consumer != null) {
                results.put(u.index(), u.artifact().sha256());
                store = signing.signedOrSign(consumer);
            }
            UploadResult r = node.addFile(file.file(), store, false, progress, cancel);
            log.append(OperationLog.record(Operation.UPLOAD).put("step", u.index()).put("file_hash", r.fileHash())
                    .put("uploaded", r.uploaded()).put("bytes", r.bytesSent()));
            if (!r.uploaded()) {
                listener.note("The node already has file " + r.fileHash() + "; it was not uploaded again.");
            }
            if (store != null) {
                posting.markPosted(consumer.index(), store);
            }
            return r.fileHash();
        }
    }

    /**
     * An IPFS upload carries its STORE message, as a storage upload does: anonymous IPFS uploads
     * are capped far below the authenticated limit. The message names the CID, so the CID is
     * computed here, streamed, before anything is signed, and checked against the node's.
     */
    private String uploadToIpfs(Step.Upload u, Step.PublishStore consumer, Path file, UploadListener progress)
            throws IOException {
        Message store = null;
        if (consumer != null) {
            String cid;
            try (InputStream in = Files.newInputStream(file)) {
                cid = CidV0.of(in);
            }
            results.put(u.index(), cid);
            store = signing.signedOrSign(consumer);
        }
        IpfsUploadResult r = node.ipfsAddFile(file, store, false, progress, cancel);
        log.append(OperationLog.record(Operation.UPLOAD).put("step", u.index()).put("file_hash", r.cid()).put("uploaded", true));
        if (store != null) {
            if (!r.cid().equals(results.get(u.index()))) {
                throw new IOException("The node computed CID " + r.cid() + " for the file, but this app computed "
                        + results.get(u.index()) + ", so the STORE message does not name the file the node holds. "
                        + "Check that the file did not change during the upload, then run the operation again.");
            }
            posting.markPosted(consumer.index(), store);
        }
        return r.cid();
    }

    /** The STORE step that names this upload's file hash: it travels with the upload (authenticated, up to the node's limit). */
    private Step.PublishStore storeOf(Step.Upload u) {
        for (Step s : plan.steps()) {
            if (s instanceof Step.PublishStore p && p.template().fills().stream()
                    .anyMatch(f -> f.from().step() == u.index() && f.pointer().equals("/item_hash"))) {
                return p;
            }
        }
        return null;
    }
}
