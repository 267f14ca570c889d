package org.alephdeploy.ui.control;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows the {@link Notifications} as banners stacked at the top of a window. */
public final class NotificationArea extends VBox {
    private Notifications notifications;

    public NotificationArea() {
        getStyleClass().add("notification-area");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    public void bind(Notifications source) {
        this.notifications = source;
        ObservableList<Notice> notices = source.notices();
        notices.addListener((ListChangeListener<Notice>) change -> rebuild(notices));
        rebuild(notices);
    }

    private void rebuild(ObservableList<Notice> notices) {
        getChildren().setAll(notices.stream().map(this::banner).toList());
        setVisible(!notices.isEmpty());
    }

    private HBox banner(Notice notice) {
        FontIcon icon = new FontIcon(switch (notice.kind()) {
            case INFO -> Feather.INFO;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case DANGER -> Feather.ALERT_OCTAGON;
        });
        icon.getStyleClass().add("banner-icon");
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(10, icon, text);
        for (Notice.Action action : notice.actions()) {
            Button button = new Button(action.label());
            button.getStyleClass().add("small");
            button.setOnAction(e -> action.run().run());
            box.getChildren().add(button);
        }
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll("button-icon", "flat", "small");
        close.setTooltip(new Tooltip(I18n.get("control.notice.dismiss")));
        close.setOnAction(e -> notifications.dismiss(notice));
        box.getChildren().add(close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("banner", "banner-" + notice.kind().name().toLowerCase(Locale.ROOT));
        return box;
    }
}
