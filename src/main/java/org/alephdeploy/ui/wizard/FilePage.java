package org.alephdeploy.ui.wizard;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.ui.model.Sizes;

/**
 * Code-behind of {@code ChooseFile.fxml}: the file or folder to upload, chosen, typed or dropped.
 * What the path is (file and size, or folder to zip) is found out on a worker; only an existing
 * file or folder lets the wizard go on.
 */
public final class FilePage implements WizardPage {
    private final WizardContext context;
    private final BooleanProperty ok = new SimpleBooleanProperty(this, "ok");
    private final LatestOnly probes = new LatestOnly();

    @FXML
    private Label hintLabel;
    @FXML
    private VBox dropArea;
    @FXML
    private TextField pathField;
    @FXML
    private Label probeLabel;
    @FXML
    private VBox nameBox;
    @FXML
    private TextField nameField;

    public FilePage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        WizardState state = context.state();
        hintLabel.setText(I18n.format(context.spec().fileHintKey(), state.targetName()));
        nameBox.setVisible(context.spec().asksName());
        nameBox.setManaged(context.spec().asksName());
        nameField.textProperty().bindBidirectional(state.nameProperty());
        FileDropTarget.install(dropArea, paths -> state.pathProperty().set(paths.get(0)));
        state.pathProperty().addListener((obs, old, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(pathField.getText())) {
                pathField.setText(text);
            }
            probe(now);
        });
        pathField.textProperty().addListener((obs, old, now) -> typed(now));
        if (state.pathProperty().get() != null) {
            pathField.setText(state.pathProperty().get().toString());
            probe(state.pathProperty().get());
        }
    }

    private void typed(String text) {
        if (text == null || text.isBlank()) {
            context.state().pathProperty().set(null);
            return;
        }
        try {
            Path p = Path.of(text.strip());
            if (!p.equals(context.state().pathProperty().get())) {
                context.state().pathProperty().set(p);
            }
        } catch (InvalidPathException e) {
            ok.set(false);
            error(I18n.format("wizard.file.invalid", text));
        }
    }

    private void probe(Path path) {
        LatestOnly.Ticket mine = probes.next();
        ok.set(false);
        if (path == null) {
            probeLabel.setText("");
            return;
        }
        probeLabel.getStyleClass().remove("wizard-error");
        probeLabel.setText(I18n.get("wizard.file.checking"));
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                if (Files.isDirectory(path)) {
                    return I18n.get("wizard.file.folder");
                }
                if (Files.isRegularFile(path)) {
                    return I18n.format("wizard.file.file", Sizes.bytes(Files.size(path)));
                }
                throw new FileNotFoundException(path.toString());
            }
        };
        task.setOnSucceeded(e -> {
            if (mine.current()) {
                probeLabel.setText(task.getValue());
                ok.set(true);
            }
        });
        task.setOnFailed(e -> {
            if (mine.current()) {
                error(I18n.format("wizard.file.missing", path));
            }
        });
        context.start(task);
    }

    private void error(String text) {
        probeLabel.setText(text);
        if (!probeLabel.getStyleClass().contains("wizard-error")) {
            probeLabel.getStyleClass().add("wizard-error");
        }
    }

    @Override
    public String titleKey() {
        return "wizard.file.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return ok;
    }

    @FXML
    private void onChooseFile() {
        context.dialogs().chooseFile(I18n.get("wizard.file.chooseFile")).ifPresent(context.state().pathProperty()::set);
    }

    @FXML
    private void onChooseFolder() {
        context.dialogs().chooseFolder(I18n.get("wizard.file.chooseFolder")).ifPresent(context.state().pathProperty()::set);
    }
}
