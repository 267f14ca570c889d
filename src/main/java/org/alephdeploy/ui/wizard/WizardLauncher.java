package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.OperationsPoller;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.activity.ActivityActions;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.ViewLoader;
import org.alephdeploy.ui.fx.Windows;
import org.alephdeploy.ui.inventory.ActivityRows;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.ShellViewModel;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.delete.DeleteInputs;
import org.alephdeploy.ui.wizard.delete.DeleteWizard;
import org.alephdeploy.ui.wizard.forgetvolume.ForgetVolumeWizard;
import org.alephdeploy.ui.wizard.pincid.PinCidInputs;
import org.alephdeploy.ui.wizard.pincid.PinCidWizard;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.rollback.RollBackInputs;
import org.alephdeploy.ui.wizard.rollback.RollBackWizard;
import org.alephdeploy.ui.wizard.settings.ChangeSettingsWizard;
import org.alephdeploy.ui.wizard.settings.SettingsInputs;
import org.alephdeploy.ui.wizard.updatecode.CodeUpdateRoute;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeInputs;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeWizard;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeInputs;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeWizard;

/**
 * Opens the wizard of each intent the window starts (buttons, drops, the details pane, a
 * refusal's alternative, a follow-up), runs the Activity tab's actions and polls the journal. Made
 * before the composition root (it is handed to it as the intents), then {@link #attach attached}
 * to the window's services. FX thread only.
 */
public final class WizardLauncher implements ProgramIntents, VolumeIntents, ActivityActions, WizardContext.Host {
    private final EngineTasks engine;
    private Windows windows;
    private Executor executor;
    private Dialogs dialogs;
    private Notifications notifications;
    private ShellViewModel shell;
    private Consumer<String> openUrl = url -> { };
    private Supplier<Optional<SandboxVm>> computeNode =
            Optional::empty;
    private OperationsPoller poller;
    private Consumer<WizardFrameController> onOpened = frame -> { };

