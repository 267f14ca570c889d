package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cold start of a small ASGI program through the sandbox, and the latency of a request through
 * {@code /vm/<hash>/} next to the same app called directly on its local port (figures in the log
 * and in docs/sandbox.md).
 */
class ComputeNodeBenchmarkTest {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeNodeBenchmarkTest.class);
    @TempDir
    Path tmp;

    @Test
    void coldStartAndRequestLatency() {
        try (NodeHarness h = NodeHarness.start()) {
            h.node.computeNode().runPrograms(true);
            VmClient vm = new VmClient(h.node.url());
            Message packages = vm.store(NodeHarness.A, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'bench'\n")), null);
            Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("main.py", VmClient.asgiMain(""))), null);
            Message program = vm.program(NodeHarness.A, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages",
                    true, 300);
            String path = "/vm/" + program.itemHash() + "/";
            long[] cold = new long[3];
            for (int i = 0; i < cold.length; i++) {
                h.node.computeNode().stop(program.itemHash());
                long t0 = System.nanoTime();
                assertThat(vm.get(path).body()).isEqualTo("bench");
                cold[i] = System.nanoTime() - t0;
            }
            int port = vm.get("/api/v0/sandbox/vm/" + program.itemHash() + "/boot").json().path("state").path("port").asInt();
            assertThat(port).isPositive();
            VmClient direct = new VmClient("http://127.0.0.1:" + port);
            for (int i = 0; i < 50; i++) { // warm both paths up
                vm.get(path);
                direct.get("/");
            }
            long[] through = new long[300];
            long[] straight = new long[300];
            for (int i = 0; i < through.length; i++) {
                long t0 = System.nanoTime();
                assertThat(vm.get(path).body()).isEqualTo("bench");
                through[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                assertThat(direct.get("/").body()).isEqualTo("bench");
                straight[i] = System.nanoTime() - t0;
            }
            Arrays.sort(cold);
            Arrays.sort(through);
            Arrays.sort(straight);
            LOG.info("compute node: cold start median {} ms (min {}, max {}); request through /vm/ median {} ms p95 {} ms; "
                    + "direct median {} ms p95 {} ms", ms(cold[1]), ms(cold[0]), ms(cold[2]), ms(through[150]),
                    ms(through[285]), ms(straight[150]), ms(straight[285]));
            assertThat(through[150]).as("median through the sandbox").isLessThan(straight[150] + 200_000_000L);
        }
    }

    private static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
