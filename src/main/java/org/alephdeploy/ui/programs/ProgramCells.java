package org.alephdeploy.ui.programs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.TimeLabels;

/**
 * What the programs table's cells show for one row, worked out when the row is made (on the
 * worker that maps the inventory), so that the FX thread only copies strings onto kept nodes.
 */
public record ProgramCells(String resources, String updated, BadgeSpec config, List<BadgeSpec> pins) {
    public ProgramCells {
        pins = List.copyOf(pins);
    }

    /** The config badge (locked or updatable, its icon only: the tooltip and the legend say which), then the pins. */
    public List<BadgeSpec> lockAndPins() {
        List<BadgeSpec> out = new ArrayList<>(pins.size() + 1);
        out.add(new BadgeSpec(config.variant(), "", config.text() + ": " + config.tip()));
        out.addAll(pins);
        return out;
    }

    static ProgramCells of(boolean allowAmend, RefPin code, RefPin runtime, List<RefPin> volumes, int vcpus, int memoryMiB,
            Instant updated) {
        // a forgotten program's content is no longer served: its resources are unknown, not zero
        String resources = vcpus > 0 ? I18n.format("programs.table.resourcesValue", vcpus, Sizes.mebibytes(memoryMiB)) : "—";
        return new ProgramCells(resources,
                TimeLabels.shortTime(updated), config(!allowAmend), pins(code, runtime, volumes));
    }

    static BadgeSpec config(boolean locked) {
        return locked
                ? new BadgeSpec(Badge.Variant.LOCKED, I18n.get("programs.badge.locked"), I18n.get("programs.badge.lockedTip"))
                : new BadgeSpec(Badge.Variant.UPDATABLE, I18n.get("programs.badge.updatable"),
                        I18n.get("programs.badge.updatableTip"));
    }

    static List<BadgeSpec> pins(RefPin code, RefPin runtime, List<RefPin> volumes) {
        List<BadgeSpec> out = new ArrayList<>(4);
        out.add(pin(I18n.get("programs.badge.code"), code));
        out.add(pin(I18n.get("programs.badge.runtime"), runtime));
        long pinned = volumes.stream().filter(RefPin::pinned).count();
        long following = volumes.size() - pinned;
        if (following > 0) {
            out.add(new BadgeSpec(Badge.Variant.FOLLOWS, I18n.format("programs.badge.volumes", following),
                    I18n.format("programs.badge.volumesFollowTip", following)));
        }
        if (pinned > 0) {
            out.add(new BadgeSpec(Badge.Variant.PINNED, I18n.format("programs.badge.volumes", pinned),
                    I18n.format("programs.badge.volumesPinnedTip", pinned)));
        }
        return out;
    }

    private static BadgeSpec pin(String what, RefPin ref) {
        return ref.followsLatest()
                ? new BadgeSpec(Badge.Variant.FOLLOWS, what, I18n.format("programs.badge.followsTip", what))
                : new BadgeSpec(Badge.Variant.PINNED, what, I18n.format("programs.badge.pinnedTip", what));
    }
}
