package org.alephdeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.pack.IgnoreRules;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The intents of {@code plan} and {@code apply}, one subcommand each; they share {@link IntentFlow}. */
final class IntentCommands {
    private IntentCommands() {
    }

    /** What every intent subcommand has: who acts, --yes, and the flow (plan only or apply, from the parent). */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SignerOptions who;

        @Option(names = "--yes", description = "apply: do not ask for confirmation.")
        boolean yes;

        abstract Intent intent() throws IOException;

        @Override
        public Integer call() {
            boolean apply = spec.parent() != null && spec.parent().userObject() instanceof ApplyCommand;
            boolean rehearse = apply && ((ApplyCommand) spec.parent().userObject()).rehearse;
            return new IntentFlow(spec, who, apply, yes).rehearsing(rehearse).run(this::intentOrFail);
        }

        private Intent intentOrFail() {
            try {
                return intent();
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
            }
        }

        LocalArtifact measureCode(Path path) throws IOException {
            return noted(Engine.measure(path, FolderUse.CODE));
        }

        LocalArtifact measureVolume(Path path) throws IOException {
            return noted(Engine.measure(path, FolderUse.VOLUME));
        }

        /** Says on stderr (a note, also with --json) how a folder was packed and what was left out of it. */
        private LocalArtifact noted(LocalArtifact a) {
            if (a.wasFolder()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Packed " + a.path() + " as " + a.encoding().wire() + " (" + a.size() + " bytes).");
                if (!a.leftOut().isEmpty()) {
                    err.println("Left out (defaults and " + IgnoreRules.IGNORE_FILE + "): " + String.join(", ", a.leftOut()) + ".");
                }
                err.println("Everything uploaded is public: anyone can download it. Keep secrets out of the folder.");
                err.flush();
            }
            return a;
        }

