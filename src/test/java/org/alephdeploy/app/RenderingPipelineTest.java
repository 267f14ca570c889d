package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {
    @TempDir
    Path dir;

    @Test
    void linuxWithoutAnyGpuDeviceRendersInSoftware() {
        assertThat(RenderingPipeline.softwareOnly("Linux", List.of(dir.resolve("dri"), dir.resolve("nvidiactl")))).isTrue();
    }

    @Test
    void aGpuDeviceLeavesTheChoiceToJavaFx() throws Exception {
        Path dri = Files.createDirectory(dir.resolve("dri"));
        assertThat(RenderingPipeline.softwareOnly("Linux", List.of(dri, dir.resolve("nvidiactl")))).isFalse();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(RenderingPipeline.softwareOnly("Windows 11", List.of(dir.resolve("dri")))).isFalse();
        assertThat(RenderingPipeline.softwareOnly("Mac OS X", List.of(dir.resolve("dri")))).isFalse();
    }
}
