package org.alephdeploy.service.engine;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.PlanContext;

/**
 * Measures the local file or folder (streamed SHA-256; a folder is packed for its use), reads
 * a fresh plan context from the node and plans the intent. Runs on a worker; the message says
 * which of the two it is doing.
 */
public final class PlanTask extends Task<Planned> {
    private final Supplier<Engine> engine;
    private final SignerAccess account;
    private final Path artifactPath;
    private final FolderUse use;
    private final IntentRecipe recipe;

    PlanTask(Supplier<Engine> engine, SignerAccess account, Path artifactPath, FolderUse use, IntentRecipe recipe) {
        this.engine = engine;
        this.account = account;
        this.artifactPath = artifactPath;
        this.use = use;
        this.recipe = recipe;
    }

    @Override
    protected Planned call() throws Exception {
        LocalArtifact artifact = null;
        if (artifactPath != null) {
            updateMessage(EngineWords.MEASURING);
            artifact = Engine.measure(artifactPath, use);
        }
        if (isCancelled()) {
            return null;
        }
        updateMessage(EngineWords.PLANNING);
        String address = account.address().orElseThrow(() -> new IllegalStateException(EngineWords.NO_ACCOUNT));
        Engine e = engine.get();
        PlanContext context = e.context(address, address, account.watchOnly());
        Intent intent = recipe.build(artifact);
        return new Planned(e.plan(intent, context), artifact, context.inventory());
    }
}
