package org.alephdeploy.ui.shell;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code NetworkBanners.fxml}: the strip that marks the sandbox across the window,
 * the warning for a plain-http node off this computer, and the offline banner in plain words with the technical details on demand.
 */
public final class NetworkBannersController {
    private final ShellViewModel vm;

    @FXML
    private HBox sandboxStrip;
    @FXML
    private HBox pathWarningBanner;
    @FXML
    private Label pathWarningLabel;
    @FXML
    private VBox offlineBanner;
    @FXML
    private Label offlineLabel;
    @FXML
    private ToggleButton offlineDetailsToggle;
    @FXML
    private Label offlineDetailsLabel;

    public NetworkBannersController(ShellViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        BooleanBinding sandbox = vm.onSandbox();
        sandboxStrip.visibleProperty().bind(sandbox);
        sandboxStrip.managedProperty().bind(sandbox);
        BooleanBinding plainHttp = vm.pathWarning().isNotEmpty();
        pathWarningBanner.visibleProperty().bind(plainHttp);
        pathWarningBanner.managedProperty().bind(plainHttp);
        pathWarningLabel.textProperty().bind(vm.pathWarning());
        offlineBanner.visibleProperty().bind(vm.offlineProperty());
        offlineBanner.managedProperty().bind(vm.offlineProperty());
        offlineLabel.textProperty().bind(vm.offlineMessageProperty());
        offlineDetailsLabel.textProperty().bind(vm.offlineDetailsProperty());
        var details = offlineDetailsToggle.selectedProperty().and(vm.offlineDetailsProperty().isNotEmpty());
        offlineDetailsLabel.visibleProperty().bind(details);
        offlineDetailsLabel.managedProperty().bind(details);
        offlineDetailsToggle.visibleProperty().bind(vm.offlineDetailsProperty().isNotEmpty());
    }

    @FXML
    private void onRetry() {
        vm.retry();
    }

    @FXML
    private void onUseSandbox() {
        vm.useSandbox();
    }
}
