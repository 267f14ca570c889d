package org.alephdeploy.ui.shell;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;

/**
 * What the main window's view models work with.
 *
 * @param fxThread runs a change on the FX thread ({@code Platform::runLater} in the app; tests run
 *                 it at once); used for events that arrive on other threads, such as auto-lock
 */
public record ShellServices(InventorySource source, FxTasks tasks, NodeConnection nodes, WalletSession wallet,
        Dialogs dialogs, Executor fxThread) {
    public ShellServices {
        Objects.requireNonNull(source);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(nodes);
        Objects.requireNonNull(wallet);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(fxThread);
    }
}
