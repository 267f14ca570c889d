package org.alephdeploy.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Picks JavaFX's software renderer up front on a Linux machine with no GPU device at all (no
 * {@code /dev/dri}, no NVIDIA or WSL device): there JavaFX would load OpenGL (Mesa), find a
 * software rasterizer, refuse it ("Failed Graphics Hardware Qualifier check") and fall back to the
 * same software renderer anyway, after a few hundred milliseconds spent before the window can
 * open (a virtual display such as Xvfb, a container, a VM without 3D). Whoever set
 * {@code prism.order} keeps their choice.
 */
final class RenderingPipeline {
    static final String ORDER = "prism.order";
    private static final List<Path> GPU_DEVICES = List.of(Path.of("/dev/dri"), Path.of("/dev/nvidiactl"), Path.of("/dev/dxg"));

    private RenderingPipeline() {
    }

    /** Sets {@code prism.order=sw} when this machine has no GPU JavaFX could use; call before JavaFX starts. */
    static void chooseBeforeStart() {
        if (System.getProperty(ORDER) == null && softwareOnly(System.getProperty("os.name", ""), GPU_DEVICES)) {
            System.setProperty(ORDER, "sw");
        }
    }

    /** Linux with none of {@code devices} present. */
    static boolean softwareOnly(String osName, List<Path> devices) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && devices.stream().noneMatch(Files::exists);
    }
}