    public WizardLauncher(EngineTasks engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /**
     * Connects the launcher to the window: where stages open, the worker pool (every engine task
     * runs on it), dialogs, notifications and the shell (tables, details pane, activity). Starts
     * polling the journal.
     */
    public void attach(Windows windowsValue, FxTasks tasks, Dialogs dialogsValue, Notifications notificationsValue,
            ShellViewModel shellValue) {
        this.windows = windowsValue;
        this.executor = work -> tasks.run(() -> {
            work.run();
            return null;
        }).start();
        this.dialogs = dialogsValue;
        this.notifications = notificationsValue;
        this.shell = shellValue;
        shell.activity().setActions(this);
        shell.details().rollBackActionProperty().set(this::rollBackTo);
        poller = engine.poller();
        poller.setExecutor(executor);
        poller.setOnSucceeded(e -> shell.activity().setRows(ActivityRows.of(poller.getValue(), names())));
        poller.start();
    }

    /** How URLs open (the application's host services); without it "Open" does nothing. */
    public void openUrlWith(Consumer<String> value) {
        this.openUrl = Objects.requireNonNull(value);
    }

    /** Where the local compute node is found (present only on the sandbox network). */
    public void localComputeNodeWith(Supplier<Optional<SandboxVm>> value) {
        this.computeNode = Objects.requireNonNull(value);
    }

    @Override
    public Optional<SandboxVm> localComputeNode() {
        return computeNode.get();
    }

    public void stopPolling() {
        if (poller != null) {
            poller.cancel();
        }
    }

    /** Told of every wizard opened, once its window shows: whoever drives or watches the wizards. */
    public void onOpened(Consumer<WizardFrameController> listener) {
        this.onOpened = Objects.requireNonNull(listener);
    }

    /** Opens the wizard of {@code spec} on {@code state}; returns its frame. */
    public WizardFrameController open(WizardSpec spec, WizardState state) {
        WizardContext context = new WizardContext(state, spec, engine, executor, dialogs, notifications, this);
        Map<Class<?>, Function<WizardContext, Object>> factories = new HashMap<>(spec.controllers());
        factories.put(WizardFrameController.class, WizardFrameController::new);
        factories.put(FilePage.class, FilePage::new);
        factories.put(ReviewPage.class, ReviewPage::new);
        factories.put(ConfirmPage.class, ConfirmPage::new);
        factories.put(RunPage.class, RunPage::new);
        factories.put(ResultPage.class, ResultPage::new);
        ViewLoader loader = new ViewLoader(type -> {
            Function<WizardContext, Object> make = factories.get(type);
            if (make == null) {
                throw new IllegalArgumentException("no wizard controller registered for " + type.getName());
            }
            return make.apply(context);
        });
        ViewLoader.View<WizardFrameController> frame = loader.load(WizardPages.FRAME);
        List<String> resources = new ArrayList<>(spec.inputPages());
        if (spec.plans()) {
            resources.add(WizardPages.REVIEW);
        }
        resources.addAll(List.of(WizardPages.CONFIRM, WizardPages.RUN, WizardPages.RESULT));
        List<WizardFrameController.Page> pages = new ArrayList<>();
        for (String r : resources) {
            pages.add(new WizardFrameController.Page(loader, r));
        }
        String title = I18n.format(spec.titleKey(), state.targetName());
        Stage[] stage = new Stage[1];
        context.frame(frame.controller()::next, () -> {
            if (stage[0] != null) {
                stage[0].close();
            }
        });
        frame.controller().setPages(title, pages);
        stage[0] = windows.openWizard(title, frame.root());
        stage[0].setOnHidden(e -> {
            // not isRunning(): a run handed to the pool a moment ago is still READY, and it goes on all the same
            if (state.runProperty().get() != null && !state.runProperty().get().isDone()) {
                notifications.show(Notice.of(Notice.Kind.INFO, I18n.format("wizard.frame.continuesInActivity", title)));
            }
        });
        onOpened.accept(frame.controller());
        return frame.controller();
    }

    private static Path first(List<Path> files) {
        return files.isEmpty() ? null : files.get(0);
    }

    private WizardState program(ProgramRow p, WizardInputs inputs) {
        return new WizardState(p, null, inputs);
    }

    @Override
    public void updateCode(ProgramRow program, List<Path> files) {
        CodeUpdateRoute.Start start = CodeUpdateRoute.of(program, first(files));
        open(start.spec(), start.state());
    }

    @Override
    public void changeSettings(ProgramRow program) {
        open(new ChangeSettingsWizard(), program(program, new SettingsInputs(null)));
    }

    @Override
    public void delete(ProgramRow program) {
        open(new DeleteWizard(), program(program, new DeleteInputs(false)));
    }

    @Override
    public void recreate(ProgramRow program) {
        open(new RecreateWizard(), program(program, new RecreateInputs()));
    }

    @Override
    public void rollBackCode(ProgramRow program) {
        open(new RollBackWizard(), program(program, new RollBackInputs(null, null)));
    }

    @Override
    public void updateVolume(VolumeRow volume, List<Path> files) {
        open(new UpdateVolumeWizard(), new WizardState(null, volume, new UpdateVolumeInputs(first(files))));
    }

    @Override
    public void pinCid(VolumeRow volume) {
        open(new PinCidWizard(), new WizardState(null, volume, new PinCidInputs("")));
    }

    @Override
    public void rollBack(VolumeRow volume) {
        open(new RollBackWizard(), new WizardState(null, volume, new RollBackInputs(null, null)));
    }

    @Override
    public void forget(VolumeRow volume) {
        open(new ForgetVolumeWizard(), new WizardState(null, volume, WizardInputs.NONE));
    }

    @Override
    public void uploadNewVolume(List<Path> files) {
        open(new UploadVolumeWizard(), new WizardState(null, null, new UploadVolumeInputs(first(files), null)));
    }

    /** "Roll back here" in the details pane: the volume of that root, else the selected program's code. */
    void rollBackTo(String root, String revision) {
        RollBackInputs inputs = new RollBackInputs(root, revision);
        WizardState state = volumeRow(root).map(v -> new WizardState(null, v, inputs))
                .orElseGet(() -> new WizardState(shell.programs().selectedProperty().get(), null, inputs));
        open(new RollBackWizard(), state);
    }

    @Override
    public void openFor(Intent intent) {
        intent.accept(new IntentWizards(this));
    }

    Optional<ProgramRow> programRow(String hash) {
        return shell.programs().rows().getSource().stream().map(ProgramRow.class::cast)
                .filter(p -> p.itemHash().equals(hash)).findFirst();
    }

    Optional<VolumeRow> volumeRow(String root) {
        return shell.volumes().rows().getSource().stream().map(VolumeRow.class::cast)
                .filter(v -> v.rootHash().equals(root)).findFirst();
    }

    private Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        shell.programs().rows().getSource().forEach(r -> {
            ProgramRow p = (ProgramRow) r;
            out.put(p.itemHash(), p.displayName());
        });
        shell.volumes().rows().getSource().forEach(r -> {
            VolumeRow v = (VolumeRow) r;
            out.put(v.rootHash(), v.displayName());
        });
        return out;
    }

    @Override
    public void ranOperation() {
        shell.refresh();
        if (poller != null && !poller.isRunning()) {
            poller.restart();
        }
    }

    @Override
    public void openUrl(String url) {
        openUrl.accept(url);
    }

    @Override
    public void resume(ActivityRow operation) {
        open(new ResumeWizard(), new WizardState(null, null, operation.id()));
    }

    @Override
    public void abandon(ActivityRow operation) {
        if (!dialogs.confirm(I18n.get("activity.abandon.title"), I18n.format("activity.abandon.text", operation.intent()),
                I18n.get("activity.abandon.confirm"))) {
            return;
        }
        Task<RunOutcome> task = engine.abandon(operation.id());
        task.setOnSucceeded(e -> {
            notifications.show(Notice.of(Notice.Kind.INFO, I18n.format("activity.abandon.done", task.getValue().words())));
            ranOperation();
        });
        task.setOnFailed(e -> notifications.show(Notice.of(Notice.Kind.WARNING, task.getException().getMessage())));
        executor.execute(task);
    }

    @Override
    public void openBackup(ActivityRow operation) {
        Task<String> read = engine.backups(operation.id());
        read.setOnSucceeded(e -> {
            if (read.getValue().isEmpty()) {
                notifications.show(Notice.of(Notice.Kind.INFO, I18n.get("activity.backup.none")));
                return;
            }
            TextArea text = new TextArea(read.getValue());
            text.setEditable(false);
            text.setWrapText(true);
            text.getStyleClass().add("mono");
            text.setPrefSize(720, 420);
            windows.openDialog(I18n.format("activity.backup.title", operation.intent()), text);
        });
        read.setOnFailed(e -> notifications.show(Notice.of(Notice.Kind.WARNING,
                I18n.format("activity.backup.failed", read.getException().getMessage()))));
        executor.execute(read);
    }
}
