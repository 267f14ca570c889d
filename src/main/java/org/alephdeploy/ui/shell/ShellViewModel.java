package org.alephdeploy.ui.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.volumes.VolumeIntent;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: network, account, reachability, the three tabs and the details
 * pane. Loads through an {@link InventorySource} on the worker pool. FX thread only.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final InventorySource source;
    private final FxTasks tasks;
    private final ProgramsViewModel programs;
    private final VolumesViewModel volumes;
    private final ActivityViewModel activity;
    private final DetailsViewModel details;

    private final ObservableList<Network> networks = FXCollections.observableArrayList(Network.mainnet(), Network.sandbox());
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network", Network.mainnet());
    private final ReadOnlyObjectWrapper<AccountSummary> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyStringWrapper offlineMessage = new ReadOnlyStringWrapper(this, "offlineMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<MainTab> activeTab = new SimpleObjectProperty<>(this, "activeTab", MainTab.PROGRAMS);
    private Instant lastLoaded;
    private int generation;

    public ShellViewModel(InventorySource source, FxTasks tasks, ProgramsViewModel programs, VolumesViewModel volumes,
            ActivityViewModel activity, DetailsViewModel details) {
        this.source = source;
        this.tasks = tasks;
        this.programs = programs;
        this.volumes = volumes;
        this.activity = activity;
        this.details = details;
        network.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                refresh();
            }
        });
        programs.selectedProperty().addListener((obs, old, now) -> {
            if (activeTab.get() == MainTab.PROGRAMS) {
                openDetails();
            }
        });
        volumes.selectedProperty().addListener((obs, old, now) -> {
            if (activeTab.get() == MainTab.VOLUMES) {
                openDetails();
            }
        });
        activeTab.addListener((obs, old, now) -> openDetails());
    }

    /** Reloads everything from the current network (F5, Retry, network change). */
    public void refresh() {
        int mine = ++generation;
        Network target = network.get();
        loading.set(true);
        status.set(I18n.format("shell.status.loading", target.label()));
        tasks.run(() -> source.load(target))
                .onSuccess(snapshot -> {
                    if (mine == generation) {
                        apply(snapshot, target);
                    }
                })
                .onError(NodeUnreachableException.class, e -> {
                    if (mine == generation) {
                        goOffline(target, e);
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private void apply(InventorySnapshot snapshot, Network target) {
        offline.set(false);
        offlineMessage.set("");
        account.set(snapshot.account());
        programs.setRows(snapshot.programs());
        volumes.setRows(snapshot.volumes());
        activity.setRows(snapshot.activity());
        lastLoaded = snapshot.fetchedAt();
        status.set(I18n.format("shell.status.loaded", snapshot.programs().size(), snapshot.volumes().size(),
                target.label(), TIME.format(lastLoaded)));
        openDetails();
    }

    private void goOffline(Network target, NodeUnreachableException e) {
        LOG.info("node {} unreachable: {}", e.nodeUrl(), e.getMessage());
        offline.set(true);
        offlineMessage.set(I18n.format("shell.offline.message", target.label(), e.getMessage()));
        status.set(lastLoaded == null
                ? I18n.get("shell.status.offlineEmpty")
                : I18n.format("shell.status.offline", TIME.format(lastLoaded)));
    }

    /** Shows the offline banner as if the node had not answered; for the window's own checks. */
    public void markUnreachable(String reason) {
        goOffline(network.get(), new NodeUnreachableException(network.get().url(), reason, null));
    }

    public void retry() {
        refresh();
    }

    public void useSandbox() {
        network.set(networks.stream().filter(n -> n.kind() == Network.Kind.SANDBOX).findFirst().orElse(Network.sandbox()));
    }

    /**
     * Adds and selects a custom node. Returns an error sentence when {@code url} is not an
     * http(s) URL, or empty when it was accepted.
     */
    public Optional<String> useCustomNode(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return Optional.of(I18n.format("shell.network.customInvalid", trimmed));
            }
        } catch (URISyntaxException e) {
            return Optional.of(I18n.format("shell.network.customInvalid", trimmed));
        }
        Network custom = Network.custom(trimmed);
        if (!networks.contains(custom)) {
            networks.add(custom);
        }
        network.set(custom);
        return Optional.empty();
    }

    /** Loads the details of the active tab's selection into the details pane (Enter, selection). */
    public void openDetails() {
        String hash = selectedHash();
        if (hash == null) {
            details.clear();
            return;
        }
        Network target = network.get();
        details.loadingProperty().set(true);
        tasks.run(() -> source.details(target, hash))
                .onSuccess(d -> {
                    if (hash.equals(selectedHash())) {
                        details.show(d);
                    }
                })
                .onError(NodeUnreachableException.class, e -> goOffline(target, e))
                .andFinally(() -> details.loadingProperty().set(false))
                .start();
    }

    /** Delete key: starts "delete" (programs) or "forget" (volumes) for the selection. */
    public void startDelete() {
        switch (activeTab.get()) {
            case PROGRAMS -> programs.start(ProgramIntent.DELETE);
            case VOLUMES -> volumes.start(VolumeIntent.FORGET);
            case ACTIVITY -> LOG.debug("delete has no meaning on the activity tab");
        }
    }

    /** Locks the wallet; the wallet is wired in a later round, so this only records the request. */
    public void lock() {
        LOG.info("lock requested for {}", account.get() == null ? "no account" : account.get().address());
    }

    private String selectedHash() {
        return switch (activeTab.get()) {
            case PROGRAMS -> Optional.ofNullable(programs.selectedProperty().get()).map(ProgramRow::itemHash).orElse(null);
            case VOLUMES -> Optional.ofNullable(volumes.selectedProperty().get()).map(VolumeRow::rootHash).orElse(null);
            case ACTIVITY -> null;
        };
    }

    public ObservableList<Network> networks() {
        return networks;
    }

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public ReadOnlyObjectProperty<AccountSummary> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty offlineMessageProperty() {
        return offlineMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<MainTab> activeTabProperty() {
        return activeTab;
    }

    public ProgramsViewModel programs() {
        return programs;
    }

    public VolumesViewModel volumes() {
        return volumes;
    }

    public ActivityViewModel activity() {
        return activity;
    }

    public DetailsViewModel details() {
        return details;
    }
}
