package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What of a folder goes into an archive, read once: folders, files and symbolic links with their
 * names, Unix modes and sizes, each folder's children sorted by the bytes of their UTF-8 names, and
 * the paths the {@link IgnoreRules} left out. Holds metadata only, never file contents; the
 * writers read the files when they write them.
 */
public final class FolderTree {
    /** The modes written: see {@link #modeOf}. */
    static final int FOLDER_MODE = 0755;
    static final int FILE_MODE = 0644;
    static final int EXECUTABLE_MODE = 0755;
    static final int LINK_MODE = 0777;

    private static final Comparator<Node> BY_NAME = (a, b) -> Arrays.compareUnsigned(a.nameBytes(), b.nameBytes());

    private final Path root;
    private final Folder top;
    private final List<String> leftOut;

    private FolderTree(Path root, Folder top, List<String> leftOut) {
        this.root = root;
        this.top = top;
        this.leftOut = Collections.unmodifiableList(leftOut);
    }

    /** An entry of the tree; {@code path} is slash-separated from the root ("" for the root). */
    public sealed interface Node permits Folder, File, Link {
        String path();

        int mode();

        default String name() {
            int slash = path().lastIndexOf('/');
            return slash < 0 ? path() : path().substring(slash + 1);
        }

        default byte[] nameBytes() {
            return name().getBytes(StandardCharsets.UTF_8);
        }
    }

    public record Folder(String path, int mode, List<Node> children) implements Node {
    }

    public record File(String path, int mode, long size, Path source) implements Node {
    }

    public record Link(String path, int mode, String target) implements Node {
    }

    /** Reads {@code folder} with its {@link IgnoreRules#forFolder ignore rules}. */
    public static FolderTree scan(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot pack " + folder + ": it is not a folder. Give the folder to upload.");
        }
        List<String> leftOut = new ArrayList<>();
        IgnoreRules rules = IgnoreRules.forFolder(root);
        Folder top = readFolder(root, root, "", rules, leftOut);
        return new FolderTree(root, top, leftOut);
    }

    public Path root() {
        return root;
    }

    public Folder top() {
        return top;
    }

    /** The left-out paths in order; a left-out folder ends with "/" and stands for all it holds. */
    public List<String> leftOut() {
        return leftOut;
    }

    private static Folder readFolder(Path root, Path dir, String path, IgnoreRules rules, List<String> leftOut)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8),
                Arrays::compareUnsigned));
        List<Node> children = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String childPath = path.isEmpty() ? name : path + "/" + name;
            BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (rules.leftOut(childPath, attrs.isDirectory())) {
                leftOut.add(attrs.isDirectory() ? childPath + "/" : childPath);
                continue;
            }
            if (attrs.isSymbolicLink()) {
                children.add(new Link(childPath, LINK_MODE, Files.readSymbolicLink(entry).toString().replace('\\', '/')));
            } else if (attrs.isDirectory()) {
                children.add(readFolder(root, entry, childPath, rules, leftOut));
            } else if (attrs.isRegularFile()) {
                children.add(new File(childPath, modeOf(entry, FILE_MODE), attrs.size(), entry));
            } else {
                throw new IOException("Cannot pack " + root + ": " + childPath + " is neither a file, a folder nor a link"
                        + " (a device, socket or pipe). Remove it from the folder, or list it in " + IgnoreRules.IGNORE_FILE + ".");
            }
        }
        children.sort(BY_NAME);
        return new Folder(path, modeOf(dir, FOLDER_MODE), List.copyOf(children));
    }

    /**
     * Git's rule: a file is 0755 when its owner may run it, else 0644; folders are 0755. Umasks and
     * group bits differ between machines, so keeping them would change the bytes of the same folder.
     */
    private static int modeOf(Path path, int fallback) throws IOException {
        if (fallback == FOLDER_MODE) {
            return FOLDER_MODE;
        }
        boolean executable;
        try {
            executable = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .permissions().contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            executable = Files.isExecutable(path);
        }
        return executable ? EXECUTABLE_MODE : FILE_MODE;
    }
}