        static String hash(String value, String what) {
            if (!ItemHashes.isItemHash(value)) {
                throw new CliFailure(ExitCodes.USAGE, "'" + value + "' is not a message hash (64 hex digits): give the " + what + ".");
            }
            return value;
        }
    }

    /** The settings options of {@code change} and {@code recreate}. */
    static final class SettingsOptions {
        @Option(names = "--vcpus", paramLabel = "N", description = "Number of vCPUs.")
        Integer vcpus;

        @Option(names = "--memory", paramLabel = "MIB", description = "Memory in MiB.")
        Integer memory;

        @Option(names = "--timeout", paramLabel = "S", description = "Timeout in seconds.")
        Integer timeout;

        @Option(names = "--runtime", paramLabel = "REF", description = "Runtime root STORE hash (followed latest).")
        String runtime;

        @Option(names = "--env", paramLabel = "K=V", description = "Set an environment variable (repeatable).")
        List<String> env;

        @Option(names = "--unset-env", paramLabel = "K", description = "Remove an environment variable (repeatable).")
        List<String> unset;

        @Option(names = "--persistent", paramLabel = "true|false", arity = "1", description = "Persistent (always on) or on demand.")
        Boolean persistent;

        @Option(names = "--internet", paramLabel = "true|false", arity = "1",
                description = "Internet access (an on-demand program with internet costs twice the compute units).")
        Boolean internet;

        SettingsChange change() {
            Map<String, String> set = new LinkedHashMap<>();
            if (env != null) {
                for (String kv : env) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new CliFailure(ExitCodes.USAGE, "--env needs KEY=VALUE, got '" + kv + "'.");
                    }
                    set.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            Set<String> remove = unset == null ? Set.of() : new LinkedHashSet<>(unset);
            List<ReferenceChange> refs = runtime == null ? List.of()
                    : List.of(new ReferenceChange(Reference.Role.RUNTIME, null, Base.hash(runtime, "runtime STORE hash"), true));
            return new SettingsChange(vcpus, memory, timeout, set, remove, persistent, internet, null, refs);
        }
    }

    @Command(name = "update-code", mixinStandardHelpOptions = true,
            description = "New code for a program (a file, or a folder: zipped, or a squashfs image above 10,000,000 bytes).")
    static final class UpdateCode extends Base {
        @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Parameters(index = "1", paramLabel = "PATH", description = "The code archive or folder.")
        Path path;

        Intent intent() throws IOException {
            return new Intent.UpdateCode(hash(program, "program's item hash"), measureCode(path));
        }
    }

    @Command(name = "update-volume", mixinStandardHelpOptions = true,
            description = "A new file for a volume (a revision of its root STORE); a folder becomes a squashfs image.")
    static final class UpdateVolume extends Base {
        @Parameters(index = "0", paramLabel = "ROOT", description = "The volume's root STORE hash.")
        String root;

        @Parameters(index = "1", paramLabel = "PATH", description = "The new file or folder.")
        Path path;

        Intent intent() throws IOException {
            return new Intent.UpdateVolume(hash(root, "volume's root STORE hash"), measureVolume(path));
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true, description = "A new volume from a local file or folder (a folder becomes a squashfs image).")
    static final class Upload extends Base {
        @Parameters(index = "0", paramLabel = "PATH", description = "The file or folder.")
        Path path;

        @Option(names = "--name", paramLabel = "NAME", description = "A name for the volume (metadata.name).")
        String name;

        Intent intent() throws IOException {
            return new Intent.UploadVolume(measureVolume(path), name);
        }
    }

    @Command(name = "pin-cid", mixinStandardHelpOptions = true,
            description = "Pin an IPFS CID: 'pin-cid ROOT CID' as a revision of a volume, 'pin-cid --new CID' as a new volume.")
    static final class PinCid extends Base {
        @Option(names = "--new", description = "Pin the CID as a new volume.")
        boolean asNew;

        @Parameters(arity = "1..2", paramLabel = "ROOT CID", description = "The volume's root STORE hash (not with --new), then the CID.")
        List<String> args;

        Intent intent() {
            if (asNew != (args.size() == 1)) {
                throw new CliFailure(ExitCodes.USAGE, "Give either 'pin-cid ROOT CID' or 'pin-cid --new CID'.");
            }
            return asNew ? new Intent.PinCid(null, args.get(0))
                    : new Intent.PinCid(hash(args.get(0), "volume's root STORE hash"), args.get(1));
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Make an older revision's file current again (no upload; the file must still be on the node).")
    static final class Rollback extends Base {
        @Parameters(index = "0", paramLabel = "ROOT", description = "The volume's root STORE hash.")
        String root;

        @Parameters(index = "1", paramLabel = "REVISION", description = "The STORE hash (root or revision) whose file to restore.")
        String revision;

        Intent intent() {
            return new Intent.Rollback(hash(root, "volume's root STORE hash"), hash(revision, "revision's STORE hash"));
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true,
            description = "Change a program's settings: an amend when allowed (new hash and URL), never in place.")
    static final class Change extends Base {
        @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Mixin
        SettingsOptions settings;

        Intent intent() {
            return new Intent.ChangeSettings(hash(program, "program's item hash"), settings.change());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Forget a program and its amends (backed up locally first).")
    static final class Delete extends Base {
        @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Option(names = "--forget-volumes", description = "Also forget its volumes that no other live program uses.")
        boolean forgetVolumes;

        Intent intent() {
            return new Intent.DeleteProgram(hash(program, "program's item hash"), forgetVolumes);
        }
    }

    @Command(name = "recreate", mixinStandardHelpOptions = true,
            description = "Replace a program by a new one (new hash and URL), created before the old one is forgotten.")
    static final class Recreate extends Base {
        @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program's item hash.")
        String program;

        @Mixin
        SettingsOptions settings;

        @Option(names = "--code", paramLabel = "PATH", description = "New code for the new program.")
        Path code;

        @Option(names = "--keep-locks", description = "Keep allow_amend and the pins as they are (default: make the new program updatable).")
        boolean keepLocks;

        @Option(names = "--delete-first", description = "Forget the old program before creating the new one (when the balance cannot carry both).")
        boolean deleteFirst;

        Intent intent() throws IOException {
            return new Intent.Recreate(hash(program, "program's item hash"), settings.change(), code == null ? null : measureCode(code),
                    !keepLocks, deleteFirst);
        }
    }

    @Command(name = "forget-volume", mixinStandardHelpOptions = true, description = "Forget a volume's root and revisions (no live program may use it).")
    static final class ForgetVolume extends Base {
        @Parameters(index = "0", paramLabel = "ROOT", description = "The volume's root STORE hash.")
        String root;

        Intent intent() {
            return new Intent.ForgetVolume(hash(root, "volume's root STORE hash"));
        }
    }
}
