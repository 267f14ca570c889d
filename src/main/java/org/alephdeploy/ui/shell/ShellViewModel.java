package org.alephdeploy.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import java.io.IOException;
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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.service.node.NodeFailures;
import org.alephdeploy.service.wallet.DemoAccount;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.ui.model.TimeLabels;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.volumes.VolumeIntent;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.alephdeploy.wallet.WalletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: network, account, reachability, the three tabs and the details
 * pane. Connects through the {@code NodeConnection}, loads through an {@link InventorySource},
 * both on the worker pool. FX thread only.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ShellServices services;
    private final AccountViewModel account;
    private final ProgramsViewModel programs;
    private final VolumesViewModel volumes;
    private final ActivityViewModel activity;
    private final DetailsViewModel details;

    private final ObservableList<Network> networks = FXCollections.observableArrayList(Network.mainnet(), Network.sandbox());
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network", Network.mainnet());
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(this, "offline");
    private final ReadOnlyStringWrapper offlineMessage = new ReadOnlyStringWrapper(this, "offlineMessage", "");
    private final ReadOnlyStringWrapper offlineDetails = new ReadOnlyStringWrapper(this, "offlineDetails", "");
    private final ReadOnlyIntegerWrapper detailsRequests = new ReadOnlyIntegerWrapper(this, "detailsRequests");
    private final ReadOnlyStringWrapper nodeVersion = new ReadOnlyStringWrapper(this, "nodeVersion", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<MainTab> activeTab = new SimpleObjectProperty<>(this, "activeTab", MainTab.PROGRAMS);
    private Instant lastLoaded;
    private String offlineReason = "";
    private final LatestOnly refreshes = new LatestOnly();
    private final Object connecting = new Object();
    private Reach reach = Reach.UNKNOWN;
    private boolean offerSandboxWhenOffline;
    private boolean restoring;

    public ShellViewModel(ShellServices services, AccountViewModel account, ProgramsViewModel programs,
            VolumesViewModel volumes, ActivityViewModel activity, DetailsViewModel details) {
        this.services = services;
        this.account = account;
        this.programs = programs;
        this.volumes = volumes;
        this.activity = activity;
        this.details = details;
        account.onAccountChanged(this::refresh);
        network.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                account.networkChanged(now);
                if (!restoring) {
                    refresh();
                }
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
        activity.selectedProperty().addListener((obs, old, now) -> {
            if (activeTab.get() == MainTab.ACTIVITY) {
                openDetails();
            }
        });
        activeTab.addListener((obs, old, now) -> {
            details.emptyHintProperty().set(I18n.get(now == MainTab.ACTIVITY ? "details.pane.emptyActivity" : "details.pane.empty"));
            openDetails();
        });
        programs.onDetailsRequested(this::requestDetails);
        volumes.onDetailsRequested(this::requestDetails);
        programs.openUrlProperty().bind(details.openUrlProperty());
        programs.addressProperty().set(row -> services.nodes().sandboxVm().map(vm -> vm.url(row.itemHash())).orElse(row.url()));
        offline.addListener((obs, old, now) -> {
            String reason = now ? I18n.format("shell.offline.actionsNeedNode", network.get().label()) : null;
            programs.offlineReasonProperty().set(reason);
            volumes.offlineReasonProperty().set(reason);
            activity.offlineReasonProperty().set(reason);
        });
    }

    /** Shows the selection's details and asks the window to bring the details pane into view (double click). */
    public void requestDetails() {
        openDetails();
        detailsRequests.set(detailsRequests.get() + 1);
    }

    /** Counts the requests to bring the details pane into view; the window follows its changes. */
    public ReadOnlyIntegerProperty detailsRequestsProperty() {
        return detailsRequests.getReadOnlyProperty();
    }

    /** The technical side of the offline banner (node address, what failed), shown on demand. */
    public ReadOnlyStringProperty offlineDetailsProperty() {
        return offlineDetails.getReadOnlyProperty();
    }

    /** Whether the window works on the local sandbox, which it marks with a coloured strip. */
    public BooleanBinding onSandbox() {
        return Bindings.createBooleanBinding(
                () -> network.get() != null && network.get().kind() == Network.Kind.SANDBOX, network);
    }

    /** The warning shown while the window talks to a node over plain {@code http://} off this computer, or "". */
    public StringBinding pathWarning() {
        return Bindings.createStringBinding(() -> network.get() == null ? "" : network.get().pathWarning(), network);
    }

    /**
     * Reloads everything from the current network (F5, Retry, network change): connects (starting
     * the sandbox if it is chosen), asks the node for its version, then loads the inventory and the
     * account's funds. A node that does not answer shows the offline banner and what the source
     * saved from an earlier load, marked with its age.
     */
    public void refresh() {
        LatestOnly.Ticket mine = refreshes.next();
        Network target = network.get();
        loading.set(true);
        status.set(I18n.format("shell.status.loading", target.label()));
        services.tasks().run(() -> {
            synchronized (connecting) {
                // the newest refresh decides the node: an older one still queued must not switch back
                if (mine.current()) {
                    services.nodes().connect(target.choice());
                }
            }
            return services.nodes().probe();
        })
                .onSuccess(mine.ifCurrent(version -> {
                    reach = Reach.probed(true);
                    nodeVersion.set(version);
                    account.refreshFunds();
                    load(mine, target);
                }))
                .onError(NodeFailures.type(), e -> nodeFailed(mine, target, NodeFailures.reason(e)))
                .onError(IOException.class, e -> nodeFailed(mine, target, e.getMessage()))
                .start();
    }

    private void nodeFailed(LatestOnly.Ticket mine, Network target, String reason) {
        if (!mine.current()) {
            return;
        }
        reach = Reach.probed(false);
        nodeVersion.set("");
        goOffline(target, new NodeUnreachableException(services.nodes().current().url(), reason, null));
        if (offerSandboxWhenOffline && target.kind() == Network.Kind.MAINNET) {
            offerSandboxWhenOffline = false;
            services.fxThread().execute(this::offerSandbox);
        }
        loadOffline(mine, target);
    }

    private void load(LatestOnly.Ticket mine, Network target) {
        services.tasks().run(() -> services.source().load(target))
                .onSuccess(mine.ifCurrent(snapshot -> {
                    reach = reach.listed(true);
                    apply(snapshot, target, false);
                }))
                .onError(NodeUnreachableException.class, mine.ifCurrent(e -> {
                    reach = reach.listed(false);
                    goOffline(target, e);
                    loadOffline(mine, target);
                }))
                .andFinally(mine.ifCurrent(() -> {
                    if (reach.listingEndsLoading()) {
                        loading.set(false);
                    }
                }))
                .start();
    }

    /** The node did not answer: show what the source kept from an earlier load, marked with its age. */
    private void loadOffline(LatestOnly.Ticket mine, Network target) {
        services.tasks().run(() -> services.source().loadOffline(target))
                .onSuccess(mine.ifCurrent(snapshot -> apply(snapshot, target, true)))
                .onError(NodeUnreachableException.class, mine.ifCurrent(e -> goOffline(target, e)))
                .andFinally(mine.ifCurrent(() -> loading.set(false)))
                .start();
    }

    private void apply(InventorySnapshot snapshot, Network target, boolean saved) {
        if (!saved) {
            offline.set(false);
            offlineMessage.set("");
            offlineDetails.set("");
        }
        account.setSourceAccount(snapshot.account());
        programs.setRows(snapshot.programs());
        volumes.setRows(snapshot.volumes());
        activity.setRows(snapshot.activity());
        lastLoaded = snapshot.fetchedAt();
        if (saved) {
            offlineMessage.set(offlineText(target));
            status.set(offlineStatus());
        } else {
            status.set(I18n.format("shell.status.loaded", snapshot.programs().size(), snapshot.volumes().size(),
                    target.label(), TIME.format(lastLoaded)));
        }
        openDetails();
    }

    private void goOffline(Network target, NodeUnreachableException e) {
        LOG.info("node {} unreachable: {}", e.nodeUrl(), e.getMessage());
        offline.set(true);
        if (offlineMessage.get().isEmpty() || reach.replacesBannerReason()) {
            offlineReason = e.getMessage();
            offlineMessage.set(offlineText(target));
            offlineDetails.set(I18n.format("shell.offline.details", e.nodeUrl() == null ? target.label() : e.nodeUrl(),
                    sentence(offlineReason)));
        }
        status.set(offlineStatus());
    }

    private String offlineText(Network target) {
        String known = lastLoaded == null ? I18n.get("shell.offline.nothingSaved")
                : I18n.format("shell.offline.showingSaved", TimeLabels.ago(lastLoaded, Instant.now()));
        return I18n.format("shell.offline.message", target.label(), known);
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.endsWith(".") ? t : t + ".";
    }

    private String offlineStatus() {
        return lastLoaded == null ? I18n.get("shell.status.offlineEmpty")
                : I18n.format("shell.status.offline", TimeLabels.ago(lastLoaded, Instant.now()));
    }

    /**
     * On the first start, when mainnet does not answer, the window offers the sandbox with the
     * demo account instead of an empty screen. Call before the first {@link #refresh()}.
     */
    public void offerSandboxWhenOffline(boolean value) {
        offerSandboxWhenOffline = value;
    }

    private void offerSandbox() {
        if (services.dialogs().confirm(I18n.get("shell.firstStart.title"), I18n.format("shell.firstStart.text",
                DemoAccount.NAME, DemoAccount.PASSWORD), I18n.get("shell.firstStart.confirm"))) {
            useSandboxWithDemoAccount();
        }
    }

    /** Switches to the sandbox and adds (or selects) the demo account there, unlocked. */
    public void useSandboxWithDemoAccount() {
        useSandbox();
        services.tasks().run(() -> DemoAccount.install(services.wallet()))
                .onError(WalletException.class, e -> services.dialogs().info(I18n.get("shell.firstStart.title"), e.getMessage()))
                .start();
    }

    /** Shows the offline banner as if the node had not answered; for the window's own checks. */
    public void markUnreachable(String reason) {
        goOffline(network.get(), new NodeUnreachableException(network.get().url(), reason, null));
    }

    public void retry() {
        refresh();
    }

    public void useSandbox() {
        if (network.get().kind() == Network.Kind.SANDBOX) {
            refresh();
        } else {
            network.set(Network.sandbox());
        }
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

    /** Selects the network remembered from last time, without loading yet (the first refresh follows). */
    public void restore(Network remembered) {
        if (remembered.kind() == Network.Kind.CUSTOM && !networks.contains(remembered)) {
            networks.add(remembered);
        }
        restoring = true;
        try {
            network.set(remembered);
        } finally {
            restoring = false;
        }
    }

    /** Loads the details of the active tab's selection into the details pane (Enter, selection). */
    public void openDetails() {
        if (activeTab.get() == MainTab.ACTIVITY) {
            openOperation();
            return;
        }
        String hash = selectedHash();
        if (hash == null) {
            details.clear();
            return;
        }
        Network target = network.get();
        details.loadingProperty().set(true);
        services.tasks().run(() -> services.source().details(target, hash))
                .onSuccess(d -> {
                    if (hash.equals(selectedHash())) {
                        details.show(d);
                    }
                })
                .onError(NodeUnreachableException.class, e -> goOffline(target, e))
                .andFinally(() -> details.loadingProperty().set(false))
                .start();
    }

    /** The Activity tab's selected operation in the details pane: its steps, messages and backups. */
    private void openOperation() {
        ActivityRow row = activity.selectedProperty().get();
        if (row == null) {
            details.clear();
            return;
        }
        Network target = network.get();
        details.loadingProperty().set(true);
        services.tasks().run(() -> services.source().operation(target, row))
                .onSuccess(d -> {
                    if (activeTab.get() == MainTab.ACTIVITY && row.equals(activity.selectedProperty().get())) {
                        details.show(d);
                    }
                })
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

    /** Locks the selected account's signer (its key leaves memory). */
    public void lock() {
        account.lock();
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
        return account.summaryProperty();
    }

    /** The header's account: wallet selection, lock state, signing rules. */
    public AccountViewModel account() {
        return account;
    }

    /**
     * Whether signing actions (every wizard's last step) may be offered; bind buttons' disable
     * to its negation and show {@code account().signingBlockedProperty()} as the reason.
     */
    public ReadOnlyBooleanProperty canSignProperty() {
        return account.canSignProperty();
    }

    /** The version the node reported at the last successful check; empty while unknown or offline. */
    public ReadOnlyStringProperty nodeVersionProperty() {
        return nodeVersion.getReadOnlyProperty();
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
