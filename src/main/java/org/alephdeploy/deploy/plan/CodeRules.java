package org.alephdeploy.deploy.plan;

import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.inventory.BootChecks;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.pack.ArchiveListing;
import org.alephdeploy.message.ProgramContent;

/**
 * How compute nodes start code (docs/PROTOCOL.md C-3), checked on new code before anything is signed:
 * inline size, the entrypoint in the archive, executable programs as zips, plain code's entrypoint.
 */
final class CodeRules {
    static final long MAX_INLINE = BootChecks.MAX_INLINE_ARCHIVE_BYTES;
    static final String PACKAGES_MOUNT = "/opt/packages";

    private final Intent intent;

    CodeRules(Intent intent) {
        this.intent = intent;
    }

    /** Compute nodes' interface: {@code code.interface}, else asgi when the entrypoint has a colon, else executable. */
    static String interfaceOf(ProgramView p) {
        String declared = p.message().content().path("code").path("interface").asText(null);
        if (declared != null) {
            return declared;
        }
        String entry = p.content().entrypoint();
        return entry != null && entry.contains(":") ? "asgi" : "executable";
    }

    /**
     * Refuses code that program {@code p} could not start when packaged as {@code encoding}; returns
     * the warnings to show (a module that may come from {@value #PACKAGES_MOUNT}).
     */
    List<String> check(ProgramView p, LocalArtifact a, String encoding) {
        List<String> warnings = new ArrayList<>();
        ProgramContent c = p.content();
        String entry = c.entrypoint();
        String iface = interfaceOf(p);
        String what = a.wasFolder() ? "The folder " + a.path() : a.path();
        if ("plain".equals(encoding) && entry != null && entry.contains(":")) {
            throw Refused.because(intent, "Program " + p.itemHash() + " has plain code with entrypoint '" + entry + "': compute "
                    + "nodes run a plain file and look the entrypoint up by its whole name, so 'module:attr' is never found. "
                    + "Package the code as a zip, or use an entrypoint without ':' such as 'app'.");
        }
        if (("zip".equals(encoding) || "plain".equals(encoding)) && a.size() > MAX_INLINE) {
            throw Refused.because(intent, what + " makes " + a.size() + " bytes of " + encoding + " code, but compute nodes pass "
                    + encoding + " code inline to the VM, at most " + MAX_INLINE + " bytes: the program would answer 500 on every "
                    + "request. Make the code smaller, or package it as squashfs (which changes the program's code.encoding).");
        }
        if ("executable".equals(iface)) {
            checkExecutable(p, a, encoding, entry, what);
        } else if ("asgi".equals(iface) && entry != null && a.listing() != null && !"plain".equals(encoding)) {
            checkModule(p, a.listing(), entry, what, warnings);
        }
        return warnings;
    }

    private void checkExecutable(ProgramView p, LocalArtifact a, String encoding, String entry, String what) {
        if ("squashfs".equals(encoding)) {
            throw Refused.because(intent, "Program " + p.itemHash() + " is an executable program, and compute nodes make its "
                    + "entrypoint executable with chmod, which fails on a read-only squashfs: its code must be a zip. "
                    + "Package the code as a zip of at most " + MAX_INLINE + " bytes.");
        }
        ArchiveListing listing = a.listing();
        if (entry == null || listing == null) {
            return;
        }
        String path = ArchiveListing.normalize(entry);
        if (!listing.has(path)) {
            throw Refused.because(intent, what + " has no file '" + path + "', the entrypoint of program " + p.itemHash()
                    + ": compute nodes start /opt/code/" + path + ". Add it at the root of the archive, or pick the folder "
                    + "that holds it.");
        }
        if (listing.modesKnown() && !listing.executable(path)) {
            throw Refused.because(intent, "The entrypoint '" + path + "' in " + what + " is not executable, so the files it "
                    + "starts would not run either. Make it executable (chmod +x " + path + ") and plan again.");
        }
    }

    private void checkModule(ProgramView p, ArchiveListing listing, String entry, String what, List<String> warnings) {
        String module = entry.substring(0, entry.indexOf(':') < 0 ? entry.length() : entry.indexOf(':')).strip();
        if (module.isEmpty() || listing.hasModule(module)) {
            return;
        }
        String file = module.replace('.', '/');
        if (mountsPackages(p)) {
            warnings.add(what + " has no " + file + ".py or " + file + "/__init__.py at its root, the module of entrypoint '"
                    + entry + "'; the program will start only if the volume at " + PACKAGES_MOUNT + " provides it.");
            return;
        }
        String folder = listing.folderHoldingModule(module).orElse(null);
        if (folder != null) {
            throw Refused.because(intent, "The entrypoint '" + entry + "' needs " + file + ".py or " + file + "/__init__.py at "
                    + "the root of the archive, but " + what + " has it under " + folder + "/: you picked the folder above "
                    + "your program: use " + folder + "/ instead.");
        }
        throw Refused.because(intent, what + " has no " + file + ".py or " + file + "/__init__.py at its root, so compute nodes "
                + "cannot import the module of the entrypoint '" + entry + "' of program " + p.itemHash() + ". Pick the folder "
                + "that holds " + file + ".py, or change the entrypoint.");
    }

    private static boolean mountsPackages(ProgramView p) {
        return p.content().volumes().stream().anyMatch(v -> v.mount() != null
                && PACKAGES_MOUNT.equals(v.mount().replaceAll("/+$", "")));
    }
}
