package org.alephdeploy.ui.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.ui.demo.DemoIntents;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.wallet.WalletPage;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.ui.fx.ErrorReport;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.fx.Theme;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.shell.ShellViewModel;
import org.alephdeploy.ui.volumes.VolumeRow;
import java.util.function.BooleanSupplier;

/**
 * Renders every screen of the window to PNG files (run by {@code scripts/screenshots.sh} under
 * Xvfb). Each shot sets the state through the view models, waits a few frames, then snapshots.
 */
public final class Screenshots {
    private final Path out;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private static final String DEMO_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String PASSWORD = "correct horse battery";
    private Path work;
    private String mainnet;
    private AppContext context;
    private AppContext offline;
    private Stage stage;

    private Screenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("aleph-deploy-shots");
        try (SandboxNode mainnet = LoopbackNodes.start(work.resolve("mainnet"))) {
            Platform.startup(() -> { });
            Screenshots shots = new Screenshots(out);
            shots.work = work;
            shots.mainnet = mainnet.url();
            Platform.runLater(shots::begin);
            shots.done.get(10, TimeUnit.MINUTES);
            Platform.runLater(() -> {
                shots.context.close();
                if (shots.offline != null) {
                    shots.offline.close();
                }
            });
            Platform.exit();
        }
    }

    private void begin() {
        context = AppContext.builder().source(new DemoInventorySource(), DemoIntents::new).tasks(SyncFxTasks::new).dirs(AppDirs.under(work.resolve("app")))
                .mainnetNodes(List.of(mainnet)).scrypt(ScryptParams.LIGHT).build();
        context.theme().start();
        stage = context.windows().showMain(new Stage());
        ShellViewModel shell = context.shell();
        shell.refresh();

        step(() -> {
            shell.details().rollBackActionProperty().set((root, revision) -> { });
            shell.programs().setRows(withLongNameAndALie(shell.programs().rows()));
            selectProgram("weather-api");
        });
        step(() -> shoot(stage.getScene(), "main-programs.png"));
        step(() -> scrollDetailsTo("#historyHeading"));
        step(() -> shoot(lookup("#detailsScroll").getParent(), "details-history.png"));
        step(() -> {
            selectTab(0);
            ((TableView<?>) lookup(".programs-table")).getSelectionModel().clearSelection();
            ((TableView<?>) lookup(".programs-table")).getFocusModel().focus(-1);
        });
        step(() -> shoot(stage.getScene(), "main-no-selection.png"));
        step(() -> ((MenuButton) lookup("#legendButton")).show());
        step(() -> shoot(Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst()
                .orElseThrow().getScene(), "programs-legend.png"));
        step(() -> ((MenuButton) lookup("#legendButton")).hide());
        step(() -> selectProgram("discord-bot"));
        step(() -> shoot(stage.getScene(), "programs-locked-pinned.png"));
        step(() -> {
            shell.programs().onlyLockedOrPinnedProperty().set(true);
            selectProgram("indexer-v2");
        });
        step(() -> shoot(stage.getScene(), "programs-filter-locked-pinned.png"));
        step(() -> shoot(lookup("#detailsScroll").getParent(), "details-program.png"));
        step(() -> {
            shell.programs().onlyLockedOrPinnedProperty().set(false);
            selectTab(1);
            selectVolume("site-assets");
        });
        step(() -> shoot(stage.getScene(), "volumes.png"));
        step(() -> selectVolume("old-backups"));
        step(() -> shoot(lookup("#detailsScroll").getParent(), "details-volume.png"));
        step(() -> {
            selectTab(2);
            shell.activity().selectedProperty().set(shell.activity().rows().stream()
                    .filter(r -> r.target().equals("image-resizer")).findFirst().orElseThrow());
        });
        step(() -> shoot(stage.getScene(), "activity.png"));
        step(() -> selectTab(0));
        step(() -> {
            selectProgram("weather-api");
            dropOnProgram("weather-api", Path.of("build", "weather-api-2.4.zip"));
        });
        step(() -> shoot(stage.getScene(), "drop-recorded-notice.png"));
        step(() -> {
            context.notifications().clear();
            context.settings().setTheme(Theme.DARK);
            shell.programs().setRows(withLongNameAndALie(shell.programs().rows()));
            selectProgram("weather-api");
        });
        step(() -> shoot(stage.getScene(), "main-programs-dark.png"));
        step(() -> selectTab(1));
        step(() -> shoot(stage.getScene(), "volumes-dark.png"));
        step(() -> {
            context.settings().setTheme(Theme.LIGHT);
            selectTab(0);
            shell.markUnreachable("java.net.ConnectException: Connection refused");
            selectProgram("weather-api");
            ((ToggleButton) lookup("#offlineDetailsToggle")).setSelected(true);
        });
        step(() -> shoot(stage.getScene(), "offline-banner.png"));
        step(() -> {
            ((ToggleButton) lookup("#offlineDetailsToggle")).setSelected(false);
            shell.useSandbox();
        });
        stepWhen(() -> !shell.loadingProperty().get() && !shell.programs().rows().isEmpty(), () -> selectProgram("weather-api"));
        step(() -> shoot(stage.getScene(), "main-sandbox.png"));
        step(() -> shell.networkProperty().set(Network.mainnet()));
        step(() -> showError());
        step(() -> shoot(errorScene(), "error-window.png"));
        step(() -> {
            errorScene().getWindow().hide();
            shell.refresh();
            context.wallet().importPrivateKey("main", DEMO_KEY.toCharArray(), PASSWORD.toCharArray());
        });
        step(() -> shoot(lookup(".header"), "header-account.png"));
        step(() -> {
            openWallet(WalletPage.UNLOCK);
            type("#unlockPasswordField", "not my password");
            ((Button) dialogLookup("#unlockButton")).fire();
        });
        step(() -> shoot(dialogScene(), "wallet-unlock-wrong-password.png"));
        step(() -> {
            dialogScene().getWindow().hide();
            openWallet(WalletPage.CREATE);
            type("#createNameField", "savings");
            type("#createPasswordField", PASSWORD);
            type("#createRepeatField", PASSWORD);
        });
        step(() -> shoot(dialogScene(), "wallet-create.png"));
        step(() -> ((Button) dialogLookup("#createNextButton")).fire());
        step(() -> shoot(dialogScene(), "wallet-create-mnemonic.png"));
        step(() -> {
            context.walletDialog().create().wroteItDownProperty().set(true);
            ((Button) dialogLookup("#createToConfirmButton")).fire();
            type("#confirmWord0", context.walletDialog().create().words().get(context.walletDialog().create().positions().get(0)));
            type("#confirmWord1", "apple");
            type("#confirmWord2", context.walletDialog().create().words().get(context.walletDialog().create().positions().get(2)));
            ((Button) dialogLookup("#createConfirmButton")).fire();
        });
        step(() -> shoot(dialogScene(), "wallet-create-confirm-error.png"));
        step(() -> {
            dialogScene().getWindow().hide();
            openWallet(WalletPage.MNEMONIC);
            type("#wordsArea", "test test test test test test test test test test test junk");
            type("#mnemonicNameField", "hardhat");
        });
        step(() -> shoot(dialogScene(), "wallet-import-mnemonic.png"));
        step(() -> {
            dialogScene().getWindow().hide();
            openWallet(WalletPage.WATCH);
            type("#watchNameField", "partner");
            type("#watchAddressField", "0x70997970c51812dc3A010C7d01b50e0d17dc79C8");
        });
        step(() -> shoot(dialogScene(), "wallet-watch-bad-checksum.png"));
        step(() -> {
            dialogScene().getWindow().hide();
            offline = AppContext.builder().tasks(SyncFxTasks::new).dirs(AppDirs.under(work.resolve("first-start")))
                    .scrypt(ScryptParams.LIGHT).build();
            offline.start(new Stage());
        });
        step(() -> shoot(alertScene(), "first-start-offline-offer.png"));
        step(() -> {
            alertScene().getRoot().lookupAll(".button").stream().map(Button.class::cast)
                    .filter(b -> b.isCancelButton()).findFirst().orElseThrow().fire();
            offline.windows().mainWindow().ifPresent(Window::hide);
        });
        new WizardShots(this).add();
        step(() -> done.complete(null));
        next();
    }

    void step(Runnable r) {
        steps.add(r);
    }

    /** A step that waits (up to a minute, frame by frame) until {@code ready} holds, then runs. */
    void stepWhen(BooleanSupplier ready, Runnable r) {
        long[] deadline = {0};
        steps.add(new Runnable() {
            @Override
            public void run() {
                if (deadline[0] == 0) {
                    deadline[0] = System.nanoTime() + 60_000_000_000L;
                }
                if (!ready.getAsBoolean()) {
                    if (System.nanoTime() > deadline[0]) {
                        throw new IllegalStateException("screenshot step never became ready");
                    }
                    steps.addFirst(this);
                    return;
                }
                r.run();
            }
        });
    }

    /** Runs the next step after a few frames, so that CSS, layout and table cells have settled. */
    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 4) {
                    return;
                }
                stop();
                try {
                    step.run();
                    next();
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }
        }.start();
    }

    private void openWallet(WalletPage page) {
        context.walletDialog().open(page);
        context.windows().openWallet();
    }

    private Scene dialogScene() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("wallet-dialog")).findFirst().orElseThrow().getScene();
    }

    private Node dialogLookup(String selector) {
        return dialogScene().lookup(selector);
    }

    private void type(String selector, String text) {
        ((TextInputControl) dialogLookup(selector)).setText(text);
    }

    private static Scene alertScene() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane).findFirst().orElseThrow().getScene();
    }

    private Node lookup(String selector) {
        return stage.getScene().lookup(selector);
    }

    /**
     * The demo rows with one long name (the name column must show it whole) and one program whose
     * listed message does not verify, as a node that rewrote it would make it.
     */
    private static List<ProgramRow> withLongNameAndALie(List<ProgramRow> rows) {
        return rows.stream().map(p -> switch (p.name()) {
            case "image-resizer" -> new ProgramRow("customer-notifications-relay", p.itemHash(), p.status(),
                    p.allowAmend(), p.code(), p.runtime(), p.volumes(), p.vcpus(), p.memoryMiB(), p.updated(), p.url(), p.owner(),
                    p.owned(), p.codeRevisions(), p.codePath(), p.settingsPath(), p.watchOnly(), p.configWords(), p.cells(),
                    p.bootWords(), p.verifyWords());
            case "landing-page" -> p.withVerifyWords("its item hash is not the SHA-256 of item_content");
            default -> p;
        }).toList();
    }

    /** Scrolls the details pane so that {@code selector} is at its top. */
    private void scrollDetailsTo(String selector) {
        ScrollPane scroll = (ScrollPane) lookup("#detailsScroll");
        Node target = lookup(selector);
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = target.getBoundsInParent().getMinY();
        scroll.setVvalue(content <= viewport ? 0 : Math.min(1, y / (content - viewport)));
    }

    private void selectTab(int index) {
        ((TabPane) lookup(".main-tabs")).getSelectionModel().select(index);
    }

    private void selectProgram(String name) {
        ProgramRow row = context.shell().programs().rows().stream()
                .filter(p -> name.equals(p.name())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TableView<ProgramRow> table = (TableView<ProgramRow>) lookup(".programs-table");
        table.getSelectionModel().select(row);
    }

    private void selectVolume(String name) {
        VolumeRow row = context.shell().volumes().rows().stream()
                .filter(v -> name.equals(v.name())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TableView<VolumeRow> table = (TableView<VolumeRow>) lookup(".volumes-table");
        table.getSelectionModel().select(row);
    }

    private void dropOnProgram(String name, Path file) {
        Node row = lookup(".programs-table").lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof ProgramRow p
                        && name.equals(p.name()))
                .findFirst().orElseThrow();
        FileDropTarget target = FileDropTarget.of(row);
        target.hover(true);
        target.drop(List.of(file));
        target.hover(false);
    }

    private void showError() {
        IllegalStateException failure = new IllegalStateException("journal record 12 is truncated",
                new IOException("unexpected end of file"));
        context.windows().showError(ErrorReport.unexpected(failure));
    }

    private static Scene errorScene() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("error-window")).findFirst().orElseThrow().getScene();
    }

    void shoot(Scene scene, String name) {
        write(scene.snapshot(null), name);
    }

    private void shoot(Node node, String name) {
        write(node.snapshot(null, null), name);
    }

    private void write(WritableImage image, String name) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", out.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + out.resolve(name) + " (" + w + "x" + h + ")");
    }
}
