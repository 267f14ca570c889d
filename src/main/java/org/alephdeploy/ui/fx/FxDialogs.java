package org.alephdeploy.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** {@link Dialogs} with JavaFX dialogs owned by the main window. FX thread only. */
public final class FxDialogs implements Dialogs {
    private final Supplier<Optional<Window>> owner;
    private final Consumer<ErrorReport> errorWindow;

    public FxDialogs(Supplier<Optional<Window>> owner, Consumer<ErrorReport> errorWindow) {
        this.owner = owner;
        this.errorWindow = errorWindow;
    }

    @Override
    public void info(String title, String text) {
        Alert alert = prepare(new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK), title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String text, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.get("fx.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION, text, yes, no), title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void error(ErrorReport report) {
        errorWindow.accept(report);
    }

    @Override
    public boolean confirmByTyping(String title, String text, String expected, String confirmLabel) {
        Dialog<Boolean> dialog = prepare(new Dialog<>(), title);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(yes, ButtonType.CANCEL);
        TextField typed = new TextField();
        typed.setPromptText(expected);
        Label prompt = new Label(I18n.format("fx.dialog.typeToConfirm", expected));
        Label body = new Label(text);
        body.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, body, prompt, typed));
        dialog.getDialogPane().lookupButton(yes).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(expected));
        dialog.getDialogPane().lookupButton(yes).getStyleClass().add("danger");
        dialog.setResultConverter(button -> button == yes && expected.equals(typed.getText()));
        typed.requestFocus();
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = prepare(new TextInputDialog(initial), title);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get().orElse(null))).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get().orElse(null))).map(File::toPath);
    }

    private <D extends Dialog<?>> D prepare(D dialog, String title) {
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.initModality(Modality.WINDOW_MODAL);
        owner.get().ifPresent(dialog::initOwner);
        dialog.getDialogPane().getStylesheets().add(ThemeManager.appStylesheet());
        return dialog;
    }
}
