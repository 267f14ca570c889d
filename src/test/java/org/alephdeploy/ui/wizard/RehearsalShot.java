package org.alephdeploy.ui.wizard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the review page of the demo static site's re-create with a rehearsal's result (the demo
 * sandbox stands for the real network, a second sandbox running programs holds the copy) to
 * {@code wizard-rehearsal-result.png} (arguments: output directory, another demo program, another
 * file name). Run under Xvfb as {@code scripts/screenshots.sh} runs {@code Screenshots}, with this
 * class's name.
 */
public final class RehearsalShot {
    private static final String REAL = "mainnet";

    private RehearsalShot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        try (SandboxWorld copy = SandboxWorld.start()) {
            copy.node.computeNode().runPrograms(true);
            WizardHarness h = fx(() -> new WizardHarness(new Stage(), SandboxEngine.account(), real -> new Rehearsals() {
                @Override
                public Optional<String> realNetwork() {
                    return Optional.of(REAL);
                }

                @Override
                public Rehearsal open() {
                    return new Rehearsal(real.engine(), copy.engine, copy.node.url(), copy.dir.resolve("rehearse"));
                }
            }));
            try {
                h.waitForRows();
                fx(() -> {
                    h.launcher.intents().recreate(h.program(args.length > 1 ? args[1] : DemoSeed.STATIC_SITE));
                    return null;
                });
                Button next = (Button) h.opened.stage().getScene().lookup("#nextButton");
                WizardHarness.waitFor(60, () -> !next.isDisabled());
                fx(() -> {
                    next.fire();
                    return null;
                });
                h.waitForPage(ReviewPage.class, 30);
                HarnessWait.untilPlanned(h);
                fx(() -> {
                    h.opened.stage().setHeight(980);
                    h.opened.stage().setWidth(820);
                    ((Button) h.frame().currentRoot().lookup("#rehearseButton")).fire();
                    return null;
                });
                HarnessWait.until(180, () -> h.frame().currentRoot().lookup("#rehearsalBox").isVisible()
                        || h.frame().currentRoot().lookup("#rehearsalErrorLabel").isVisible());
                fx(() -> {
                    ScrollPane scroll = (ScrollPane) h.frame().currentRoot();
                    Node box = scroll.lookup("#rehearseBox");
                    double y = box.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                    double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents(10);
                write(fx(() -> h.opened.stage().getScene().snapshot(null)),
                        out.resolve(args.length > 2 ? args[2] : "wizard-rehearsal-result.png"));
            } finally {
                fx(() -> {
                    h.opened.stage().hide();
                    h.close();
                    return null;
                });
            }
        } finally {
            Platform.exit();
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", file.toFile());
        System.out.println("wrote " + file + " (" + w + "x" + h + ")");
    }
}
