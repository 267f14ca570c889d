package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.file.LinkOption;

/**
 * The private file tree one start of a program runs in: a directory standing for the guest's root,
 * with the code where the guest puts it ({@code /opt} for ASGI zip code, {@code /opt/code}
 * otherwise), each immutable volume extracted at its mount path, the data unzipped at its mount, and
 * persistent host volumes linked to a directory kept per program across starts.
 */
final class Workspace {
    private final Path root;
    private final Path codeDir;
    private final Path codeFile;
    private final Map<String, Path> mounts = new LinkedHashMap<>();

    private Workspace(Path root, Path codeDir, Path codeFile) {
        this.root = root;
        this.codeDir = codeDir;
        this.codeFile = codeFile;
    }

    /** Builds the tree under {@code runDir} for {@code report}; persistent volumes live under {@code persistentDir}. */
    static Workspace prepare(BootReport report, Path runDir, Path persistentDir) throws IOException, VmFailure {
        Path root = Files.createDirectories(runDir.resolve("root"));
        BootReport.Launch launch = report.launch();
        boolean asgiZip = launch.interfaceName().equals("asgi") && launch.encoding().equals("zip");
        Path codeDir = Files.createDirectories(root.resolve(asgiZip ? "opt" : "opt/code"));
        Path codeFile = null;
        Path code = report.code().file();
        switch (launch.encoding()) {
            case "squashfs" -> SquashfsExtractor.extract(code, codeDir);
            case "zip" -> ZipExtractor.extract(code, codeDir);
            default -> {
                String name = launch.interfaceName().equals("executable") ? launch.entrypoint() : "code.py";
                codeFile = under(codeDir, name);
                Files.createDirectories(codeFile.getParent());
                Files.copy(code, codeFile);
            }
        }
        Workspace ws = new Workspace(root, codeDir, codeFile);
        if (report.data() != null) {
            ZipExtractor.extract(report.data().file(), ws.mount(report.data().mount()));
        }
        for (BootReport.Part v : report.volumes()) {
            Path at = ws.mount(v.mount());
            if ("persistent".equals(v.kind())) {
                String key = v.name() != null ? v.name() : v.mount();
                Path keep = Files.createDirectories(persistentDir.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_")));
                deleteTree(at);
                Files.createDirectories(at.getParent());
                Files.createSymbolicLink(at, keep);
            } else {
                deleteTree(at); // a mount hides what the code archive had there
                SquashfsExtractor.extract(v.file(), at);
            }
        }
        return ws;
    }

    private Path mount(String mountPath) throws VmFailure {
        Path p = under(root, mountPath.replaceFirst("^/+", ""));
        mounts.put(mountPath, p);
        return p;
    }

    private static Path under(Path base, String rel) throws VmFailure {
        Path p = base.resolve(rel).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new VmFailure(503, BootReport.MOUNT_INVALID, "The path '" + rel + "' leaves the program's file tree; "
                    + "use a plain absolute path such as /opt/packages.");
        }
        return p;
    }

    Path root() {
        return root;
    }

    Path codeDir() {
        return codeDir;
    }

    /** The plain code file (plain encoding), or null. */
    Path codeFile() {
        return codeFile;
    }

    /** Where the guest's {@code /opt/packages} is in this tree (it may not exist). */
    Path packagesDir() {
        return root.resolve("opt/packages");
    }

    /** Mount path → directory standing for it. */
    Map<String, Path> mounts() {
        return mounts;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !Files.isSymbolicLink(p) && Files.isDirectory(p)).forEach(p -> p.toFile().setWritable(true, true));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
