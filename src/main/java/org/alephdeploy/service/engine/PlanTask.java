package org.alephdeploy.service.engine;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanContext;
import org.alephdeploy.deploy.plan.PlanResult;

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
        return plan(engine, account, artifactPath, use, recipe, this::updateMessage, this::isCancelled);
    }

    /** The same work, blocking, for callers with a worker of their own; {@code words} hears what it does. Null when cancelled. */
    static Planned plan(Supplier<Engine> engine, SignerAccess account, Path artifactPath, FolderUse use, IntentRecipe recipe,
            Consumer<String> words, BooleanSupplier cancelled) throws Exception {
        LocalArtifact artifact = null;
        if (artifactPath != null) {
            words.accept(EngineWords.MEASURING);
            artifact = Engine.measure(artifactPath, use);
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        words.accept(EngineWords.PLANNING);
        String address = account.address().orElseThrow(() -> new IllegalStateException(EngineWords.NO_ACCOUNT));
        Engine e = engine.get();
        PlanContext context = e.context(address, address, account.watchOnly());
        Intent intent = recipe.build(artifact);
        PlanResult result = e.plan(intent, context);
        String digest = result instanceof Plan p ? e.digest(p, address, address) : null;
        return new Planned(result, artifact, context.inventory(), context.funds(), digest);
    }
}
