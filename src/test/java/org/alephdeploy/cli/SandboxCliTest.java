package org.alephdeploy.cli;

import java.nio.file.Path;
import org.alephdeploy.deploy.SandboxWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The setup the command-line tests share: one sandbox node for the class ({@code w}), a data
 * directory for the command line beside it ({@code data}) and the options that name its test
 * wallet ({@code wallet}). Test classes run one after another, so the class-wide fields are the
 * running class's own.
 */
abstract class SandboxCliTest {
    protected static SandboxWorld w;
    protected static Path data;
    protected static String[] wallet;

    @BeforeAll
    static void startSandboxAndWallet() {
        w = SandboxWorld.start();
        data = w.dir.resolve("cli");
        wallet = CliRun.wallet(data).toArray(String[]::new);
    }

    @AfterAll
    static void stopSandbox() {
        w.close();
    }
}
