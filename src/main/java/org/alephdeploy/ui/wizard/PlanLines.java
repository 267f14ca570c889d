package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.FollowUp;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.engine.PlanReview;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/** The lines of the review page: steps, effects, warnings, cost, follow-ups, the bill, the messages to sign, a packed folder. */
final class PlanLines {
    /** Room for "stops working" or a shortened URL, so a long value on the other side cannot squeeze a column to letters. */
    private static final double VALUE_MIN_WIDTH = 140;

    private PlanLines() {
    }

    static Node step(Step s) {
        Label number = new Label((s.index() + 1) + ".");
        number.getStyleClass().add("text-muted");
        number.setMinWidth(24);
        Label words = new Label(s.words());
        words.setWrapText(true);
        HBox line = new HBox(4, number, words);
        line.getStyleClass().add("review-step");
        return line;
    }

    static Node effect(Effect e) {
        Label l = line(I18n.format("wizard.review.effect", e.words()));
        switch (e.kind()) {
            case HASH_KEPT, PICKS_UP, KEPT -> l.getStyleClass().add("wizard-line-kept");
            case HASH_NEW, STAYS_PINNED, FORGOTTEN, LOCK -> l.getStyleClass().add("wizard-line-new");
            default -> { }
        }
        l.getStyleClass().add("effect-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return l;
    }

    static Node followUp(FollowUp f) {
        return line(I18n.format("wizard.review.followUp", f.words()));
    }

    static String cost(CostEstimate c) {
        String payment = c.paymentType() == null ? I18n.get("wizard.review.noPayment") : c.paymentType();
        return I18n.format(c.affordable() ? "wizard.review.cost" : "wizard.review.costUnaffordable", payment, c.words());
    }

    private static Label line(String text) {
        return wrapped(text);
    }

    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /**
     * A value of the before/after table: as it is when short; a URL or hash with its long hex
     * shortened in the middle, the full value in a tooltip and on the copy button.
     */
    static Node value(String text) {
        if (ShortHash.inText(text).equals(text)) {
            return wrapped(text);
        }
        CopyableHash value = new CopyableHash(ShortHash::inText);
        value.setHash(text);
        return value;
    }

    /** The before/after table's columns: the row name whole, Before and After share the rest, neither starved. */
    static List<ColumnConstraints> changeColumns() {
        ColumnConstraints what = new ColumnConstraints();
        what.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints before = new ColumnConstraints(VALUE_MIN_WIDTH, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE);
        before.setHgrow(Priority.SOMETIMES);
        ColumnConstraints after = new ColumnConstraints(VALUE_MIN_WIDTH, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE);
        after.setHgrow(Priority.SOMETIMES);
        return List.of(what, before, after);
    }

    static Label muted(String words) {
        Label l = new Label(words);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** A message to be signed, its exact JSON in a read-only text area. */
    static Node message(PlanReview.Message m) {
        Label title = wrapped((m.step() + 1) + ". " + m.type());
        title.getStyleClass().add("wizard-section");
        TextArea json = new TextArea(m.json());
        json.setEditable(false);
        json.getStyleClass().addAll("mono", "review-message");
        json.setPrefRowCount(Math.min(18, (int) m.json().lines().count()));
        return new VBox(2, title, json);
    }

    static Node billLine(String words) {
        Label l = wrapped(words);
        l.getStyleClass().add("review-bill-line");
        return l;
    }

    /** How many left-out paths are listed before "and N more". */
    static final int LEFT_OUT_SHOWN = 30;

    /** The folder the intent uploads as an archive, or null when it uploads a file as it is (or nothing). */
    static LocalArtifact packedFolder(Intent intent) {
        LocalArtifact a = null;
        if (intent instanceof Intent.UpdateCode u) {
            a = u.artifact();
        } else if (intent instanceof Intent.UpdateVolume u) {
            a = u.artifact();
        } else if (intent instanceof Intent.UploadVolume u) {
            a = u.artifact();
        } else if (intent instanceof Intent.Recreate r) {
            a = r.newCode();
        }
        return a != null && a.wasFolder() ? a : null;
    }

    static List<Node> packedLines(LocalArtifact a) {
        List<Node> lines = new ArrayList<>();
        Label heading = new Label(I18n.get("wizard.review.leftOutHeading"));
        heading.getStyleClass().add("wizard-section");
        lines.add(heading);
        Label publicWarning = wrapped(I18n.get("wizard.review.public"));
        publicWarning.getStyleClass().add("review-public-warning");
        lines.add(publicWarning);
        if (a.leftOut().isEmpty()) {
            lines.add(wrapped(I18n.get("wizard.review.leftOutNone")));
        } else {
            lines.add(wrapped(I18n.format("wizard.review.leftOut", a.leftOut().size())));
            a.leftOut().stream().limit(LEFT_OUT_SHOWN).forEach(path -> {
                Label l = wrapped("  " + path);
                l.getStyleClass().addAll("mono", "review-left-out");
                lines.add(l);
            });
            if (a.leftOut().size() > LEFT_OUT_SHOWN) {
                lines.add(wrapped(I18n.format("wizard.review.leftOutMore", a.leftOut().size() - LEFT_OUT_SHOWN)));
            }
        }
        return lines;
    }
}
