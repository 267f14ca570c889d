package org.alephdeploy.ui.shell;

import org.alephdeploy.ui.details.ItemDetails;

/**
 * Where the main window's content comes from: the seam between the window and the engine.
 * This round a demo source feeds it; the inventory service replaces that source later.
 * Both methods block (network, disk) and are called on a worker thread, never the FX thread.
 */
public interface InventorySource {
    InventorySnapshot load(Network network) throws NodeUnreachableException;

    ItemDetails details(Network network, String itemHash) throws NodeUnreachableException;
}
