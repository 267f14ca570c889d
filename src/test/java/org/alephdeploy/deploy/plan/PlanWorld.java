package org.alephdeploy.deploy.plan;

import static org.alephdeploy.deploy.Signed.A;
import static org.alephdeploy.deploy.Signed.B;
import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.Signed.ProgramSpec;
import org.alephdeploy.deploy.inventory.Authorization;
import org.alephdeploy.deploy.inventory.Authorizations;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.message.Message;

/**
 * The account A owns a program P (code root CODE with revision CODE2, volume VOL with revision
 * VOL2, runtime RT of a third owner C). The signer is A itself, B authorised by A, or B alone.
 */
final class PlanWorld {
    enum Owner { SELF, OTHER_AUTHORISED, OTHER_UNAUTHORISED }

    static final BigDecimal NOW = new BigDecimal("1767300000.0");
    static final LocalArtifact ZIP = new LocalArtifact("/tmp/app.zip", Signed.fileHash("new code"), 2048, ArtifactEncoding.ZIP, false);
    static final LocalArtifact SQUASHFS = new LocalArtifact("/tmp/vol.squashfs", Signed.fileHash("new volume"), 4096,
            ArtifactEncoding.SQUASHFS, false);
    static final String CID = "QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8";

    final Message runtime = Signed.store(KEY2, 1767225500, "runtime", null, "runtime");
    final Message code = Signed.store(KEY0, 1767225600, "code v1", null, "app code");
    final Message code2 = Signed.store(KEY0, 1767225610, "code v2", code.itemHash(), null);
    final Message vol = Signed.store(KEY0, 1767225620, "vol v1", null, "data");
    final Message vol2 = Signed.store(KEY0, 1767225630, "vol v2", vol.itemHash(), null);
    final Message program;
    final List<Message> extra = new ArrayList<>();
    final boolean allowAmend;
    final boolean codeLatest;
    final boolean volumeLatest;

    PlanWorld(boolean allowAmend, boolean codeLatest, boolean volumeLatest) {
        this.allowAmend = allowAmend;
        this.codeLatest = codeLatest;
        this.volumeLatest = volumeLatest;
        this.program = Signed.program(KEY0, spec(1767225700, allowAmend, codeLatest, volumeLatest));
    }

    ProgramSpec spec(long time, boolean amend, boolean codeFollows, boolean volumeFollows) {
        ProgramSpec s = new ProgramSpec();
        s.time = time;
        s.allowAmend = amend;
        s.codeRef = code.itemHash();
        s.codeLatest = codeFollows;
        s.runtimeRef = runtime.itemHash();
        s.volumeRef = vol.itemHash();
        s.volumeLatest = volumeFollows;
        return s;
    }

    Inventory inventory(Owner owner) {
        List<Message> all = new ArrayList<>(List.of(runtime, code, code2, vol, vol2, program));
        all.addAll(extra);
        Authorizations grants = owner == Owner.OTHER_AUTHORISED
                ? new Authorizations(Map.of(A, List.of(new Authorization(A, B, null, List.of(), List.of("STORE", "PROGRAM")))))
                : new Authorizations(Map.of(A, List.of()));
        return Inventory.build(new NodeSnapshot("sandbox", A, NOW, all.stream().map(ListedMessage::processed).toList(),
                List.of(), List.of(), Map.of(), grants));
    }

    static String signer(Owner owner) {
        return owner == Owner.SELF ? A : B;
    }

    PlanContext context(Owner owner) {
        return context(inventory(owner), signer(owner), richFunds());
    }

    static PlanContext context(Inventory inv, String signer, Funds funds) {
        return new PlanContext(inv, signer, false, NodeLimits.defaults(), funds, Pricing.defaults(), NOW,
                PaymentCutoffs.mainnet(), Signed.CHANNEL);
    }

    static Funds richFunds() {
        return new Funds(new BigDecimal("100000"), BigDecimal.ZERO, new BigDecimal("100000000"), BigDecimal.ZERO);
    }
}
