package org.alephdeploy.ui.shell;

import org.alephdeploy.ui.activity.OperationDetails;
import java.util.Map;
import org.alephdeploy.ui.activity.ActivityRow;

import org.alephdeploy.ui.details.ItemDetails;

/**
 * Where the main window's content comes from: the seam between the window and the engine (the
 * app feeds it from the engine; tests and screenshots may use the in-memory demo source).
 * The methods block (network, disk) and are called on a worker thread, never the FX thread.
 */
public interface InventorySource {
    InventorySnapshot load(Network network) throws NodeUnreachableException;

    /**
     * What to show once the node did not answer: what is saved on this computer, without asking
     * the node ({@link InventorySnapshot#fetchedAt()} says how old it is, null when nothing is).
     * By default the same as {@link #load}, for sources that need no node.
     */
    default InventorySnapshot loadOffline(Network network) throws NodeUnreachableException {
        return load(network);
    }

    ItemDetails details(Network network, String itemHash) throws NodeUnreachableException;

    /**
     * The details of one operation of the Activity tab: steps, messages left on the node, backups.
     * By default only what its row says.
     */
    default ItemDetails operation(Network network, ActivityRow row) {
        return OperationDetails.of(row, null, Map.of());
    }
}
