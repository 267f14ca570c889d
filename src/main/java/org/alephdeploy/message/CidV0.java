package org.alephdeploy.message;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CIDv0 that {@code ipfs add} (kubo, default settings) gives a file: 256 KiB fixed-size chunks,
 * UnixFS File leaves in dag-pb, balanced layout with at most 174 links per node.
 *
 * <p>The balanced layout fills a 174-ary tree left to right with every leaf at the same depth. We
 * build it while streaming: each level keeps the links of its not yet closed node, and a level is
 * closed into one node of the level above only when a 175th link arrives or the input ends, so at
 * most one chunk plus 174 links per level are held.
 */
public final class CidV0 {
    static final int CHUNK_SIZE = 262_144;
    static final int MAX_LINKS = 174;

    private static final int UNIXFS_FILE = 2;

    private CidV0() {
    }

    public static String ofBytes(byte[] data) {
        try {
            return of(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String of(InputStream in) throws IOException {
        List<List<Link>> levels = new ArrayList<>();
        levels.add(new ArrayList<>());
        byte[] chunk = in.readNBytes(CHUNK_SIZE);
        if (chunk.length == 0) {
            return toCid(leaf(chunk).hash);
        }
        while (chunk.length > 0) {
            append(levels, 0, leaf(chunk));
            chunk = in.readNBytes(CHUNK_SIZE);
        }
        for (int level = 0; level < levels.size() - 1; level++) {
            append(levels, level + 1, parent(levels.get(level)));
        }
        List<Link> top = levels.get(levels.size() - 1);
        Link root = top.size() == 1 ? top.get(0) : parent(top);
        return toCid(root.hash);
    }

    private static void append(List<List<Link>> levels, int level, Link link) {
        List<Link> pending = levels.get(level);
        if (pending.size() == MAX_LINKS) {
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            append(levels, level + 1, parent(pending));
            pending.clear();
        }
        pending.add(link);
    }

    private static Link leaf(byte[] data) {
        ByteArrayOutputStream unixfs = new ByteArrayOutputStream();
        writeVarintField(unixfs, 1, UNIXFS_FILE);
        if (data.length > 0) {
            writeBytesField(unixfs, 2, data);
        }
        writeVarintField(unixfs, 3, data.length);
        ByteArrayOutputStream node = new ByteArrayOutputStream();
        writeBytesField(node, 1, unixfs.toByteArray());
        byte[] block = node.toByteArray();
        return new Link(sha256Multihash(block), block.length, data.length);
    }

    private static Link parent(List<Link> children) {
        long fileSize = 0;
        long treeSize = 0;
        ByteArrayOutputStream node = new ByteArrayOutputStream();
        for (Link child : children) {
            ByteArrayOutputStream link = new ByteArrayOutputStream();
            writeBytesField(link, 1, child.hash);
            writeBytesField(link, 2, new byte[0]);
            writeVarintField(link, 3, child.treeSize);
            writeBytesField(node, 2, link.toByteArray());
            fileSize += child.fileSize;
            treeSize += child.treeSize;
        }
        ByteArrayOutputStream unixfs = new ByteArrayOutputStream();
        writeVarintField(unixfs, 1, UNIXFS_FILE);
        writeVarintField(unixfs, 3, fileSize);
        for (Link child : children) {
            writeVarintField(unixfs, 4, child.fileSize);
        }
        writeBytesField(node, 1, unixfs.toByteArray());
        byte[] block = node.toByteArray();
        return new Link(sha256Multihash(block), treeSize + block.length, fileSize);
    }

    private static void writeVarintField(ByteArrayOutputStream out, int field, long value) {
        writeVarint(out, (long) field << 3);
        writeVarint(out, value);
    }

    private static void writeBytesField(ByteArrayOutputStream out, int field, byte[] value) {
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, value.length);
        out.writeBytes(value);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static byte[] sha256Multihash(byte[] block) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(block);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        byte[] multihash = new byte[2 + digest.length];
        multihash[0] = 0x12;
        multihash[1] = 0x20;
        System.arraycopy(digest, 0, multihash, 2, digest.length);
        return multihash;
    }

    private static String toCid(byte[] multihash) {
        return Base58.encode(multihash);
    }

    /** A link to a finished node: its multihash, its block plus descendants' size, its file bytes. */
    private record Link(byte[] hash, long treeSize, long fileSize) {
    }
}
