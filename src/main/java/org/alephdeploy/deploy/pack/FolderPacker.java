package org.alephdeploy.deploy.pack;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Packs a folder into the archive a compute node can use for it: code becomes a zip when the zip
 * is at most {@value #MAX_INLINE_CODE_BYTES} bytes (compute nodes pass such code inline to the VM)
 * and a squashfs image otherwise; a volume always becomes a squashfs image. Files left out by the
 * folder's {@link IgnoreRules} are reported in the result.
 */
public final class FolderPacker {
    /** The largest zip or plain code a compute node passes to a VM (aleph-vm's MAX_PROGRAM_ARCHIVE_SIZE). */
    public static final long MAX_INLINE_CODE_BYTES = 10_000_000L;

    private FolderPacker() {
    }

    /**
     * A packed folder in a temporary file (deleted on {@link #close}), its encoding
     * ({@link DeterministicZip#ZIP} or {@link DeterministicZip#SQUASHFS}) and the paths left out.
     */
    public record Packed(Path file, String encoding, List<String> leftOut) implements AutoCloseable {
        public Packed {
            leftOut = List.copyOf(leftOut);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** Packs {@code folder} for {@code use}. */
    public static Packed pack(Path folder, FolderUse use) throws IOException {
        FolderTree tree = FolderTree.scan(folder);
        if (use == FolderUse.VOLUME) {
            return squashfs(tree);
        }
        Path zip = Files.createTempFile("aleph-deploy-", ".zip");
        try (OutputStream out = new Limited(new BufferedOutputStream(Files.newOutputStream(zip)), MAX_INLINE_CODE_BYTES)) {
            DeterministicZip.zip(tree, out);
            return new Packed(zip, DeterministicZip.ZIP, tree.leftOut());
        } catch (TooLargeForInline e) {
            Files.deleteIfExists(zip);
            return squashfs(tree);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
    }

    /**
     * Packs {@code folder} again as {@code encoding} (as it was packed when planned), so that the
     * bytes uploaded are those measured even if a limit would now choose another format.
     */
    public static Packed packAs(Path folder, String encoding) throws IOException {
        FolderTree tree = FolderTree.scan(folder);
        if (DeterministicZip.SQUASHFS.equals(encoding)) {
            return squashfs(tree);
        }
        if (DeterministicZip.ZIP.equals(encoding)) {
            return new Packed(DeterministicZip.zipToTemp(tree), DeterministicZip.ZIP, tree.leftOut());
        }
        throw new IllegalArgumentException("a folder is packed as zip or squashfs, not " + encoding);
    }

    private static Packed squashfs(FolderTree tree) throws IOException {
        return new Packed(SquashfsWriter.writeToTemp(tree), DeterministicZip.SQUASHFS, tree.leftOut());
    }

    /** The zip grew past the inline limit: the code goes into a squashfs image instead. */
    private static final class TooLargeForInline extends IOException {
        TooLargeForInline() {
            super("the zip is larger than " + MAX_INLINE_CODE_BYTES + " bytes");
        }
    }

    /** Stops the zip as soon as it is too large for inline code, instead of zipping gigabytes for nothing. */
    private static final class Limited extends FilterOutputStream {
        private final long limit;
        private long count;

        Limited(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLargeForInline();
            }
        }
    }
}
