package org.alephdeploy.ui.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the intents the user starts, logs them and says so in the notification area, in place of
 * the wizards: for tests and screenshots of the window on the demo source. FX thread only.
 */
public final class DemoIntents implements ProgramIntents, VolumeIntents {
    private static final Logger LOG = LoggerFactory.getLogger(DemoIntents.class);

    /** One recorded request: the intent's name, its target and the dropped files. */
    public record Request(String intent, String target, List<Path> files) {
    }

    private final Notifications notifications;
    private final List<Request> recorded = new ArrayList<>();

    public DemoIntents(Notifications notifications) {
        this.notifications = notifications;
    }

    public List<Request> recorded() {
        return List.copyOf(recorded);
    }

    private void record(String intentKey, String target, List<Path> files) {
        Request request = new Request(intentKey, target, List.copyOf(files));
        recorded.add(request);
        LOG.info("intent {} on {} with {}", intentKey, target, files);
        String names = files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
        String text = files.isEmpty()
                ? I18n.get(intentKey) + " for " + target + ": recorded."
                : I18n.get(intentKey) + " for " + target + " with " + names + ": recorded.";
        notifications.show(Notice.of(Notice.Kind.INFO, text));
    }

    @Override
    public void updateCode(ProgramRow program, List<Path> files) {
        record(I18n.key("programs.intent.updateCode"), program.displayName(), files);
    }

    @Override
    public void changeSettings(ProgramRow program) {
        record(I18n.key("programs.intent.changeSettings"), program.displayName(), List.of());
    }

    @Override
    public void delete(ProgramRow program) {
        record(I18n.key("programs.intent.delete"), program.displayName(), List.of());
    }

    @Override
    public void recreate(ProgramRow program) {
        record(I18n.key("programs.intent.recreate"), program.displayName(), List.of());
    }

    @Override
    public void rollBackCode(ProgramRow program) {
        record(I18n.key("programs.intent.rollBack"), program.displayName(), List.of());
    }

    @Override
    public void updateVolume(VolumeRow volume, List<Path> files) {
        record(I18n.key("volumes.intent.update"), volume.displayName(), files);
    }

    @Override
    public void pinCid(VolumeRow volume) {
        record(I18n.key("volumes.intent.pinCid"), volume.displayName(), List.of());
    }

    @Override
    public void rollBack(VolumeRow volume) {
        record(I18n.key("volumes.intent.rollBack"), volume.displayName(), List.of());
    }

    @Override
    public void forget(VolumeRow volume) {
        record(I18n.key("volumes.intent.forget"), volume.displayName(), List.of());
    }

    @Override
    public void uploadNewVolume(List<Path> files) {
        record(I18n.key("volumes.intent.uploadNew"), I18n.get("volumes.main.newVolume"), files);
    }
}
