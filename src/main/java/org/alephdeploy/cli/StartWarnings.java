package org.alephdeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alephdeploy.ccn.NodeUrlRisk;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Warnings printed on standard error before a command runs: a node reached over plain http:// on
 * the network ({@link NodeUrlRisk}), and secret files ({@code --secret-file}, {@code --password-file},
 * {@code --passphrase-file}) that other users of the computer may read.
 */
final class StartWarnings {
    private static final Set<String> SECRET_OPTIONS = Set.of("--secret-file", "--password-file", "--passphrase-file");
    private static final Set<PosixFilePermission> OTHERS_READ = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private StartWarnings() {
    }

    static void print(ParseResult parsed, PrintWriter err) {
        for (String w : of(parsed)) {
            err.println(w);
        }
        err.flush();
    }

    static List<String> of(ParseResult parsed) {
        List<String> out = new ArrayList<>();
        for (ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
            for (OptionSpec o : pr.matchedOptions()) {
                String name = o.longestName();
                if (name.equals("--node")) {
                    NodeUrlRisk.warning(o.getValue()).ifPresent(out::add);
                } else if (SECRET_OPTIONS.contains(name) && o.getValue() instanceof Path file && readableByOthers(file)) {
                    out.add("Warning: " + file + " (" + name + ") can be read by other users of this computer, who can then "
                            + "take what it holds. Make it readable by you alone (e.g. chmod 600 " + file + "), or type the "
                            + "secret instead.");
                }
            }
        }
        return out;
    }

    /** True when a user other than the owner (group, others, or another account in the access list) may read the file. */
    static boolean readableByOthers(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> perms = posix.readAttributes().permissions();
                return perms.stream().anyMatch(OTHERS_READ::contains);
            }
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = acl.getOwner();
                for (AclEntry e : acl.getAcl()) {
                    if (e.type() == AclEntryType.ALLOW && e.permissions().contains(AclEntryPermission.READ_DATA)
                            && !e.principal().equals(owner) && !trustedSystemAccount(e.principal().getName())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            // an unreadable file is reported when the command reads it
            return false;
        }
    }

    private static boolean trustedSystemAccount(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.endsWith("\\SYSTEM") || n.equals("SYSTEM") || n.endsWith("\\ADMINISTRATORS") || n.equals("ADMINISTRATORS");
    }
}
