package org.alephdeploy.ui.fx;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Code-behind of {@code ErrorWindow.fxml}: sentence, short code, copyable details. */
public final class ErrorWindowController {
    @FXML
    private Label sentenceLabel;
    @FXML
    private Label codeLabel;
    @FXML
    private TextArea detailsArea;
    private Runnable close = () -> { };
    private ErrorReport report;

    public void show(ErrorReport value) {
        this.report = value;
        sentenceLabel.setText(value.sentence());
        codeLabel.setText(I18n.format("fx.error.code", value.code()));
        detailsArea.setText(value.details());
    }

    void closeAction(Runnable action) {
        this.close = action;
    }

    @FXML
    private void onCopyDetails() {
        ClipboardContent content = new ClipboardContent();
        content.putString(I18n.format("fx.error.copied", report.sentence(), report.code()) + "\n\n" + report.details());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
