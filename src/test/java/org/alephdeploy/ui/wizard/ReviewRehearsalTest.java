package org.alephdeploy.ui.wizard;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.service.engine.LocalProgramCheck;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.model.Sizes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Rehearse first" on the review page, without the toolkit: one sandbox stands for the real
 * network, a second one holds the copy; the rehearsal runs synchronously.
 */
class ReviewRehearsalTest {
    private static final String REAL = "custom-source";

    private final SandboxWorld source = SandboxWorld.start();
    private final SandboxWorld copy = SandboxWorld.start();
    private final WizardState state = new WizardState(null, null, WizardInputs.NONE);
    private final AtomicReference<String> realNetwork = new AtomicReference<>(REAL);
    private Runnable duringOpen = () -> { };
    private IOException openFailure;
    private final LockedKey0 account = new LockedKey0();
    private final AtomicLong sessionCap = new AtomicLong(Rehearsals.DEFAULT_MAX_FILE_SIZE);
    private final EngineTasks engine = new EngineTasks(() -> source.engine, account).rehearseWith(new Rehearsals() {
        @Override
        public Optional<String> realNetwork() {
            return Optional.ofNullable(realNetwork.get());
        }

        @Override
        public Rehearsal open() throws IOException {
            duringOpen.run();
            if (openFailure != null) {
                throw openFailure;
            }
            return new Rehearsal(source.engine, copy.engine, copy.node.url(), copy.dir.resolve("rehearse"));
        }

        @Override
        public long maxFileSize() {
            return sessionCap.get();
        }

        @Override
        public void rememberMaxFileSize(long bytes) {
            sessionCap.set(bytes);
        }
    });

    @AfterEach
    void stop() {
        copy.close();
        source.close();
    }

    @Test
    void aRehearsalRunsOnTheCopyAndRunForRealPlansAgainOnTheRealNetwork() {
        String program = program();
        long before = messageCount(source);
        ReviewViewModel vm = review(program);
        vm.plan();
        assertThat(vm.rehearsalSourceProperty().get()).isEqualTo(REAL);
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
        assertThat(vm.rehearsalModeProperty().get()).isFalse();
        assertThat(vm.rehearsalStripProperty().get()).isNull();
        List<Boolean> modeWhileRunning = new ArrayList<>();
        List<Boolean> signableWhileRunning = new ArrayList<>();
        duringOpen = () -> {
            modeWhileRunning.add(vm.rehearsalModeProperty().get());
            signableWhileRunning.add(vm.signable());
        };

        vm.rehearse();

        assertThat(modeWhileRunning).containsExactly(true);
        assertThat(signableWhileRunning).as("nothing is signed for real while rehearsing").containsExactly(false);
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.DONE);
        assertThat(vm.rehearsalModeProperty().get()).as("the result is shown in rehearsal mode").isTrue();
        assertThat(vm.rehearsalStripProperty().get()).startsWith("REHEARSAL on a local copy of your state on " + REAL)
                .endsWith("nothing is sent to " + REAL + ".");
        assertThat(vm.signable()).isFalse();
        assertThat(RehearsalMode.title("Re-create review-rehearsal")).isEqualTo("Rehearsal: Re-create review-rehearsal");
        assertThat(vm.rehearsalErrorProperty().get()).isNull();
        RehearsalReport report = vm.rehearsalProperty().get();
        assertThat(report.heading()).isEqualTo("REHEARSAL on a local copy — nothing was sent to " + REAL);
        assertThat(report.lines().get(0)).startsWith("Copied ").contains("from " + REAL);
        assertThat(report.doneAndVerified()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.lines()).as("one outcome line").contains("Done and verified on the copy.")
                .noneMatch(l -> l.startsWith("Done: every step ran"));
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(copy.status(program)).isEqualTo("forgotten");
        assertThat(source.status(program)).isEqualTo("processed");
        assertThat(messageCount(source)).isEqualTo(before);

