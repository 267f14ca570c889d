package org.alephdeploy.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumeRow;

/** Intents as a test sees them: a list of "intent target files" lines. */
public final class RecordingIntents implements ProgramIntents, VolumeIntents {
    public record Call(String intent, String target, List<Path> files) {
    }

    private final List<Call> calls = new ArrayList<>();

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void add(String intent, String target, List<Path> files) {
        calls.add(new Call(intent, target, List.copyOf(files)));
    }

    @Override
    public void updateCode(ProgramRow program, List<Path> files) {
        add("updateCode", program.name(), files);
    }

    @Override
    public void changeSettings(ProgramRow program) {
        add("changeSettings", program.name(), List.of());
    }

    @Override
    public void delete(ProgramRow program) {
        add("delete", program.name(), List.of());
    }

    @Override
    public void recreate(ProgramRow program) {
        add("recreate", program.name(), List.of());
    }

    @Override
    public void rollBackCode(ProgramRow program) {
        add("rollBackCode", program.name(), List.of());
    }

    @Override
    public void updateVolume(VolumeRow volume, List<Path> files) {
        add("updateVolume", volume.name(), files);
    }

    @Override
    public void pinCid(VolumeRow volume) {
        add("pinCid", volume.name(), List.of());
    }

    @Override
    public void rollBack(VolumeRow volume) {
        add("rollBackVolume", volume.name(), List.of());
    }

    @Override
    public void forget(VolumeRow volume) {
        add("forget", volume.name(), List.of());
    }

    @Override
    public void uploadNewVolume(List<Path> files) {
        add("uploadNewVolume", "", files);
    }
}
