package org.alephdeploy.service.rehearse;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;

/** The window's one call: copy, plan and run on the copy; the source gets nothing. */
class RehearsalTest {
    @Test
    void aRecreateRehearsedOnTheCopyIsDoneAndVerifiedAndTheSourceGetsNothing() {
        try (SandboxWorld source = SandboxWorld.start(); SandboxWorld copy = SandboxWorld.start()) {
            Message code = source.store(KEY0, "PK\u0003\u0004service rehearsal code", null, "code");
            Signed.ProgramSpec s = new Signed.ProgramSpec();
            s.codeRef = code.itemHash();
            s.allowAmend = true;
            s.name = "service-rehearsal";
            Message program = source.program(KEY0, s);
            long before = source.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong();

            Rehearsal r = new Rehearsal(source.engine, copy.engine, copy.node.url(), copy.dir.resolve("rehearse"));
            List<String> stages = new ArrayList<>();
            Rehearsal.Outcome o = r.run(new Intent.Recreate(program.itemHash(), SettingsChange.none(), null, true, false),
                    KEY0.address(), KEY0, 1L << 20, stages::add, RunListener.NONE, Cancellation.create());

            assertThat(o.copy().refused()).isEmpty();
            assertThat(o.doneAndVerified()).as(String.valueOf(o.run())).isTrue();
            assertThat(stages).anyMatch(l -> l.startsWith("Running on the copy (rehearsal"));
            assertThat(copy.status(program.itemHash())).isEqualTo("forgotten");
            assertThat(copy.programCount(KEY0.address())).isEqualTo(1);
            assertThat(source.status(program.itemHash())).isEqualTo("processed");
            assertThat(source.programCount(KEY0.address())).isEqualTo(1);
            assertThat(source.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong()).isEqualTo(before);
        }
    }
}
