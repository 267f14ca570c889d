package org.alephdeploy.deploy.plan;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Consumer;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.pack.ArchiveListing;
import org.alephdeploy.deploy.plan.PlanWorld.Owner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.Test;
import java.util.List;

/** The compute node's rules for new code and volume files, checked by the planner before signing. */
class CodeAndVolumeRulesTest {
    private final PlanWorld w = new PlanWorld(true, true, true);

    /** A program of the world's account following its code and volume, with {@code edit} applied to its content. */
    private Message program(Consumer<ObjectNode> edit) {
        Signed.ProgramSpec spec = w.spec(1767225800 + w.extra.size(), true, true, true);
        spec.owner = KEY0.address();
        ObjectNode c = spec.content();
        edit.accept(c);
        Message m = Signed.sign(KEY0, MessageType.PROGRAM, c);
        w.extra.add(m);
        return m;
    }

    private PlanResult plan(Intent i) {
        return Planner.plan(i, w.context(Owner.SELF));
    }

    private static LocalArtifact zip(long size, ArchiveListing listing) {
        return new LocalArtifact("/tmp/code", Signed.fileHash("code " + size + listing), size, ArtifactEncoding.ZIP, true, List.of(), listing);
    }

    private static ArchiveListing files(Set<String> files, Set<String> executables) {
        return new ArchiveListing(files, executables, true);
    }

    private static String reason(PlanResult r) {
        assertThat(r).isInstanceOf(Refusal.class);
        return ((Refusal) r).reason();
    }

