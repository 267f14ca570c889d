package org.alephdeploy.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alephdeploy.ui.fx.ViewId;
import org.alephdeploy.ui.wizard.delete.DeleteOptionsPage;
import org.alephdeploy.ui.wizard.pincid.CidPage;
import org.alephdeploy.ui.wizard.recreate.RecreateOptionsPage;
import org.alephdeploy.ui.wizard.rollback.RevisionPage;
import org.alephdeploy.ui.wizard.settings.SettingsPage;

/**
 * Every view of the wizards: its FXML and its controller's type. A wizard's input pages are named
 * by their FXML ({@link WizardSpec#inputPages}); a page missing here cannot open. {@code
 * WizardViewsTest} checks each entry against the {@code fx:controller} its FXML names.
 */
public final class WizardViews {
    public static final ViewId<WizardFrameController> FRAME = ViewId.of(WizardPages.FRAME, WizardFrameController.class);
    public static final ViewId<FilePage> CHOOSE_FILE = ViewId.of(WizardPages.CHOOSE_FILE, FilePage.class);
    public static final ViewId<ReviewPage> REVIEW = ViewId.of(WizardPages.REVIEW, ReviewPage.class);
    public static final ViewId<ConfirmPage> CONFIRM = ViewId.of(WizardPages.CONFIRM, ConfirmPage.class);
    public static final ViewId<RunPage> RUN = ViewId.of(WizardPages.RUN, RunPage.class);
    public static final ViewId<ResultPage> RESULT = ViewId.of(WizardPages.RESULT, ResultPage.class);

    private static final String BASE = "/org/alephdeploy/ui/wizard/";

    /** Every wizard view, the shared pages first. */
    public static final List<ViewId<?>> ALL = List.of(FRAME, CHOOSE_FILE, REVIEW, CONFIRM, RUN, RESULT,
            ViewId.of(BASE + "delete/DeleteOptions.fxml", DeleteOptionsPage.class),
            ViewId.of(BASE + "pincid/Cid.fxml", CidPage.class),
            ViewId.of(BASE + "recreate/RecreateOptions.fxml", RecreateOptionsPage.class),
            ViewId.of(BASE + "rollback/Revision.fxml", RevisionPage.class),
            ViewId.of(BASE + "settings/Settings.fxml", SettingsPage.class));

    private static final Map<String, ViewId<?>> BY_RESOURCE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ViewId::resource, Function.identity()));

    private WizardViews() {
    }

    /** The view whose FXML is {@code resource}. */
    public static ViewId<?> of(String resource) {
        ViewId<?> view = BY_RESOURCE.get(resource);
        if (view == null) {
            throw new IllegalArgumentException("no wizard view is registered for " + resource + "; add it to WizardViews");
        }
        return view;
    }
}
