package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.NodeLimits;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanContext;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.StepKind;
import org.alephdeploy.message.ItemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A file above the node's storage limit goes to IPFS. Anonymous IPFS uploads are capped at
 * 25 MiB, so the upload must carry its signed STORE message (the CID computed locally first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IpfsUploadFlowTest {
    private static final String A = KEY0.address();
    private SandboxWorld w;

    @BeforeAll
    void start() {
        w = SandboxWorld.start();
    }

    @AfterAll
    void stop() {
        w.close();
    }

    @Test
    void aVolumeAboveTheAnonymousIpfsLimitIsUploadedWithItsStoreMessage() throws IOException {
        byte[] bytes = new byte[30 * 1024 * 1024];
        new Random(7).nextBytes(bytes);
        Path file = w.file("big-volume.bin", bytes);
        LocalArtifact artifact = LocalArtifacts.measure(file);

        PlanContext node = w.engine.context(A, A, false);
        PlanContext smallStorage = new PlanContext(node.inventory(), node.signingAddress(), node.watchOnly(),
                new NodeLimits(1024 * 1024, node.limits().maxIpfsFileBytes()), node.funds(), node.pricing(), node.now(),
                node.cutoffs(), node.defaultChannel());
        PlanResult result = w.engine.plan(new Intent.UploadVolume(artifact, "big volume"), smallStorage);
        assertThat(result).isInstanceOf(Plan.class);
        Plan plan = (Plan) result;

        RunOutcome outcome = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);

        assertThat(outcome.status()).as(outcome.words()).isEqualTo(OperationStatus.DONE);
        String store = plan.steps().stream().filter(s -> s.kind() == StepKind.PUBLISH_STORE)
                .map(s -> outcome.results().get(s.index())).findFirst().orElseThrow();
        assertThat(w.status(store)).isEqualTo("processed");
        assertThat(w.content(store).path("item_type").asText()).isEqualTo(ItemType.IPFS.wire());
        assertThat(w.content(store).path("item_hash").asText()).startsWith("Qm");
    }
}
