package org.alephdeploy.deploy.plan;

import java.util.List;
import java.util.Objects;

/**
 * What the user wants to change; the {@link Planner} turns it into a plan or a refusal.
 *
 * <p>Code that treats intents differently goes through {@link #accept(Cases)}, never an
 * {@code instanceof} chain: adding an intent adds a method to {@link Cases}, and the compiler then
 * lists every place that must handle it.
 */
public sealed interface Intent {
    /** Words for titles and journals, e.g. "update code of 6c69b3c8…". */
    String words();

    /** The existing items this intent names (programs, volume roots, revisions), its target first. */
    List<String> named();

    /** The existing item this intent acts on, null when it creates a new one. */
    default String target() {
        List<String> named = named();
        return named.isEmpty() ? null : named.get(0);
    }

    /** Calls the method of {@code cases} for this intent's kind. */
    <R> R accept(Cases<R> cases);

    /** One method per kind of intent: the exhaustive switch over {@link Intent}. */
    interface Cases<R> {
        R updateCode(UpdateCode i);

        R updateVolume(UpdateVolume i);

        R uploadVolume(UploadVolume i);

        R pinCid(PinCid i);

        R rollback(Rollback i);

        R changeSettings(ChangeSettings i);

        R deleteProgram(DeleteProgram i);

        R recreate(Recreate i);

        R forgetVolume(ForgetVolume i);
    }

    /**
     * New code for a program (a file or a packed folder). {@code switchEncoding} accepts code
     * packaged otherwise than the program's {@code code.encoding} (a folder that outgrew the inline
     * limit): the program is then amended with the new encoding, never given a revision.
     */
    record UpdateCode(String program, LocalArtifact artifact, boolean switchEncoding) implements Intent {
        public UpdateCode {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(artifact, "artifact");
        }

        public UpdateCode(String program, LocalArtifact artifact) {
            this(program, artifact, false);
        }

        public List<String> named() {
            return List.of(program);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.updateCode(this);
        }

        public String words() {
            return "update the code of program " + program + (switchEncoding ? " as " + artifact.encoding().wire() : "");
        }
    }

    /** A new file for an existing volume (a revision of its root STORE). */
    record UpdateVolume(String root, LocalArtifact artifact) implements Intent {
        public UpdateVolume {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(artifact, "artifact");
        }

        public List<String> named() {
            return List.of(root);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.updateVolume(this);
        }

        public String words() {
            return "update volume " + root;
        }
    }

    /** A new volume from a local file. */
    record UploadVolume(LocalArtifact artifact, String name) implements Intent {
        public UploadVolume {
            Objects.requireNonNull(artifact, "artifact");
        }

        public List<String> named() {
            return List.of();
        }

        public <R> R accept(Cases<R> cases) {
            return cases.uploadVolume(this);
        }

        public String words() {
            return "upload a new volume" + (name == null ? "" : " '" + name + "'");
        }
    }

    /** Pin an IPFS CID, as a new volume ({@code rootOrNull} null) or as a revision of one. */
    record PinCid(String rootOrNull, String cid) implements Intent {
        public PinCid {
            Objects.requireNonNull(cid, "cid");
        }

        public List<String> named() {
            return rootOrNull == null ? List.of() : List.of(rootOrNull);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.pinCid(this);
        }

        public String words() {
            return "pin " + cid + (rootOrNull == null ? " as a new volume" : " as a revision of " + rootOrNull);
        }
    }

    /** Make an older revision's file the current one again, without re-uploading it. */
    record Rollback(String root, String revisionHash) implements Intent {
        public Rollback {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(revisionHash, "revisionHash");
        }

        public List<String> named() {
            return List.of(root, revisionHash);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.rollback(this);
        }

        public String words() {
            return "roll volume " + root + " back to " + revisionHash;
        }
    }

    record ChangeSettings(String program, SettingsChange change) implements Intent {
        public ChangeSettings {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(change, "change");
        }

        public List<String> named() {
            return List.of(program);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.changeSettings(this);
        }

        public String words() {
            return "change the settings of program " + program;
        }
    }

    /** Forget a program and its amends, then optionally the STOREs no other live program uses. */
    record DeleteProgram(String program, boolean forgetUnusedVolumes) implements Intent {
        public DeleteProgram {
            Objects.requireNonNull(program, "program");
        }

        public List<String> named() {
            return List.of(program);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.deleteProgram(this);
        }

        public String words() {
            return "delete program " + program;
        }
    }

    /**
     * Replace a program by a new one (new hash and URL), created before the old one is forgotten
     * unless {@code deleteFirst}. {@code makeUpdatable} makes the new program amendable with code
     * and volumes following latest.
     */
    record Recreate(String program, SettingsChange change, LocalArtifact newCode, boolean makeUpdatable, boolean deleteFirst)
            implements Intent {
        public Recreate {
            Objects.requireNonNull(program, "program");
            change = change == null ? SettingsChange.none() : change;
        }

        public Recreate(String program, SettingsChange change, LocalArtifact newCode, boolean makeUpdatable) {
            this(program, change, newCode, makeUpdatable, false);
        }

        public List<String> named() {
            return List.of(program);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.recreate(this);
        }

        public String words() {
            return "delete and recreate program " + program + (deleteFirst ? " (delete first)" : "");
        }
    }

    /** Forget a volume's root and revisions. */
    record ForgetVolume(String root) implements Intent {
        public ForgetVolume {
            Objects.requireNonNull(root, "root");
        }

        public List<String> named() {
            return List.of(root);
        }

        public <R> R accept(Cases<R> cases) {
            return cases.forgetVolume(this);
        }

        public String words() {
            return "forget volume " + root;
        }
    }
}
