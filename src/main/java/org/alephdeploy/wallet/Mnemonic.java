package org.alephdeploy.wallet;

import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alephdeploy.wallet.WalletException.Reason;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.MnemonicUtils;
import java.nio.charset.StandardCharsets;

/**
 * A BIP-39 mnemonic (English word list) held as word indices, so the sentence never exists as a
 * {@code String}; {@link #wipe()} clears it. Keys are derived on the MetaMask path
 * {@code m/44'/60'/0'/0/N}. A non-ASCII passphrase is NFKD-normalized through a {@code String}
 * (a JDK limitation); an ASCII one never is.
 */
public final class Mnemonic {
    public static final String PATH_PREFIX = "m/44'/60'/0'/0/";
    private static final List<String> WORDS = MnemonicUtils.getWords();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int H = Bip32ECKeyPair.HARDENED_BIT;

    private final int[] indices;

    private Mnemonic(int[] indices) {
        this.indices = indices;
    }

    /** A new random 12-word mnemonic (128 bits of entropy). */
    public static Mnemonic generate() {
        byte[] entropy = new byte[16];
        RANDOM.nextBytes(entropy);
        byte[] withChecksum = Arrays.copyOf(entropy, 17);
        withChecksum[16] = sha256(entropy)[0];
        int[] idx = new int[12];
        for (int w = 0; w < 12; w++) {
            idx[w] = bits(withChecksum, w * 11, 11);
        }
        Arrays.fill(entropy, (byte) 0);
        Arrays.fill(withChecksum, (byte) 0);
        return new Mnemonic(idx);
    }

    /**
     * Parses a sentence typed or pasted by the user: case and extra white space are ignored.
     * Throws UNKNOWN_MNEMONIC_WORD naming the first word not in the list, INVALID_MNEMONIC for a
     * wrong word count, BAD_MNEMONIC_CHECKSUM when the words do not form a valid mnemonic.
     * {@code text} is not modified.
     */
    public static Mnemonic parse(char[] text) {
        char[] lower = new char[text.length];
        try {
            for (int i = 0; i < text.length; i++) {
                lower[i] = Character.toLowerCase(text[i]);
            }
            List<int[]> spans = new ArrayList<>();
            int i = 0;
            while (i < lower.length) {
                while (i < lower.length && Character.isWhitespace(lower[i])) {
                    i++;
                }
                int start = i;
                while (i < lower.length && !Character.isWhitespace(lower[i])) {
                    i++;
                }
                if (i > start) {
                    spans.add(new int[] {start, i});
                }
            }
            int[] idx = new int[spans.size()];
            for (int w = 0; w < idx.length; w++) {
                int[] s = spans.get(w);
                idx[w] = lookup(CharBuffer.wrap(lower, s[0], s[1] - s[0]));
                if (idx[w] < 0) {
                    Arrays.fill(idx, 0);
                    throw new WalletException(Reason.UNKNOWN_MNEMONIC_WORD, "Word " + (w + 1) + " of the mnemonic, '"
                            + new String(lower, s[0], s[1] - s[0]) + "', is not in the BIP-39 English word list."
                            + " Check its spelling against your written backup.");
                }
            }
            if (idx.length == 0 || idx.length % 3 != 0 || idx.length < 12 || idx.length > 24) {
                throw new WalletException(Reason.INVALID_MNEMONIC, "The mnemonic has " + idx.length
                        + " words, but a BIP-39 mnemonic has 12, 15, 18, 21 or 24. Check that every word was entered.");
            }
            Mnemonic m = new Mnemonic(idx);
            if (!m.checksumValid()) {
                m.wipe();
                throw new WalletException(Reason.BAD_MNEMONIC_CHECKSUM, "The words are all valid, but they do not form a valid"
                        + " mnemonic (its checksum does not match): a word is probably wrong or out of order. Check them against your written backup.");
            }
            return m;
        } finally {
            Arrays.fill(lower, '\0');
        }
    }

