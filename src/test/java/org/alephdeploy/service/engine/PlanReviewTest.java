package org.alephdeploy.service.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Funds;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanContext;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.DemoSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review of real plans made on a demo sandbox: summary, before/after, what breaks, the bill, the messages. */
class PlanReviewTest {
    private final SandboxEngine sandbox = SandboxEngine.start();
    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PlanReview review(Intent intent, PlanContext ctx) {
        PlanResult r = sandbox.engine().plan(intent, ctx);
        assertThat(r).as(String.valueOf(r)).isInstanceOf(Plan.class);
        return PlanReview.of((Plan) r, ctx.inventory(), ctx.funds());
    }

    private PlanContext context() {
        return sandbox.engine().context(DemoSeed.ACCOUNT_0, DemoSeed.ACCOUNT_0, false);
    }

    private static ProgramView program(PlanContext ctx, String name) {
        return ctx.inventory().programs().stream().map(c -> c.current()).filter(p -> name.equals(p.name())).findFirst()
                .orElseThrow();
    }

    private LocalArtifact zip(String name) throws Exception {
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("main.py"));
            out.write("print('v2.4')\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return Engine.measure(zip, FolderUse.CODE);
    }

    @Test
    void anInPlaceCodeUpdateKeepsTheUrlAndNamesTheFileNotItsPath() throws Exception {
        PlanContext ctx = context();
        ProgramView webApi = program(ctx, DemoSeed.WEB_API);
        PlanReview r = review(new Intent.UpdateCode(webApi.itemHash(), zip("weather-api-2.4.zip")), ctx);

        assertThat(r.summary()).isEqualTo(DemoSeed.WEB_API + " · URL stays · running instances get weather-api-2.4.zip");
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("URL");
            assertThat(c.changed()).isFalse();
            assertThat(c.after()).isEqualTo(webApi.url());
        });
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("Code");
            assertThat(c.after()).startsWith("weather-api-2.4.zip (").doesNotContain(temp.toString());
        });
        assertThat(r.breaks()).noneMatch(b -> b.contains("stops working"));
        assertThat(r.bill()).isNotEmpty();
        assertThat(r.messages()).isNotEmpty().allSatisfy(m -> {
            JsonNode json = Json.parse(m.json());
            assertThat(json.path("content").path("time").asText()).isEqualTo("<set when signed>");
            assertThat(json.path("type").asText()).isEqualTo(m.type());
        });
    }

    @Test
    void aRecreateSaysTheUrlChangesAndWhatToUpdate() throws Exception {
        PlanContext ctx = context();
        ProgramView site = program(ctx, DemoSeed.STATIC_SITE);
        PlanReview r = review(new Intent.Recreate(site.itemHash(), SettingsChange.none(), zip("site-2.zip"), true), ctx);

        assertThat(r.summary()).isEqualTo(DemoSeed.STATIC_SITE + " · new URL · re-created with site-2.zip");
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("URL");
            assertThat(c.changed()).isTrue();
        });
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.what()).isEqualTo("Lock");
            assertThat(c.before()).isEqualTo("locked (immutable)");
            assertThat(c.after()).isEqualTo("can be amended");
        });
        assertThat(r.breaks()).anySatisfy(b -> assertThat(b).contains(site.url()).contains("DNS"));
        assertThat(r.breaks()).anySatisfy(b -> assertThat(b).contains("never come back"));
        assertThat(r.messages()).extracting(PlanReview.Message::type).contains("PROGRAM", "FORGET");
    }

    @Test
    void aResourceChangeListsOnlyWhatDiffers() {
        PlanContext ctx = context();
        ProgramView webApi = program(ctx, DemoSeed.WEB_API);
        int memory = webApi.content().memoryMib();
        PlanReview r = review(new Intent.ChangeSettings(webApi.itemHash(), SettingsChange.resources(null, memory * 2, null)), ctx);

        assertThat(r.changes()).extracting(PlanReview.Change::what).contains("URL", "Resources").doesNotContain("Lock", "Variables");
        assertThat(r.changes()).filteredOn(c -> c.what().equals("Resources")).singleElement()
                .satisfies(c -> assertThat(c.after()).contains((memory * 2) + " MiB"));
    }

    @Test
    void theBillReadsLikeABill() {
        Funds funds = new Funds(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("2376000"), BigDecimal.ZERO);
        assertThat(PlanReview.bill(CostEstimate.free(), funds)).containsExactly("Free");
        CostEstimate hold = new CostEstimate("hold", new BigDecimal("341"), BigDecimal.ZERO, BigDecimal.ZERO, true, "341 ALEPH");
        assertThat(PlanReview.bill(hold, funds)).containsExactly("Locks 341 ALEPH (you hold 1,000)");
        CostEstimate credit = new CostEstimate("credit", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3.0555555556"), true,
                "11000 credits/hour", BigDecimal.ZERO, new BigDecimal("216"), null, null, null);
        assertThat(PlanReview.bill(credit, funds)).containsExactly("≈ 11,000 credits/hour — your balance lasts 9 days");
        CostEstimate tooMuch = new CostEstimate("hold", new BigDecimal("5000"), BigDecimal.ZERO, BigDecimal.ZERO, false, "5000 ALEPH");
        assertThat(PlanReview.bill(tooMuch, funds)).hasSize(2).last().asString().contains("do not cover");
    }

    /** A code roll-back reads as one: the code volume, back to its original file, the files by name in the table. */
    @Test
    void aCodeRollBackNamesTheCodeVolumeAndTheFilesNotTheirHashes() {
        PlanContext ctx = context();
        var code = ctx.inventory().volumes().stream().filter(v -> DemoSeed.WEB_API_CODE.equals(v.name())).findFirst().orElseThrow();
        PlanResult r = sandbox.engine().plan(new Intent.Rollback(code.rootHash(), code.rootHash()), ctx);
        assertThat(r).as(String.valueOf(r)).isInstanceOf(Plan.class);
        Plan plan = (Plan) r;
        PlanReview review = PlanReview.of(plan, ctx.inventory(), ctx.funds());

        assertThat(review.summary()).isEqualTo(DemoSeed.WEB_API_CODE + " · back to the original file").doesNotContain(code.rootHash());
        assertThat(plan.steps().get(0).words()).startsWith("publish a revision of the code volume " + code.rootHash())
                .contains("with the file of its original");
        assertThat(review.changes()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("Current file");
            assertThat(c.before()).startsWith(DemoSeed.WEB_API_CODE_V2);
            assertThat(c.after()).startsWith(DemoSeed.WEB_API_CODE + " (");
        });
    }

    /** The code revision list names the app's own revisions by file: the STORE carries the file's name in its metadata. */
    @Test
    void aCodeRevisionCarriesItsFileNameInTheStoresMetadata() throws Exception {
        PlanContext ctx = context();
        ProgramView webApi = program(ctx, DemoSeed.WEB_API);
        PlanResult r = sandbox.engine().plan(new Intent.UpdateCode(webApi.itemHash(), zip("weather-api-2.4.zip")), ctx);
        assertThat(r).as(String.valueOf(r)).isInstanceOf(Plan.class);
        JsonNode store = ((Plan) r).steps().stream().filter(s -> s instanceof Step.PublishStore)
                .map(s -> (JsonNode) ((Step.PublishStore) s).template().content()).findFirst().orElseThrow();
        assertThat(store.path("metadata").path("name").asText()).isEqualTo("weather-api-2.4.zip");
    }

    @Test
    void aVolumeUpdateShowsTheCurrentFileBefore() throws Exception {
        PlanContext ctx = context();
        var config = ctx.inventory().volumes().stream().filter(v -> DemoSeed.CONFIG_VOLUME.equals(v.name())).findFirst().orElseThrow();
        PlanReview r = review(new Intent.UpdateVolume(config.rootHash(), zip("shared-data.zip")), ctx);

        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).isNotEqualTo("—");
            assertThat(c.after()).startsWith("shared-data.zip");
        });
    }
}
