package org.alephdeploy.ui.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.service.node.AccountFunds;
import org.alephdeploy.service.node.NodeFailures;
import org.alephdeploy.service.wallet.DemoAccount;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.math.RoundingMode;

/**
 * The account chip: the wallet's selected account with its funds on the current node, whether it
 * is unlocked, and whether it may sign here ({@link #canSignProperty()}: a key account, and not the
 * public demo key outside the sandbox). Without a wallet account it shows the account the
 * inventory source reported. FX thread only.
 */
public final class AccountViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AccountViewModel.class);

    private final ShellServices services;
    private final StringProperty lastAccount;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AccountSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyBooleanWrapper hasKey = new ReadOnlyBooleanWrapper(this, "hasKey");
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(this, "canSign");
    private final ReadOnlyBooleanWrapper watchOnly = new ReadOnlyBooleanWrapper(this, "watchOnly");
    private final ReadOnlyStringWrapper signingBlocked = new ReadOnlyStringWrapper(this, "signingBlocked", "");
    private WalletSession.State state = WalletSession.State.NONE;
    private AccountSummary sourceAccount;
    private AccountFunds funds;
    private Network network = Network.mainnet();
    private final LatestOnly fundsRequests = new LatestOnly();
    private Runnable onAccountChanged;

    public AccountViewModel(ShellServices services, StringProperty lastAccount) {
        this.services = services;
        this.lastAccount = lastAccount;
        services.wallet().addListener(s -> services.fxThread().execute(() -> apply(s)));
    }

    /** Lists the wallet's accounts and selects the one used last. */
    public void start() {
        String last = lastAccount.get();
        services.tasks().run(() -> {
            if (last != null && services.wallet().selected().isEmpty()) {
                services.wallet().store().find(last).ifPresent(a -> services.wallet().select(a.name()));
            }
            return services.wallet().accounts();
        }).onSuccess(accounts::setAll)
                .onError(WalletException.class, e -> LOG.warn("wallet: {}", e.getMessage()))
                .start();
    }

    private void apply(WalletSession.State s) {
        boolean accountChanged = !Objects.equals(address(state), address(s));
        state = s;
        if (accountChanged) {
            funds = null;
        }
        if (s.selected() != null) {
            lastAccount.set(s.selected().name());
        }
        update();
        reloadAccounts();
        if (accountChanged) {
            if (onAccountChanged != null) {
                onAccountChanged.run();
            } else {
                refreshFunds();
            }
        }
    }

    /** What to do when another account is selected (the window reloads, funds included); replaces {@link #refreshFunds()} then. */
    public void onAccountChanged(Runnable action) {
        onAccountChanged = action;
    }

    private void reloadAccounts() {
        services.tasks().run(() -> services.wallet().accounts()).onSuccess(accounts::setAll)
                .onError(WalletException.class, e -> LOG.warn("wallet: {}", e.getMessage())).start();
    }

    /** The network changed: signing rules and funds follow. */
    public void networkChanged(Network now) {
        network = now;
        funds = null;
        update();
    }

    /** What the inventory source reports as the account; shown while the wallet has none selected. */
    public void setSourceAccount(AccountSummary value) {
        sourceAccount = value;
        update();
    }

    /** Fetches the selected account's balance and credits from the current node, in the background. */
    public void refreshFunds() {
        Account a = state.selected();
        if (a == null) {
            return;
        }
        LatestOnly.Ticket mine = fundsRequests.next();
        services.tasks().run(() -> AccountFunds.fetch(services.nodes(), a.address()))
                .onSuccess(mine.ifCurrent(f -> {
                    funds = f;
                    update();
                }))
                .onError(NodeFailures.type(), e -> LOG.info("balance of {} unknown: {}", a.address(), e.getMessage()))
                .start();
    }

    public void switchTo(String name) {
        services.tasks().run(() -> services.wallet().select(name))
                .onError(WalletException.class, e -> services.dialogs().info(I18n.get("shell.account.switchFailed"), e.getMessage()))
                .start();
    }

    public void lock() {
        services.wallet().lock();
    }

    private void update() {
        Account a = state.selected();
        boolean key = a != null && !a.watchOnly();
        boolean demoOutsideSandbox = a != null && DemoAccount.isDemo(a.address()) && network.kind() != Network.Kind.SANDBOX;
        hasKey.set(key);
        unlocked.set(key && state.unlocked());
        watchOnly.set(a != null ? a.watchOnly() : sourceAccount != null && sourceAccount.watchOnly());
        canSign.set(key && !demoOutsideSandbox);
        signingBlocked.set(a == null ? I18n.get("shell.sign.noAccount")
                : a.watchOnly() ? I18n.format("shell.sign.watchOnly", a.name())
                : demoOutsideSandbox ? I18n.get("shell.sign.demoOutsideSandbox") : "");
        summary.set(a == null ? sourceAccount : new AccountSummary(a.name(), a.address(),
                funds == null ? null : funds.balance(), credits(funds), a.watchOnly(), funds == null ? null : funds.runwayHours()));
    }

    private static Long credits(AccountFunds f) {
        if (f == null || f.credits() == null || f.credits().signum() <= 0) {
            return null;
        }
        return f.credits().setScale(0, RoundingMode.DOWN).longValue();
    }

    private static String address(WalletSession.State s) {
        return s.selected() == null ? null : s.selected().address();
    }

    public ReadOnlyObjectProperty<AccountSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The wallet's accounts, for the chip's "switch account" menu. */
    public ObservableList<Account> accounts() {
        return accounts;
    }

    /** True while the selected account's key is in memory (it locks by hand or after the idle time). */
    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    /** The selected account holds a key (it may be locked). */
    public ReadOnlyBooleanProperty hasKeyProperty() {
        return hasKey.getReadOnlyProperty();
    }

    /**
     * Signing actions may be offered: the account holds a key and may be used on this network.
     * When false, {@link #signingBlockedProperty()} says why. Locked accounts can sign once unlocked.
     */
    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty watchOnlyProperty() {
        return watchOnly.getReadOnlyProperty();
    }

    /** Why signing is not possible, as a sentence for a tooltip; empty when it is. */
    public ReadOnlyStringProperty signingBlockedProperty() {
        return signingBlocked.getReadOnlyProperty();
    }
}
