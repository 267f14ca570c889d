package org.alephdeploy.service.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.Seed;

/**
 * An in-process sandbox node seeded with the demo content on a temporary directory, and an engine
 * talking to it over loopback HTTP, with the demo account's key. Close it after the test.
 */
public final class SandboxEngine implements AutoCloseable {
    /** The public Anvil/Hardhat key #0: the demo account {@link DemoSeed#ACCOUNT_0}. */
    public static final String DEMO_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private final Path dir;
    private final SandboxNode node;
    private final CcnClient client;
    private final Engine engine;

    private SandboxEngine(Path dir, SandboxNode node) {
        this.dir = dir;
        this.node = node;
        this.client = CcnClient.builder().node(node.url()).readTimeout(Duration.ofSeconds(60)).build();
        this.engine = Engine.builder(client, "sandbox", dir.resolve("data"), dir.resolve("cache"))
                .runSettings(RunSettings.quick()).build();
    }

    public static SandboxEngine start() {
        try {
            Path dir = Files.createTempDirectory("aleph-ui-sandbox");
            SandboxNode node = SandboxNode.start(SandboxOptions.builder(dir.resolve("node")).seed(Seed.DEMO)
                    .syncWait(Duration.ofSeconds(30)).build());
            return new SandboxEngine(dir, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Engine engine() {
        return engine;
    }

    public CcnClient client() {
        return client;
    }

    public String url() {
        return node.url();
    }

    public Path dir() {
        return dir;
    }

    public static KeyPairSigner signer() {
        return KeyPairSigner.fromHex(DEMO_KEY);
    }

    /** An unlocked account of the demo key, as the wallet service would hand it over. */
    public static TestSignerAccess account() {
        return new TestSignerAccess(signer(), null);
    }

    @Override
    public void close() {
        node.close();
    }
}