    @Test
    void anAsgiModuleMustBeAtTheArchiveRootFollowingDottedPaths() {
        Message p = program(c -> ((ObjectNode) c.get("code")).put("entrypoint", "pkg.web:app"));
        assertThat(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("pkg/web.py"), Set.of()))))).isInstanceOf(Plan.class);
        assertThat(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("pkg/web/__init__.py"), Set.of())))))
                .isInstanceOf(Plan.class);
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("src/pkg/web.py"), Set.of()))))))
                .contains("pkg.web:app").contains("you picked the folder above your program: use src/");
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("web.py"), Set.of()))))))
                .contains("pkg/web.py").contains("pkg.web:app");
    }

    @Test
    void aModuleThatAVolumeAtOptPackagesMayProvideIsAWarning() {
        Message p = program(c -> c.withArray("volumes").addObject().put("mount", "/opt/packages").put("ref", w.vol.itemHash())
                .put("use_latest", true));
        PlanResult r = plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("other.py"), Set.of()))));
        assertThat(r).isInstanceOfSatisfying(Plan.class, plan -> assertThat(plan.warnings()).anyMatch(x -> x.words()
                .contains("/opt/packages") && x.words().contains("main.py")));
    }

    @Test
    void anExecutableEntrypointMustExistBeExecutableAndShipAsAZip() {
        Message p = program(c -> ((ObjectNode) c.get("code")).put("entrypoint", "run.sh"));
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("app.py"), Set.of()))))))
                .contains("run.sh").contains("entrypoint");
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("run.sh"), Set.of()))))))
                .contains("chmod +x run.sh");
        assertThat(plan(new Intent.UpdateCode(p.itemHash(), zip(100, files(Set.of("run.sh"), Set.of("run.sh"))))))
                .isInstanceOf(Plan.class);
        assertThat(reason(plan(new Intent.Recreate(p.itemHash(), SettingsChange.none(), PlanWorld.SQUASHFS, true))))
                .contains("chmod").contains("must be a zip");
    }

    @Test
    void plainCodeNeedsAnEntrypointWithoutAColon() {
        Message p = program(c -> ((ObjectNode) c.get("code")).put("encoding", "plain"));
        LocalArtifact plain = new LocalArtifact("/tmp/app.py", Signed.fileHash("plain app"), 100, ArtifactEncoding.PLAIN, false);
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), plain)))).contains("main:app").contains("without ':'");
    }

    @Test
    void zipCodeOverTheInlineLimitIsRefused() {
        Message p = program(c -> { });
        assertThat(reason(plan(new Intent.UpdateCode(p.itemHash(), zip(10_000_001, files(Set.of("main.py"), Set.of()))))))
                .contains("10000000").contains("squashfs");
        assertThat(plan(new Intent.UpdateCode(p.itemHash(), zip(10_000_000, files(Set.of("main.py"), Set.of())))))
                .isInstanceOf(Plan.class);
    }

    @Test
    void aFolderPackedAsSquashfsForAnAmendableZipProgramIsOfferedTheAmendThatSwitchesTheEncoding() {
        Message p = program(c -> { });
        LocalArtifact squashfs = new LocalArtifact("/tmp/big", Signed.fileHash("big folder"), 30_000_000, ArtifactEncoding.SQUASHFS,
                true, List.of(), files(Set.of("main.py"), Set.of()));
        Refusal r = (Refusal) plan(new Intent.UpdateCode(p.itemHash(), squashfs));
        assertThat(r.reason()).contains(String.valueOf(CodeRules.MAX_INLINE)).contains("code.encoding zip");
        assertThat(r.alternative()).isEqualTo(new Intent.UpdateCode(p.itemHash(), squashfs, true));
        Plan amend = (Plan) plan(r.alternative());
        assertThat(amend.steps()).filteredOn(s -> s instanceof Step.PublishProgram).singleElement().satisfies(s -> {
            ObjectNode content = ((Step.PublishProgram) s).template().content();
            assertThat(content.path("code").path("encoding").asText()).isEqualTo("squashfs");
            assertThat(content.path("replaces").asText()).isEqualTo(p.itemHash());
        });
    }

    @Test
    void refusedVolumesAreCarriedIntoARecreateOnlyWithAWarning() {
        Message p = program(c -> {
            c.withArray("volumes").addObject().put("mount", "/tmp/scratch").put("ephemeral", true).put("size_mib", 10);
            c.withArray("volumes").addObject().put("mount", "/var/db").put("persistence", "store").put("name", "db")
                    .put("size_mib", 100);
        });
        Plan plan = (Plan) plan(new Intent.Recreate(p.itemHash(), SettingsChange.resources(2, null, null), null, true));
        assertThat(plan.warnings()).anyMatch(x -> x.words().contains("/tmp/scratch") && x.words().contains("will not start"));
        assertThat(plan.warnings()).anyMatch(x -> x.words().contains("/var/db") && x.words().contains("\"store\""));
    }

    @Test
    void updatesSayWhatHappensToPersistentAndOnDemandPrograms() {
        Message persistent = program(c -> c.with("on").put("persistent", true));
        Plan p = (Plan) plan(new Intent.UpdateCode(persistent.itemHash(), zip(100, files(Set.of("main.py"), Set.of()))));
        assertThat(p.effects()).anyMatch(e -> e.words().contains("scheduler's next allocation") && e.words().contains("downtime"));

        Message onDemand = program(c -> { });
        Plan q = (Plan) plan(new Intent.UpdateCode(onDemand.itemHash(), zip(100, files(Set.of("main.py"), Set.of()))));
        assertThat(q.effects()).anyMatch(e -> e.words().contains("cold start"));

        Plan volume = (Plan) plan(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS));
        assertThat(volume.effects()).anyMatch(e -> e.subject().equals(persistent.itemHash()) && e.words().contains("downtime"));
        assertThat(volume.effects()).anyMatch(e -> e.subject().equals(onDemand.itemHash()) && e.words().contains("cold start"));
    }

    @Test
    void aVolumeFileThatIsNotSquashfsIsRefusedForFollowersAndNotedForANewVolume() {
        Message p = program(c -> { });
        String reason = reason(plan(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.ZIP)));
        assertThat(reason).contains(p.itemHash()).contains(w.program.itemHash()).contains("stop booting").contains("/data");
        Plan upload = (Plan) plan(new Intent.UploadVolume(PlanWorld.ZIP, "zip"));
        assertThat(upload.warnings()).anyMatch(x -> x.words().contains("programs cannot mount it"));
    }
}
