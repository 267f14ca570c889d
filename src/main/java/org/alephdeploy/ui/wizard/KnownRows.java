package org.alephdeploy.ui.wizard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;

/**
 * Finds programs and volumes among every row of the tables, whatever the search or filters show:
 * a refusal's alternative, a follow-up or an Activity row must find a program the filter hides.
 * FX thread only.
 */
public final class KnownRows {
    private final Supplier<List<ProgramRow>> programs;
    private final Supplier<List<VolumeRow>> volumes;

    /** @param programs every program row (not the shown ones); {@code volumes} the same for volumes */
    public KnownRows(Supplier<List<ProgramRow>> programs, Supplier<List<VolumeRow>> volumes) {
        this.programs = programs;
        this.volumes = volumes;
    }

    public Optional<ProgramRow> program(String hash) {
        return programs.get().stream().filter(p -> p.itemHash().equals(hash)).findFirst();
    }

    public Optional<VolumeRow> volume(String root) {
        return volumes.get().stream().filter(v -> v.rootHash().equals(root)).findFirst();
    }

    /** Display names by program hash and volume root, to name the targets of operations. */
    public Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        programs.get().forEach(p -> out.put(p.itemHash(), p.displayName()));
        volumes.get().forEach(v -> out.put(v.rootHash(), v.displayName()));
        return out;
    }
}
