package org.alephdeploy.ui.wallet;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletException;

/**
 * The wallet dialog: which page is in front, the accounts it lists, whether wallet work is
 * running, and the pages' own view models. One instance serves every opening of the dialog;
 * {@link #open} starts it afresh and {@link #closed} forgets any secret a page still held.
 * FX thread only.
 */
public final class WalletDialogViewModel {
    private final WalletSession wallet;
    private final Dialogs dialogs;
    private final Notifications notifications;
    private final WalletWork work;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<WalletPage> pages = FXCollections.observableArrayList();
    private final ObjectProperty<WalletPage> page = new SimpleObjectProperty<>(this, "page", WalletPage.UNLOCK);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final Host host = new Host();
    private final UnlockViewModel unlock;
    private final AccountsViewModel manage;
    private final CreateViewModel create;
    private final PrivateKeyViewModel privateKey;
    private final MnemonicViewModel mnemonic;
    private final KeystoreViewModel keystore;
    private final AlephKeyViewModel alephKey;
    private final WatchViewModel watch;

    /** @param home where to look for the aleph command line tool's keys ({@code ~/.aleph-im}) */
    public WalletDialogViewModel(WalletSession wallet, FxTasks tasks, Dialogs dialogs, Notifications notifications, Path home) {
        this.wallet = wallet;
        this.dialogs = dialogs;
        this.notifications = notifications;
        this.work = new WalletWork(tasks);
        unlock = new UnlockViewModel(host);
        manage = new AccountsViewModel(host);
        create = new CreateViewModel(host);
        privateKey = new PrivateKeyViewModel(host);
        mnemonic = new MnemonicViewModel(host);
        keystore = new KeystoreViewModel(host);
        alephKey = new AlephKeyViewModel(host, home);
        watch = new WatchViewModel(host);
    }

    /**
     * Starts the dialog afresh on {@code start}, or, when null, on the page that fits: Unlock for
     * a locked key account, the aleph CLI key when the wallet is empty and one was found, Create
     * for an empty wallet, Accounts otherwise.
     */
    public void open(WalletPage start) {
        finished.set(false);
        pages.setAll(List.of(WalletPage.UNLOCK, WalletPage.ACCOUNTS, WalletPage.CREATE, WalletPage.PRIVATE_KEY,
                WalletPage.MNEMONIC, WalletPage.KEYSTORE, WalletPage.WATCH));
        unlock.reset();
        manage.reset();
        create.reset();
        privateKey.reset();
        mnemonic.reset();
        keystore.reset();
        alephKey.reset();
        watch.reset();
        if (start != null) {
            page.set(start);
        }
        work.run(wallet::accounts, list -> {
            accounts.setAll(list);
            unlock.reset();
            alephKey.scan(() -> {
                if (!alephKey.found().isEmpty()) {
                    pages.add(pages.indexOf(WalletPage.KEYSTORE) + 1, WalletPage.ALEPH_KEY);
                }
                if (start == null) {
                    page.set(firstPage());
                }
            });
        }, e -> notifications.show(Notice.of(Notice.Kind.DANGER, e.getMessage())));
    }

    private WalletPage firstPage() {
        WalletSession.State s = wallet.state();
        if (accounts.isEmpty()) {
            return alephKey.found().isEmpty() ? WalletPage.CREATE : WalletPage.ALEPH_KEY;
        }
        if (s.canSign() && !s.unlocked()) {
            return WalletPage.UNLOCK;
        }
        return WalletPage.ACCOUNTS;
    }

    /** The dialog window closed: secrets a page held are wiped. */
    public void closed() {
        create.wipe();
        mnemonic.reset();
    }

    public ObjectProperty<WalletPage> pageProperty() {
        return page;
    }

    /** The pages the navigation lists (the aleph CLI key only when one was found). */
    public ObservableList<WalletPage> pages() {
        return pages;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Becomes true when a page finished its job; the view closes the window. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public UnlockViewModel unlock() {
        return unlock;
    }

    public AccountsViewModel manage() {
        return manage;
    }

    public CreateViewModel create() {
        return create;
    }

    public PrivateKeyViewModel privateKey() {
        return privateKey;
    }

    public MnemonicViewModel mnemonic() {
        return mnemonic;
    }

    public KeystoreViewModel keystore() {
        return keystore;
    }

    public AlephKeyViewModel alephKey() {
        return alephKey;
    }

    public WatchViewModel watch() {
        return watch;
    }

    private final class Host implements DialogHost {
        @Override
        public WalletSession wallet() {
            return wallet;
        }

        @Override
        public ObservableList<Account> accounts() {
            return accounts;
        }

        @Override
        public WalletWork work() {
            return work;
        }

        @Override
        public Dialogs dialogs() {
            return dialogs;
        }

        @Override
        public void finish(String notice) {
            notifications.show(Notice.of(Notice.Kind.SUCCESS, notice));
            reloadAccounts();
            finished.set(true);
        }

        @Override
        public void reloadAccounts() {
            work.run(wallet::accounts, accounts::setAll, (WalletException e) -> notifications.show(Notice.of(Notice.Kind.DANGER, e.getMessage())));
        }
    }
}
