package org.alephdeploy.ui.wizard;

import javafx.scene.Parent;
import org.alephdeploy.ui.fx.ViewId;
import org.alephdeploy.ui.fx.ViewLoader;

/**
 * One page of the wizard: its controller from the start (the steps bar needs its title), its
 * view loaded when the page is first shown, so opening a wizard loads one page, not all.
 */
final class LazyPage {
    private final ViewLoader loader;
    private final ViewId<?> view;
    private final WizardPage controller;
    private Parent root;

    LazyPage(ViewLoader loader, ViewId<?> view) {
        this.loader = loader;
        this.view = view;
        this.controller = (WizardPage) loader.controller(view);
    }

    WizardPage controller() {
        return controller;
    }

    Parent root() {
        if (root == null) {
            root = loader.load(view.resource(), controller).root();
        }
        return root;
    }
}
