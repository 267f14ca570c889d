package org.alephdeploy.ui.wizard.rollback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.inventory.InventoryDetails;

/**
 * The revisions a roll-back chooses from: those of a volume's root, or of a program's code root,
 * each with its file's name and size, when and by whom it was signed, and whether it may become
 * current again (the details pane decides that the same way). Pure.
 */
public record RevisionTimeline(String root, List<Revision> revisions) {
    /**
     * One revision. {@code number} is 0 for the root, then 1, 2, … in time order; {@code fileName},
     * {@code size}, {@code time} and {@code signer} are null when unknown.
     */
    public record Revision(String itemHash, int number, String fileName, Long size, Instant time, String signer, boolean current,
            boolean rollBackable) {
    }

    public RevisionTimeline {
        revisions = List.copyOf(revisions);
    }

    /** The timeline of {@code anchor} (a volume's root or a program's hash), empty when it has none. */
    public static Optional<RevisionTimeline> of(Inventory inventory, String anchor, boolean watchOnly) {
        ItemDetails d = new InventoryDetails(inventory, watchOnly).of(anchor).orElse(null);
        if (d == null || d.revisionsRoot() == null) {
            return Optional.empty();
        }
        VolumeView volume = inventory.volume(d.revisionsRoot()).orElse(null);
        List<Revision> out = new ArrayList<>();
        int n = 0;
        for (ItemDetails.ChainEntry e : d.revisions()) {
            StoreRevision s = volume == null ? null : volume.message(e.itemHash()).orElse(null);
            int number = s != null && !s.isRevision() ? 0 : ++n;
            out.add(new Revision(e.itemHash(), number, s == null ? null : s.name(), s == null ? null : s.size(), e.time(),
                    s == null ? null : s.sender(), e.current(), e.rollBackable()));
        }
        return Optional.of(new RevisionTimeline(d.revisionsRoot(), out));
    }
}
