package org.alephdeploy.ui.volumes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.TimeLabels;

/**
 * What the volumes table's cells show for one row, worked out when the row is made (on the
 * worker that maps the inventory), so that the FX thread only copies strings onto kept nodes.
 *
 * @param owner   "You" for the account's own volumes, else the owner's short address
 */
public record VolumeCells(String size, String updated, String owner, BadgeSpec type, List<BadgeSpec> usedBy) {
    public VolumeCells {
        usedBy = List.copyOf(usedBy);
    }

    static VolumeCells of(String itemType, long sizeBytes, int followers, int pinnedBy, String owner, boolean owned,
            Instant updated) {
        return new VolumeCells(Sizes.bytes(sizeBytes), TimeLabels.shortTime(updated),
                owned ? I18n.get("volumes.table.ownerYou") : ShortHash.address(owner),
                new BadgeSpec(Badge.Variant.NEUTRAL, itemType, null), usedBy(followers, pinnedBy));
    }

    private static List<BadgeSpec> usedBy(int followers, int pinnedBy) {
        List<BadgeSpec> out = new ArrayList<>(2);
        if (followers > 0) {
            out.add(new BadgeSpec(Badge.Variant.FOLLOWS, I18n.format("volumes.badge.follow", followers),
                    I18n.format("volumes.badge.followTip", followers)));
        }
        if (pinnedBy > 0) {
            out.add(new BadgeSpec(Badge.Variant.PINNED, I18n.format("volumes.badge.pinned", pinnedBy),
                    I18n.format("volumes.badge.pinnedTip", pinnedBy)));
        }
        return out;
    }
}
