package org.alephdeploy.ui.shell;

import java.time.Instant;
import java.util.List;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;

/** Everything the main window shows for one account on one network, at one moment. */
public record InventorySnapshot(
        AccountSummary account,
        List<ProgramRow> programs,
        List<VolumeRow> volumes,
        List<ActivityRow> activity,
        Instant fetchedAt) {

    public InventorySnapshot {
        programs = List.copyOf(programs);
        volumes = List.copyOf(volumes);
        activity = List.copyOf(activity);
    }
}
