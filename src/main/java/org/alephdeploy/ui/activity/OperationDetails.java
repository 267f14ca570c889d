package org.alephdeploy.ui.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.details.ItemDetails.Field;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.TimeLabels;

/**
 * The details pane's content for one operation of the journal: where it stands, its steps done
 * and remaining, the messages it left on the node, the backups it kept and how to go back. Pure.
 */
public final class OperationDetails {
    private OperationDetails() {
    }

    /**
     * @param outcome the journal's account of the operation (null when it could not be read)
     * @param backups the backup files it wrote, by the hash of the program each one keeps
     */
    public static ItemDetails of(ActivityRow row, RunOutcome outcome, Map<String, String> backups) {
        List<Field> fields = new ArrayList<>();
        fields.add(field("details.operation.state", row.state().label()));
        fields.add(field("details.operation.started", TimeLabels.shortTime(row.started())));
        fields.add(field("details.operation.target", row.target()));
        fields.add(field("details.operation.steps", I18n.format("activity.table.stepsValue", row.stepsDone(), row.stepsTotal())));
        if (outcome != null) {
            if (outcome.words() != null && !outcome.words().isBlank()) {
                fields.add(field("details.operation.words", outcome.words()));
            }
            fields.add(field("details.operation.done", lines(outcome.done())));
            fields.add(field("details.operation.remaining", lines(outcome.remaining())));
            fields.add(new Field(I18n.get("details.operation.onNode"), lines(outcome.onNode()), true));
            fields.add(field("details.operation.goBack", lines(outcome.howToGoBack())));
        } else if (!row.currentStep().isBlank()) {
            fields.add(field("details.operation.words", row.currentStep()));
        }
        List<String> kept = new ArrayList<>();
        backups.forEach((hash, file) -> kept.add(hash + " → " + file));
        fields.add(new Field(I18n.get("details.operation.backups"), lines(kept), true));
        return new ItemDetails(ItemDetails.Kind.OPERATION, row.intent(), row.id(), fields, List.of(), List.of(), List.of(),
                List.of(), "");
    }

    private static Field field(String key, String value) {
        return new Field(I18n.get(key), value == null ? "" : value, false);
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? I18n.get("details.pane.none") : "• " + String.join("\n• ", items);
    }
}
