package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import org.alephdeploy.platform.DesktopNotifier;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ViewId;
import org.alephdeploy.ui.fx.ViewLoader;
import org.alephdeploy.ui.fx.Windows;

/**
 * Builds the wizard of an intent: its context, the controllers of its pages (the spec's input
 * pages, then review, confirm, run and result), its frame and its window. Keeps the wizards that
 * are open, and hands a run whose window closes to the background ({@link BackgroundRuns}). FX
 * thread only.
 */
public final class WizardOpener {
    private final EngineTasks engine;
    private final WizardServices services;
    private final WizardContext.Host host;
    private final Windows windows;
    private final BackgroundRuns background;
    private final ObservableList<WizardFrameController> open = FXCollections.observableArrayList();
    private final ObservableList<WizardFrameController> openView = FXCollections.unmodifiableObservableList(open);

    WizardOpener(EngineTasks engine, WizardServices services, WizardContext.Host host, Windows windows, DesktopNotifier desktop) {
        this.engine = engine;
        this.services = services;
        this.host = host;
        this.windows = windows;
        this.background = new BackgroundRuns(services.notifications(), desktop);
    }

    /** The wizards open now, oldest first. */
    public ObservableList<WizardFrameController> open() {
        return openView;
    }

    /** Opens the wizard of {@code spec} on {@code state}; returns its frame. */
    public WizardFrameController open(WizardSpec spec, WizardState state) {
        WizardContext context = new WizardContext(state, spec, engine, services, host);
        Map<Class<?>, Function<WizardContext, Object>> factories = new HashMap<>(spec.controllers());
        factories.put(WizardFrameController.class, WizardFrameController::new);
        factories.put(FilePage.class, FilePage::new);
        factories.put(ReviewPage.class, ReviewPage::new);
        factories.put(ConfirmPage.class, ConfirmPage::new);
        factories.put(RunPage.class, RunPage::new);
        factories.put(ResultPage.class, ResultPage::new);
        ViewLoader loader = new ViewLoader(type -> {
            Function<WizardContext, Object> make = factories.get(type);
            if (make == null) {
                throw new IllegalArgumentException("no wizard controller registered for " + type.getName());
            }
            return make.apply(context);
        });
        ViewLoader.View<WizardFrameController> frame = loader.load(WizardViews.FRAME);
        List<ViewId<?>> views = new ArrayList<>();
        spec.inputPages().forEach(resource -> views.add(WizardViews.of(resource)));
        if (spec.plans()) {
            views.add(WizardViews.REVIEW);
        }
        views.addAll(List.of(WizardViews.CONFIRM, WizardViews.RUN, WizardViews.RESULT));
        List<LazyPage> pages = new ArrayList<>();
        for (ViewId<?> v : views) {
            pages.add(new LazyPage(loader, v));
        }
        String title = I18n.format(spec.titleKey(), state.targetName());
        Stage[] stage = new Stage[1];
        context.frame(frame.controller()::next, () -> {
            if (stage[0] != null) {
                stage[0].close();
            }
        });
        frame.controller().setPages(title, pages);
        stage[0] = windows.openWizard(title, frame.root());
        open.add(frame.controller());
        stage[0].setOnHidden(e -> {
            open.remove(frame.controller());
            background.closed(title, state);
        });
        return frame.controller();
    }
}
