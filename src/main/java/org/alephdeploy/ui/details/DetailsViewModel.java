package org.alephdeploy.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;

/** What the details pane shows: one item, or nothing while no row is selected. FX thread only. */
public final class DetailsViewModel {
    static final int LOG_LINES = 12;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final ObjectProperty<ItemDetails> item = new SimpleObjectProperty<>(this, "item");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ReadOnlyStringWrapper prettyJson = new ReadOnlyStringWrapper(this, "prettyJson", "");
    private final ObjectProperty<Consumer<Intent>> restoreAction = new SimpleObjectProperty<>(this, "restoreAction");
    private final ObjectProperty<BiConsumer<String, String>> rollBackAction =
            new SimpleObjectProperty<>(this, "rollBackAction");

    private final ReadOnlyStringWrapper localRun = new ReadOnlyStringWrapper(this, "localRun", "");
    private final ReadOnlyStringWrapper localUrl = new ReadOnlyStringWrapper(this, "localUrl");
    private final ObjectProperty<Consumer<String>> openUrl = new SimpleObjectProperty<>(this, "openUrl", url -> { });
    private final StringProperty emptyHint = new SimpleStringProperty(this, "emptyHint", I18n.get("details.pane.empty"));
    private FxTasks tasks;
    private Supplier<Optional<SandboxVm>> computeNode = Optional::empty;

    public DetailsViewModel() {
        item.addListener((obs, old, now) -> prettyJson.set(now == null ? "" : pretty(now.rawJson())));
        item.addListener((obs, old, now) -> refreshLocalRun());
    }

    /**
     * Shows, for a program on the sandbox network, what the local compute node says about it (boot
     * result and last log lines), fetched through {@code tasks} off the FX thread.
     */
    public void useLocalComputeNode(FxTasks tasks, Supplier<Optional<SandboxVm>> computeNode) {
        this.tasks = tasks;
        this.computeNode = computeNode;
        refreshLocalRun();
    }

    /** The local compute node's words about the shown program; empty when not on the sandbox. */
    public ReadOnlyStringProperty localRunProperty() {
        return localRun.getReadOnlyProperty();
    }

    /** The program's local {@code /vm/} address on the sandbox, or null. */
    public ReadOnlyStringProperty localUrlProperty() {
        return localUrl.getReadOnlyProperty();
    }

    /** What "Open" does with the local address (the platform's browser in the app). */
    public ObjectProperty<Consumer<String>> openUrlProperty() {
        return openUrl;
    }

    public void openLocal() {
        if (localUrl.get() != null) {
            openUrl.get().accept(localUrl.get());
        }
    }

    /** Asks the local compute node again about the shown program. */
    public void refreshLocalRun() {
        ItemDetails d = item.get();
        Optional<SandboxVm> vm = d == null || d.kind() != ItemDetails.Kind.PROGRAM || tasks == null ? Optional.empty()
                : computeNode.get();
        if (vm.isEmpty()) {
            localRun.set("");
            localUrl.set(null);
            return;
        }
        String hash = d.itemHash();
        localUrl.set(vm.get().url(hash));
        localRun.set(I18n.get("details.pane.localRunLoading"));
        tasks.run(() -> vm.get().status(hash, LOG_LINES))
                .onSuccess(status -> {
                    if (item.get() != null && hash.equals(item.get().itemHash())) {
                        localRun.set(words(status));
                    }
                })
                .onError(IOException.class, e -> {
                    if (item.get() != null && hash.equals(item.get().itemHash())) {
                        localRun.set(I18n.format("details.pane.localRunFailed", e.getMessage()));
                    }
                })
                .start();
    }

    static String words(SandboxVm.Status s) {
        StringBuilder b = new StringBuilder();
        if (s.boot().ok()) {
            b.append(I18n.get(s.boot().running() ? "details.pane.bootOkRunning" : "details.pane.bootOk"));
        } else {
            b.append(I18n.get("details.pane.bootFails"));
            s.boot().problems().forEach(p -> b.append("\n• ").append(p));
        }
        b.append("\n\n").append(I18n.get("details.pane.logs"));
        if (s.logLines().isEmpty()) {
            b.append("\n").append(I18n.get("details.pane.noLogs"));
        }
        s.logLines().forEach(l -> b.append("\n").append(l));
        return b.toString();
    }

    /** The raw content indented for reading; copying uses the exact raw text. */
    public ReadOnlyStringProperty prettyJsonProperty() {
        return prettyJson.getReadOnlyProperty();
    }

    static String pretty(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(raw));
        } catch (JsonProcessingException e) {
            return raw;
        }
    }

    public ObjectProperty<ItemDetails> itemProperty() {
        return item;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** What the pane says while nothing is selected (it depends on the tab in front). */
    public StringProperty emptyHintProperty() {
        return emptyHint;
    }

    public BooleanBinding empty() {
        return Bindings.isNull(item);
    }

    /** What "roll back here" on a revision does, given the root and the revision; null hides the action. */
    public ObjectProperty<BiConsumer<String, String>> rollBackActionProperty() {
        return rollBackAction;
    }

    /** What "Roll back here" on a program version does with the amend that restores it (opens its settings wizard); null hides it. */
    public ObjectProperty<Consumer<Intent>> restoreActionProperty() {
        return restoreAction;
    }

    /** Opens the review of the amend that restores an older version's content, when an action is set. */
    public void restore(Intent.ChangeSettings intent) {
        if (intent != null && restoreAction.get() != null) {
            restoreAction.get().accept(intent);
        }
    }

    /** Starts a roll-back of the shown item's timeline to {@code revision}, when an action is set. */
    public void rollBackTo(String revision) {
        ItemDetails d = item.get();
        if (d != null && d.revisionsRoot() != null && rollBackAction.get() != null) {
            rollBackAction.get().accept(d.revisionsRoot(), revision);
        }
    }

    public void show(ItemDetails details) {
        item.set(details);
    }

    public void clear() {
        item.set(null);
    }
}
