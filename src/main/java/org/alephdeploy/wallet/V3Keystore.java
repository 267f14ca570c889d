package org.alephdeploy.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.WalletException.Reason;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.web3j.crypto.Hash;

/**
 * Ethereum V3 keystores (Web3 Secret Storage): AES-128-CTR, a scrypt or PBKDF2-HMAC-SHA256 key
 * derivation, a Keccak-256 MAC. Written here rather than through web3j's {@code Wallet} so the
 * password stays a {@code char[]} (web3j takes a {@code String}) and every intermediate key is
 * wiped. The password is encoded as UTF-8, as geth and web3j do.
 */
final class V3Keystore {
    /** Refuse keystores whose scrypt would need more heap than this (a hostile or broken file). */
    private static final long MAX_SCRYPT_MEMORY = 1L << 30;
    private static final long MAX_SCRYPT_WORK = 1L << 25;
    private static final int MAX_PBKDF2_ITERATIONS = 10_000_000;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private V3Keystore() {
    }

    static ObjectNode encryptScrypt(byte[] privateKey, char[] password, ScryptParams params) {
        byte[] salt = random(32);
        ObjectNode kdfParams = Json.object().put("dklen", 32).put("n", params.n()).put("p", params.p())
                .put("r", params.r()).put("salt", HEX.formatHex(salt));
        byte[] pw = Passwords.utf8(password);
        try {
            return encrypt(privateKey, Scrypt.derive(pw, salt, params.n(), params.r(), params.p(), 32), "scrypt", kdfParams);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    /** PBKDF2 keystores are only written for export to tools that need them, and by tests. */
    static ObjectNode encryptPbkdf2(byte[] privateKey, char[] password, int iterations) {
        byte[] salt = random(32);
        ObjectNode kdfParams = Json.object().put("c", iterations).put("dklen", 32).put("prf", "hmac-sha256")
                .put("salt", HEX.formatHex(salt));
        return encrypt(privateKey, pbkdf2(password, salt, iterations, 32), "pbkdf2", kdfParams);
    }

    private static ObjectNode encrypt(byte[] privateKey, byte[] derived, String kdf, ObjectNode kdfParams) {
        byte[] iv = random(16);
        try {
            byte[] ciphertext = aesCtr(Cipher.ENCRYPT_MODE, derived, iv, privateKey);
            ObjectNode root = Json.object();
            root.put("address", PrivateKeys.address(privateKey).substring(2).toLowerCase(Locale.ROOT));
            ObjectNode crypto = root.putObject("crypto");
            crypto.put("cipher", "aes-128-ctr");
            crypto.putObject("cipherparams").put("iv", HEX.formatHex(iv));
            crypto.put("ciphertext", HEX.formatHex(ciphertext));
            crypto.put("kdf", kdf);
            crypto.set("kdfparams", kdfParams);
            crypto.put("mac", HEX.formatHex(mac(derived, ciphertext)));
            root.put("id", UUID.randomUUID().toString());
            root.put("version", 3);
            return root;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Decrypts the 32-byte private key; the caller wipes it. {@code what} names the keystore in
     * messages ("the keystore file /x/y.json", "the keystore of account 'main'").
     */
    static byte[] decrypt(JsonNode keystore, char[] password, String what) {
        Parsed k = parse(keystore, what);
        byte[] derived = k.derive(password);
        try {
            if (!MessageDigest.isEqual(mac(derived, k.ciphertext), k.mac)) {
                throw new WalletException(Reason.WRONG_PASSWORD, "The password does not open " + what
                        + ". Check the password (it is case-sensitive, and is the one chosen when this keystore was made) and try again.");
            }
            byte[] key = aesCtr(Cipher.DECRYPT_MODE, derived, k.iv, k.ciphertext);
            if (key.length != 32) {
                Arrays.fill(key, (byte) 0);
                throw corrupt(what, "its ciphertext holds " + k.ciphertext.length + " bytes instead of a 32-byte key");
            }
            return key;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** The address the keystore claims (without checking it), as {@code 0x…}, or null. */
    static String claimedAddress(JsonNode keystore) {
        String a = keystore.path("address").asText("");
        if (a.isEmpty()) {
            return null;
        }
        return a.startsWith("0x") || a.startsWith("0X") ? "0x" + a.substring(2) : "0x" + a;
    }

    /** Parses and checks the structure without decrypting; throws the same errors as {@link #decrypt}. */
    static void check(JsonNode keystore, String what) {
        parse(keystore, what);
    }

    private static Parsed parse(JsonNode root, String what) {
        if (root == null || !root.isObject()) {
            throw corrupt(what, "it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt()) {
            throw corrupt(what, "it has no keystore 'version' field");
        }
        if (version.asInt() != 3) {
            throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what + ": it is a version "
                    + version.asText() + " keystore, and only version 3 keystores are supported. "
                    + "Export the key again as a V3 keystore (JSON) from the tool that made it.");
        }
        JsonNode crypto = root.has("crypto") ? root.get("crypto") : root.get("Crypto");
        if (crypto == null || !crypto.isObject()) {
            throw corrupt(what, "it has no 'crypto' section");
        }
        String cipher = text(crypto, "cipher", what);
        if (!cipher.equals("aes-128-ctr")) {
            throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what + ": it uses the cipher '" + cipher
                    + "', and only 'aes-128-ctr' (the V3 standard) is supported. Export the key again with standard settings.");
        }
        Parsed p = new Parsed();
        p.iv = hex(crypto.path("cipherparams"), "iv", what);
        if (p.iv.length != 16) {
            throw corrupt(what, "its cipher IV has " + p.iv.length + " bytes instead of 16");
        }
        p.ciphertext = hex(crypto, "ciphertext", what);
        p.mac = hex(crypto, "mac", what);
        if (p.mac.length != 32) {
            throw corrupt(what, "its MAC has " + p.mac.length + " bytes instead of 32");
        }
        p.kdf = text(crypto, "kdf", what);
        JsonNode params = crypto.path("kdfparams");
        if (!params.isObject()) {
            throw corrupt(what, "it has no 'kdfparams' section");
        }
        p.salt = hex(params, "salt", what);
        p.dklen = integer(params, "dklen", what);
        if (p.dklen < 32 || p.dklen > 64) {
            throw corrupt(what, "its derived key length (dklen) is " + p.dklen + " instead of 32");
        }
        switch (p.kdf) {
            case "scrypt" -> {
                p.n = integer(params, "n", what);
                p.r = integer(params, "r", what);
                p.p = integer(params, "p", what);
                if (p.n < 2 || Integer.bitCount(p.n) != 1 || p.r < 1 || p.p < 1) {
                    throw corrupt(what, "its scrypt parameters (n=" + p.n + ", r=" + p.r + ", p=" + p.p
                            + ") are invalid: n must be a power of two, r and p at least 1");
                }
                if (128L * p.n * p.r > MAX_SCRYPT_MEMORY || (long) p.n * p.r * p.p > MAX_SCRYPT_WORK) {
                    throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what + ": its scrypt parameters (n="
                            + p.n + ", r=" + p.r + ", p=" + p.p + ") would need more than 1 GB of memory or minutes of work."
                            + " Export the key again with standard settings (n=262144, r=8, p=1).");
                }
            }
            case "pbkdf2" -> {
                String prf = text(params, "prf", what);
                if (!prf.equals("hmac-sha256")) {
                    throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what + ": its PBKDF2 uses '" + prf
                            + "', and only 'hmac-sha256' is supported. Export the key again with standard settings.");
                }
                p.c = integer(params, "c", what);
                if (p.c < 1 || p.c > MAX_PBKDF2_ITERATIONS) {
                    throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what + ": its PBKDF2 iteration count "
                            + p.c + " is outside 1.." + MAX_PBKDF2_ITERATIONS + ". Export the key again with standard settings.");
                }
            }
            default -> throw new WalletException(Reason.UNSUPPORTED_KEYSTORE, "Cannot read " + what
                    + ": it uses the key derivation function '" + p.kdf
                    + "', and only 'scrypt' and 'pbkdf2' are supported. Export the key again as a standard V3 keystore.");
        }
        return p;
    }

    private static final class Parsed {
        byte[] iv;
        byte[] ciphertext;
        byte[] mac;
        byte[] salt;
        String kdf;
        int dklen;
        int n;
        int r;
        int p;
        int c;

        byte[] derive(char[] password) {
            if (kdf.equals("pbkdf2")) {
                return pbkdf2(password, salt, c, dklen);
            }
            byte[] pw = Passwords.utf8(password);
            try {
                return Scrypt.derive(pw, salt, n, r, p, dklen);
            } finally {
                Arrays.fill(pw, (byte) 0);
            }
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int length) {
        byte[] pw = Passwords.utf8(password);
        try {
            PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
            gen.init(pw, salt, iterations);
            return ((KeyParameter) gen.generateDerivedParameters(length * 8)).getKey();
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }

    private static byte[] mac(byte[] derived, byte[] ciphertext) {
        byte[] input = new byte[16 + ciphertext.length];
        System.arraycopy(derived, 16, input, 0, 16);
        System.arraycopy(ciphertext, 0, input, 16, ciphertext.length);
        try {
            return Hash.sha3(input);
        } finally {
            Arrays.fill(input, (byte) 0, 16, (byte) 0);
        }
    }

    private static byte[] aesCtr(int mode, byte[] derived, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, 0, 16, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CTR is not available in this Java runtime", e);
        }
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw corrupt(what, "the field '" + field + "' is missing");
        }
        return v.asText().toLowerCase(Locale.ROOT);
    }

    private static int integer(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw corrupt(what, "the field '" + field + "' is missing or not a whole number");
        }
        return v.asInt();
    }

    private static byte[] hex(JsonNode node, String field, String what) {
        String s = text(node, field, what);
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        try {
            return HEX.parseHex(s);
        } catch (IllegalArgumentException e) {
            throw corrupt(what, "the field '" + field + "' is not hexadecimal");
        }
    }

    private static WalletException corrupt(String what, String why) {
        return new WalletException(Reason.CORRUPT_KEYSTORE, "Cannot read " + what + ": " + why
                + ". The file is damaged or is not an Ethereum V3 keystore; use an intact copy.");
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
