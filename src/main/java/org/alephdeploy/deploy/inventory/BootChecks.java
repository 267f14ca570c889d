package org.alephdeploy.deploy.inventory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.Volume;

/**
 * A compute node's rules for starting a program (docs/PROTOCOL.md C-2), applied to the files it would
 * use now: the current revision (by owner and root) of what follows latest, the pinned message
 * otherwise. A file whose kind has not been read yet is given the benefit of the doubt.
 */
public final class BootChecks {
    /** Zip and plain code and data are passed inline to the VM, up to this many bytes (MAX_PROGRAM_ARCHIVE_SIZE). */
    public static final long MAX_INLINE_ARCHIVE_BYTES = 10_000_000L;

    private BootChecks() {
    }

    public static BootCheck of(Inventory inv, ProgramView p) {
        List<BootProblem> problems = new ArrayList<>();
        ProgramContent c = p.content();
        if (c == null) {
            return BootCheck.of(problems);
        }
        for (ResolvedReference r : p.references()) {
            if (r.role() == Reference.Role.PARENT) {
                continue;
            }
            if (missing(r)) {
                problems.add(new BootProblem(BootProblem.REF_MISSING, "The " + r.label() + " STORE " + r.reference().ref()
                        + (r.known() ? " is " + r.inEffect().status().wire() : " is unknown to the node")
                        + ": compute nodes cannot fetch its file.", r.reference().ref()));
                continue;
            }
            fileProblem(inv, c, r, problems);
        }
        for (Volume v : c.volumes()) {
            String unsupported = unsupported(v);
            if (unsupported != null) {
                problems.add(new BootProblem(BootProblem.VOLUME_KIND_UNSUPPORTED, "The volume at " + v.mount() + " is "
                        + unsupported + ": compute nodes refuse to start programs with such a volume.", v.mount()));
            }
        }
        return BootCheck.of(problems);
    }

    /** Why compute nodes refuse the volume (ephemeral, or persistent not on the host), or null when they accept it. */
    public static String unsupported(Volume v) {
        if (v.kind() == Volume.Kind.EPHEMERAL) {
            return "ephemeral";
        }
        if (v.kind() == Volume.Kind.PERSISTENT && !"host".equals(v.persistence())) {
            return v.persistence() == null ? "persistent without persistence \"host\""
                    : "persistent with persistence \"" + v.persistence() + "\" (only \"host\" is supported)";
        }
        return null;
    }

    /**
     * The files whose kind the boot checks of {@code inv}'s own programs need and that are not known
     * yet: storage files (not IPFS) used as runtime, volume, data or archive code.
     */
    public static Set<String> filesToRead(Inventory inv) {
        Set<String> out = new LinkedHashSet<>();
        for (ProgramView p : inv.livePrograms()) {
            ProgramContent c = p.content();
            for (ResolvedReference r : p.references()) {
                if (r.role() == Reference.Role.PARENT || missing(r) || r.fileHash() == null
                        || r.inEffect().fileType() == ItemType.IPFS || inv.fileKind(r.fileHash()).isPresent()) {
                    continue;
                }
                if (r.role() == Reference.Role.CODE && (c == null || "plain".equals(c.codeEncoding()))) {
                    continue;
                }
                out.add(r.fileHash());
            }
        }
        return out;
    }

    private static boolean missing(ResolvedReference r) {
        return !r.known() || r.inEffect() == null
                || (!r.inEffect().status().live() && r.inEffect().status() != MessageStatus.PENDING);
    }

    private static void fileProblem(Inventory inv, ProgramContent c, ResolvedReference r, List<BootProblem> problems) {
        ArchiveMagic kind = r.fileHash() == null ? null : inv.fileKind(r.fileHash()).orElse(null);
        Long size = r.size() != null ? r.size() : r.inEffect().size();
        String subject = r.inEffect().itemHash();
        switch (r.role()) {
            case RUNTIME -> {
                if (kind != null && kind != ArchiveMagic.SQUASHFS) {
                    problems.add(new BootProblem(BootProblem.RUNTIME_NOT_SQUASHFS, "The runtime's file (STORE " + subject + ") is "
                            + kind.insteadOf(ArchiveMagic.SQUASHFS) + ": compute nodes cannot boot it. Use a runtime published "
                            + "as a squashfs image, such as the official one.", subject));
                }
            }
            case VOLUME -> {
                if (kind != null && kind != ArchiveMagic.SQUASHFS) {
                    problems.add(new BootProblem(BootProblem.VOLUME_NOT_SQUASHFS, "The volume at " + r.reference().mount()
                            + " uses STORE " + subject + ", whose file is " + kind.insteadOf(ArchiveMagic.SQUASHFS) + ": the "
                            + "guest cannot mount it and stops booting. Upload the volume again as a squashfs image (update the "
                            + "volume with its folder).", subject));
                }
            }
            case DATA -> {
                if (size != null && size > MAX_INLINE_ARCHIVE_BYTES) {
                    problems.add(new BootProblem(BootProblem.DATA_TOO_LARGE, "The data file (STORE " + subject + ") is " + size
                            + " bytes; compute nodes take data zips of at most " + MAX_INLINE_ARCHIVE_BYTES + " bytes.", subject));
                } else if (kind != null && kind != ArchiveMagic.ZIP) {
                    problems.add(new BootProblem(BootProblem.DATA_NOT_ZIP, "The data file (STORE " + subject + ") is "
                            + kind.insteadOf(ArchiveMagic.ZIP) + ": compute nodes unzip data into /data. Upload the data again "
                            + "as a zip.", subject));
                }
            }
            case CODE -> codeProblem(c, kind, size, subject, problems);
            default -> {
            }
        }
    }

    private static void codeProblem(ProgramContent c, ArchiveMagic kind, Long size, String subject, List<BootProblem> problems) {
        String encoding = c.codeEncoding();
        boolean inline = "zip".equals(encoding) || "plain".equals(encoding);
        if (inline && size != null && size > MAX_INLINE_ARCHIVE_BYTES) {
            problems.add(new BootProblem(BootProblem.CODE_TOO_LARGE, "The code (STORE " + subject + ") is " + size
                    + " bytes, but " + encoding + " code is passed inline to the VM, at most " + MAX_INLINE_ARCHIVE_BYTES
                    + " bytes: the program answers 500 on every request. Package the code as squashfs.", subject));
            return;
        }
        ArchiveMagic expected = "squashfs".equals(encoding) ? ArchiveMagic.SQUASHFS : "zip".equals(encoding) ? ArchiveMagic.ZIP : null;
        if (expected != null && kind != null && kind != expected) {
            problems.add(new BootProblem(BootProblem.CODE_ENCODING_MISMATCH, "The code (STORE " + subject + ") is "
                    + kind.words() + ", but the program declares code.encoding " + encoding + ": compute nodes cannot open it.",
                    subject));
        }
    }
}
