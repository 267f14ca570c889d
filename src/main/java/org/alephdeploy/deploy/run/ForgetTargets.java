package org.alephdeploy.deploy.run;

import java.util.List;
import java.util.Set;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageRecord;
import org.alephdeploy.deploy.inventory.MessageChecks;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * The last look before a FORGET is signed (it cannot be undone): each target is fetched again and
 * must verify (item hash of its exact content, signature), be a PROGRAM or a STORE, and belong to
 * the address the FORGET is made for. Targets already forgotten or removed need nothing more.
 */
final class ForgetTargets {
    private static final Set<String> FORGETTABLE = Set.of("PROGRAM", "STORE");

    private final CcnClient node;

    ForgetTargets(CcnClient node) {
        this.node = node;
    }

    void check(List<String> hashes, String owner) {
        for (String hash : hashes) {
            MessageRecord r = node.message(hash).orElseThrow(() -> refuse(hash, "the node no longer knows it"));
            if (r.status() == MessageStatus.FORGOTTEN || r.status() == MessageStatus.REMOVED) {
                continue;
            }
            Message m = r.message();
            if (m == null || m.itemContent() == null) {
                throw refuse(hash, "the node did not send its content");
            }
            if (!hash.equals(m.itemHash())) {
                throw refuse(hash, "the node answered with the message " + m.itemHash());
            }
            List<String> problems = MessageChecks.problems(m);
            if (!problems.isEmpty()) {
                throw refuse(hash, String.join("; ", problems));
            }
            if (!FORGETTABLE.contains(m.typeName())) {
                throw refuse(hash, "it is a " + m.typeName() + ", not a PROGRAM or a STORE");
            }
            if (!Addresses.sameAddress(m.owner(), owner)) {
                throw refuse(hash, "it belongs to " + m.owner() + ", not to " + owner);
            }
        }
    }

    private static StepFailure refuse(String hash, String why) {
        return new StepFailure("The FORGET was not signed: its target " + hash + " does not verify when fetched again ("
                + why + "). The node or something on the path to it may be altering answers. Check the node (use https) "
                + "and resume or abandon the operation.");
    }
}