    /** The words, in order, for showing the backup to its owner. */
    public List<String> words() {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(WORDS.get(i));
        }
        return List.copyOf(out);
    }

    public int size() {
        return indices.length;
    }

    /** The derivation path of account {@code index}. */
    public static String path(int index) {
        return PATH_PREFIX + index;
    }

    /** The EIP-55 address at {@code m/44'/60'/0'/0/index}. Blocking: about 10 ms. */
    public String address(char[] passphrase, int index) {
        return PrivateKeys.address(deriveKeyPair(passphrase, index));
    }

    /** The addresses at indices {@code 0..count-1}, for an index chooser. Blocking. */
    public List<String> addresses(char[] passphrase, int count) {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("count must be 1..1000");
        }
        Bip32ECKeyPair parent = accountParent(passphrase);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(PrivateKeys.address(Bip32ECKeyPair.deriveKeyPair(parent, new int[] {i})));
        }
        return out;
    }

    ECKeyPair deriveKeyPair(char[] passphrase, int index) {
        checkIndex(index);
        return Bip32ECKeyPair.deriveKeyPair(accountParent(passphrase), new int[] {index});
    }

    static void checkIndex(int index) {
        if (index < 0) {
            throw new WalletException(Reason.INVALID_INDEX, "The account index " + index
                    + " is negative. Use 0 for the first account (MetaMask's 'Account 1'), 1 for the second, and so on.");
        }
    }

    /** Clears the words from memory; the mnemonic is unusable afterwards. */
    public void wipe() {
        Arrays.fill(indices, 0);
    }

    private Bip32ECKeyPair accountParent(char[] passphrase) {
        byte[] seed = seed(passphrase);
        try {
            return Bip32ECKeyPair.deriveKeyPair(Bip32ECKeyPair.generateKeyPair(seed), new int[] {44 | H, 60 | H, H, 0});
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** BIP-39 seed: PBKDF2-HMAC-SHA512(sentence, "mnemonic" + passphrase, 2048 rounds, 64 bytes). */
    private byte[] seed(char[] passphrase) {
        byte[] sentence = sentenceBytes();
        char[] normalized = nfkd(passphrase == null ? new char[0] : passphrase);
        byte[] pass = Passwords.utf8(normalized);
        byte[] salt = new byte[8 + pass.length];
        System.arraycopy("mnemonic".getBytes(StandardCharsets.US_ASCII), 0, salt, 0, 8);
        System.arraycopy(pass, 0, salt, 8, pass.length);
        try {
            PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA512Digest());
            gen.init(sentence, salt, 2048);
            return ((KeyParameter) gen.generateDerivedParameters(512)).getKey();
        } finally {
            Arrays.fill(sentence, (byte) 0);
            Arrays.fill(pass, (byte) 0);
            Arrays.fill(salt, (byte) 0);
            if (normalized != passphrase) {
                Arrays.fill(normalized, '\0');
            }
        }
    }

    private byte[] sentenceBytes() {
        int length = indices.length - 1;
        for (int i : indices) {
            length += WORDS.get(i).length();
        }
        byte[] out = new byte[length];
        int pos = 0;
        for (int w = 0; w < indices.length; w++) {
            if (w > 0) {
                out[pos++] = ' ';
            }
            String word = WORDS.get(indices[w]);
            for (int c = 0; c < word.length(); c++) {
                out[pos++] = (byte) word.charAt(c);
            }
        }
        return out;
    }

    private static char[] nfkd(char[] text) {
        for (char c : text) {
            if (c >= 0x80) {
                return Normalizer.normalize(CharBuffer.wrap(text), Normalizer.Form.NFKD).toCharArray();
            }
        }
        return text;
    }

    private boolean checksumValid() {
        int totalBits = indices.length * 11;
        int checksumBits = totalBits / 33;
        int entropyBytes = (totalBits - checksumBits) / 8;
        byte[] all = new byte[(totalBits + 7) / 8];
        for (int w = 0; w < indices.length; w++) {
            for (int b = 0; b < 11; b++) {
                if ((indices[w] >> (10 - b) & 1) != 0) {
                    int bit = w * 11 + b;
                    all[bit / 8] |= (byte) (0x80 >> (bit % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(all, entropyBytes);
        byte[] hash = sha256(entropy);
        boolean ok = bits(all, entropyBytes * 8, checksumBits) == bits(hash, 0, checksumBits);
        Arrays.fill(all, (byte) 0);
        Arrays.fill(entropy, (byte) 0);
        Arrays.fill(hash, (byte) 0);
        return ok;
    }

    private static int bits(byte[] data, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v << 1 | (data[i / 8] >> (7 - i % 8) & 1);
        }
        return v;
    }

    private static int lookup(CharSequence word) {
        int lo = 0;
        int hi = WORDS.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = CharSequence.compare(WORDS.get(mid), word);
            if (cmp == 0) {
                return mid;
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Mnemonic[" + indices.length + " words]";
    }
}
