package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

class CidV0Test {
    private static final int CHUNK = 262_144;

    @Test
    void emptyFileMatchesKubo() {
        assertThat(CidV0.ofBytes(new byte[0])).isEqualTo("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH");
    }

    @Test
    void helloWorldLineMatchesKubo() {
        byte[] data = "hello world\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(CidV0.ofBytes(data)).isEqualTo("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o");
    }

    /**
     * Vectors produced by the js-ipfs importer with its kubo-compatible "unixfs-v0-2015" profile
     * (the same importer gives the two kubo vectors above), over {@link PatternStream} content.
     */
    @ParameterizedTest
    @CsvSource({
        "262144, QmRGtaHK8V8JK23yDT1tfoh2eRY9U5ix6zbiNHc9732JMo",
        "262145, QmcVbM5cMCqC9pvnGvnPMHThnJdMeqJ4oVsqRSqWkdHXky",
        "1000000, QmWzesgT1sUvwBnLUhNsPFRPFYZx1sVcCvvgaS2agVHfyH",
        "45613056, Qme3AVRTuvMi3KSxMYAqLUcqQUywPoFXKkxamVrH4N7BTq",
        "45613057, QmVZjfaRfSnMEE9akRfRuGzVHQNfcEynaJQKj8G6JMaPFd",
        "45875200, QmeZUoZeKNgaia6nrzye4KvPTfs6ERP1bwHG7SbmURbtty",
        "91750407, QmZfdWjKNf4RQ2Dq8A8qu8PH4haUqeWikYoGPWap2gANfq",
    })
    void multiChunkFilesMatchReferenceImporter(long size, String expected) throws IOException {
        assertThat(CidV0.of(new PatternStream(size))).isEqualTo(expected);
    }

    @Test
    void oneHundredSeventyFourZeroChunksFitUnderOneRoot() throws IOException {
        assertThat(CidV0.of(PatternStream.zeros(174L * CHUNK)))
                .isEqualTo("QmY4HSz1oVGdUzb8poVYPLsoqBZjH6LZrtgnme9wWn2Qko");
    }

    @Test
    void fullChunkIsASingleLeafWithDataInline() throws IOException {
        byte[] data = new PatternStream(CHUNK).readAllBytes();
        assertThat(CidV0.ofBytes(data)).isEqualTo(cidOf(leafBlock(data)));
    }

    @Test
    void oneByteOverAChunkGivesARootWithTwoLinks() throws IOException {
        byte[] data = new PatternStream(CHUNK + 1).readAllBytes();
        byte[] first = Arrays.copyOf(data, CHUNK);
        byte[] second = {data[CHUNK]};
        byte[] firstLeaf = leafBlock(first);
        byte[] secondLeaf = leafBlock(second);
        assertThat(firstLeaf.length).isEqualTo(262_158);
        assertThat(secondLeaf.length).isEqualTo(9);

        ByteArrayOutputStream root = new ByteArrayOutputStream();
        for (byte[] leaf : new byte[][] {firstLeaf, secondLeaf}) {
            ByteArrayOutputStream link = new ByteArrayOutputStream();
            link.write(0x0a);
            link.write(34);
            link.writeBytes(multihash(leaf));
            link.writeBytes(new byte[] {0x12, 0x00});
            link.write(0x18);
            link.writeBytes(varint(leaf.length));
            root.write(0x12);
            root.write(link.size());
            root.writeBytes(link.toByteArray());
        }
        byte[] unixfs = concat(new byte[] {0x08, 0x02, 0x18}, varint(CHUNK + 1),
                new byte[] {0x20}, varint(CHUNK), new byte[] {0x20, 0x01});
        root.write(0x0a);
        root.write(unixfs.length);
        root.writeBytes(unixfs);

        assertThat(CidV0.ofBytes(data)).isEqualTo(cidOf(root.toByteArray()));
        assertThat(CidV0.ofBytes(first)).isEqualTo(cidOf(firstLeaf));
    }

    @Test
    void streamIsReadWithoutMarkOrWholeFileBuffering() throws IOException {
        PatternStream in = new PatternStream(3L * CHUNK + 5);
        CidV0.of(in);
        assertThat(in.largestRead).isLessThanOrEqualTo(CHUNK);
        assertThat(in.remaining).isZero();
    }

    private static byte[] leafBlock(byte[] data) {
        byte[] unixfs = concat(new byte[] {0x08, 0x02, 0x12}, varint(data.length), data,
                new byte[] {0x18}, varint(data.length));
        return concat(new byte[] {0x0a}, varint(unixfs.length), unixfs);
    }

    private static String cidOf(byte[] block) {
        return Base58.encode(multihash(block));
    }

    private static byte[] multihash(byte[] block) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(block);
            return concat(new byte[] {0x12, 0x20}, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] varint(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
