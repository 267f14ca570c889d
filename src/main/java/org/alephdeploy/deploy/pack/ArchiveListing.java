package org.alephdeploy.deploy.pack;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The files of an archive (or of the folder it is made from) by their paths inside it
 * ({@code a/b.py}, slash-separated, no leading slash), and those with an executable bit.
 * {@code modesKnown} is false when the archive records no Unix modes (then nothing is known to be
 * executable or not).
 */
public record ArchiveListing(Set<String> files, Set<String> executables, boolean modesKnown) {
    public ArchiveListing {
        files = Set.copyOf(files);
        executables = Set.copyOf(executables);
    }

    /** This listing without the paths left out (a left-out folder ends with "/" and takes everything under it). */
    public ArchiveListing without(Collection<String> leftOut) {
        Predicate<String> kept = f -> leftOut.stream()
                .noneMatch(l -> l.endsWith("/") ? f.startsWith(l) : f.equals(l));
        return new ArchiveListing(files.stream().filter(kept).collect(Collectors.toSet()),
                executables.stream().filter(kept).collect(Collectors.toSet()), modesKnown);
    }

    public boolean has(String path) {
        return files.contains(normalize(path));
    }

    public boolean executable(String path) {
        return executables.contains(normalize(path));
    }

    /** True when Python can import the dotted {@code module} from the archive root ({@code a/b.py} or {@code a/b/__init__.py}). */
    public boolean hasModule(String module) {
        String base = module.replace('.', '/');
        return files.contains(base + ".py") || files.contains(base + "/__init__.py");
    }

    /** The top folder X when the module sits one folder down ({@code X/a/b.py}): the user picked the folder above. */
    public Optional<String> folderHoldingModule(String module) {
        String base = module.replace('.', '/');
        Set<String> tops = new TreeSet<>();
        for (String f : files) {
            int slash = f.indexOf('/');
            if (slash > 0) {
                String rest = f.substring(slash + 1);
                if (rest.equals(base + ".py") || rest.equals(base + "/__init__.py")) {
                    tops.add(f.substring(0, slash));
                }
            }
        }
        return tops.stream().findFirst();
    }

    /** A path as compute nodes see it under {@code /opt/code}, without a leading {@code /opt/code/}, {@code ./} or {@code /}. */
    public static String normalize(String path) {
        String p = path.strip();
        if (p.startsWith("/opt/code/")) {
            p = p.substring("/opt/code/".length());
        }
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }
}