        vm.runForReal();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
        assertThat(vm.rehearsalModeProperty().get()).isFalse();
        assertThat(vm.rehearsalStripProperty().get()).isNull();
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.reviewProperty().get()).isNotNull();
        assertThat(vm.signable()).isTrue();
        assertThat(messageCount(source)).isEqualTo(before);
    }

    @Test
    void aLockedAccountIsUnlockedWithThePasswordGivenNextToTheButton() {
        account.locked = true;
        ReviewViewModel vm = review(program());
        vm.plan();
        assertThat(vm.rehearsalPasswordNeededProperty().get()).isTrue();

        char[] wrong = "wrong".toCharArray();
        vm.rehearse(wrong);
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.FAILED);
        assertThat(vm.rehearsalErrorProperty().get()).contains("The password is wrong.");
        assertThat(wrong).containsOnly('\0');

        vm.rehearse("secret".toCharArray());
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.DONE);
        assertThat(vm.rehearsalErrorProperty().get()).isNull();
        assertThat(vm.rehearsalPasswordNeededProperty().get()).isFalse();
    }

    @Test
    void onTheSandboxItselfNoRehearsalIsOffered() {
        realNetwork.set(null);
        ReviewViewModel vm = review(program());
        vm.plan();

        assertThat(vm.reviewProperty().get()).isNotNull();
        assertThat(vm.rehearsalSourceProperty().get()).isNull();
        vm.rehearse();
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
    }

    @Test
    void aFailedRehearsalSaysWhatHappenedAndWhatToDo() {
        openFailure = new IOException("The local sandbox could not start: its port is taken.");
        ReviewViewModel vm = review(program());
        vm.plan();
        vm.rehearse();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.FAILED);
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.rehearsalErrorProperty().get()).contains("its port is taken").contains("Nothing was sent to " + REAL)
                .contains("rehearse again");
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(vm.signable()).isTrue();
    }

    @Test
    void aCancelledRehearsalSendsNothingAndShowsNoResult() {
        String program = program();
        long before = messageCount(source);
        ReviewViewModel vm = review(program);
        vm.plan();
        duringOpen = vm::cancelRehearsal;
        vm.rehearse();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.CANCELLED);
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.rehearsalErrorProperty().get()).contains("cancelled").contains(REAL);
        assertThat(vm.rehearsalModeProperty().get()).as("a cancel leaves the rehearsal mode").isFalse();
        assertThat(vm.signable()).isTrue();
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(copy.status(program)).isNotEqualTo("forgotten");
        assertThat(messageCount(source)).isEqualTo(before);
    }

    @Test
    void aProgramThatAnswersShowsItBootsAndTheFirstLinesOfItsAnswer() {
        copy.node.computeNode().runPrograms(true);
        ReviewViewModel vm = review(answeringProgram("<h1>rehearsed</h1>\n\u0001second line\n"));
        vm.plan();
        vm.rehearse();

        RehearsalReport report = vm.rehearsalProperty().get();
        assertThat(vm.rehearsalErrorProperty().get()).isNull();
        assertThat(report.doneAndVerified()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.verdict()).as(String.join("\n", report.program())).isEqualTo(LocalProgramCheck.Verdict.ANSWERED);
        assertThat(report.program()).first().isEqualTo("Boots: every compute node rule passes.");
        assertThat(report.program().get(1)).matches("GET / answered HTTP 200 in \\d+\\.\\d s \\(\\d+ B\\):");
        assertThat(report.answer()).containsExactly("<h1>rehearsed</h1>", "\\u0001second line");
    }

    @Test
    void aProgramThatWillNotStartSaysWhyAndThatTheNetworkWouldRefuseItToo() {
        copy.node.computeNode().runPrograms(true);
        ReviewViewModel vm = review(program());
        vm.plan();
        vm.rehearse();

        RehearsalReport report = vm.rehearsalProperty().get();
        assertThat(report.doneAndVerified()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.verdict()).as(String.join("\n", report.program())).isEqualTo(LocalProgramCheck.Verdict.WILL_NOT_START);
        assertThat(report.program().get(0)).containsPattern("^Will not start \\(checked in \\d+\\.\\d s\\): .+");
        assertThat(report.program().get(1)).contains("A compute node of " + REAL + " would refuse it too");
        assertThat(report.answer()).isEmpty();
    }

    @Test
    void aFileOverTheCapIsLeftRemoteCountedAndFetchedByTheBootCheck() {
        copy.node.computeNode().runPrograms(true);
        String program = answeringProgram("small");
        ReviewViewModel vm = review(program);
        vm.plan();
        assertThat(vm.rehearsalCapProperty().get()).as("the command line's default").isEqualTo("100 MiB");

        vm.rehearsalCapProperty().set("a lot");
        assertThat(vm.rehearsalCapValidProperty().get()).isFalse();
        vm.rehearse();
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
        assertThat(vm.rehearsalErrorProperty().get()).contains("not a size").contains("100 MiB");

        vm.rehearsalCapProperty().set("100 B");
        assertThat(vm.rehearsalCapValidProperty().get()).isTrue();
        assertThat(vm.rehearsalErrorProperty().get()).as("a corrected cap clears its error").isNull();
        vm.rehearse();

        RehearsalReport report = vm.rehearsalProperty().get();
        long codeSize = size(codeFile);
        long runtimeSize = size(source.content(SandboxWorld.RUNTIME).path("item_hash").asText());
        assertThat(codeSize).isGreaterThan(100);
        assertThat(report.remoteFiles()).as("the code and the runtime").isEqualTo(2);
        assertThat(report.lines().get(1)).isEqualTo("2 files, " + Sizes.bytes(codeSize + runtimeSize)
                + " in all, above the cap of 100 B stay on " + REAL
                + ": the local compute node fetches them only if a program needs them.");
        assertThat(report.verdict()).as("the boot check fetched the remote code: " + report.program())
                .isEqualTo(LocalProgramCheck.Verdict.ANSWERED);
        assertThat(sessionCap.get()).isEqualTo(100);

        ReviewViewModel next = review(program);
        next.plan();
        assertThat(next.rehearsalCapProperty().get()).as("remembered for the session").isEqualTo("100 B");
    }

    private String codeFile;

    private long size(String fileHash) {
        return source.get("/api/v0/storage/metadata/" + fileHash).path("size").asLong();
    }

    /** A program whose code is a real zip with an ASGI main.py answering {@code body} to GET /. */
    private String answeringProgram(String body) {
        String main = """
                async def app(scope, receive, send):
                    if scope["type"] == "lifespan":
                        await receive()
                        await send({"type": "lifespan.startup.complete"})
                        return
                    await receive()
                    await send({"type": "http.response.start", "status": 200,
                                "headers": [[b"content-type", b"text/html"]]})
                    await send({"type": "http.response.body", "body": %s.encode()})
                """.formatted(pythonString(body));
        byte[] zip = zip(main);
        String hash = ItemHashes.sha256Hex(zip);
        ObjectNode c = ContentWriter.store(KEY0.address(), source.seedTime(), ItemType.STORAGE, hash, null, null,
                new Payment("ETH", null, Payment.HOLD));
        Message code = MessageDraft.inline(MessageType.STORE, SandboxWorld.CHANNEL, c).sign(KEY0);
        source.client.addFile(source.file("code-" + hash, zip), code, false, null, null);
        source.awaitProcessed(code.itemHash());
        codeFile = hash;
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.name = "answering";
        return source.program(KEY0, s).itemHash();
    }

    private static String pythonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(ch -> out.append(ch < 0x20 || ch == '"' || ch == '\\' ? String.format("\\x%02x", ch) : String.valueOf((char) ch)));
        return out.append('"').toString();
    }

    private static byte[] zip(String main) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("main.py"));
            z.write(main.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String program() {
        Message code = source.store(KEY0, "PK\u0003\u0004review rehearsal code", null, "code");
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.name = "review-rehearsal";
        return source.program(KEY0, s).itemHash();
    }

    private static long messageCount(SandboxWorld world) {
        return world.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong();
    }

    private ReviewViewModel review(String program) {
        WizardSpec spec = new WizardSpec() {
            @Override
            public String titleKey() {
                return "wizard.review.title";
            }

            @Override
            public List<String> inputPages() {
                return List.of();
            }

            @Override
            public Path artifact(WizardState s) {
                return null;
            }

            @Override
            public Intent intent(WizardState s, LocalArtifact artifact) {
                return new Intent.Recreate(program, SettingsChange.none(), null, true, false);
            }
        };
        return new ReviewViewModel(state, spec, engine, new SyncFxTasks());
    }

    /** KEY0, locked until given "secret" when {@link #locked} is set. */
    private static final class LockedKey0 implements SignerAccess {
        private volatile boolean locked;

        @Override
        public Optional<String> address() {
            return Optional.of(KEY0.address());
        }

        @Override
        public boolean watchOnly() {
            return false;
        }

        @Override
        public boolean locked() {
            return locked;
        }

        @Override
        public MessageSigner unlock(char[] password) throws UnlockException {
            if (!"secret".equals(new String(password))) {
                throw new UnlockException("The password is wrong.");
            }
            locked = false;
            return KEY0;
        }

        @Override
        public Optional<MessageSigner> signer() {
            return locked ? Optional.empty() : Optional.of(KEY0);
        }
    }
}
