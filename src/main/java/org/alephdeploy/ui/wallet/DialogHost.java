package org.alephdeploy.ui.wallet;

import javafx.collections.ObservableList;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.wallet.Account;

/** What every page of the wallet dialog shares: the wallet, the listed accounts, the worker, closing. */
interface DialogHost {
    WalletSession wallet();

    /** The accounts as last listed (refreshed after each change). */
    ObservableList<Account> accounts();

    WalletWork work();

    Dialogs dialogs();

    /** Shows {@code notice} in the main window and closes the dialog. */
    void finish(String notice);

    /** Lists the accounts again after a change that keeps the dialog open. */
    void reloadAccounts();
}
