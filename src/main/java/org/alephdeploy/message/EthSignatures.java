package org.alephdeploy.message;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.HexFormat;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import java.util.Locale;

/** EIP-191 ({@code personal_sign}) signatures over a verification buffer (P-2.2). */
public final class EthSignatures {
    private EthSignatures() {
    }

    /** Signs with RFC 6979 deterministic k and low s; returns {@code 0x} + r‖s‖v, v = 27/28. */
    public static String sign(byte[] buffer, ECKeyPair key) {
        Sign.SignatureData sig = Sign.signPrefixedMessage(buffer, key);
        byte[] out = new byte[65];
        System.arraycopy(sig.getR(), 0, out, 0, 32);
        System.arraycopy(sig.getS(), 0, out, 32, 32);
        out[64] = sig.getV()[0];
        return "0x" + HexFormat.of().formatHex(out);
    }

    /**
     * Recovers the checksummed address that signed {@code buffer}. Accepts the signature with or
     * without {@code 0x}, any hex case, and {@code v} as 0/1 or 27/28, as the node does.
     * libsecp256k1 answers when it can ({@link NativeRecovery}), web3j otherwise, with the same results.
     */
    public static String recover(byte[] buffer, String signature) throws SignatureException {
        byte[] raw = decode(signature);
        byte v = recoveryByte(raw);
        byte[] publicKey = NativeRecovery.recover(Arrays.copyOfRange(raw, 0, 64), Keccak256.ethereumMessageHash(buffer), v - 27);
        if (publicKey != null) {
            return addressOf(publicKey);
        }
        return recoverPortably(buffer, raw, v);
    }

    /** Which implementation {@link #recover} uses here: {@code libsecp256k1} (native) or {@code web3j}. */
    public static String recoveryImplementation() {
        return NativeRecovery.available() ? "libsecp256k1" : "web3j";
    }

    /** {@link #recover} by web3j/BouncyCastle only (the fallback; tests compare the two paths). */
    static String recoverPortably(byte[] buffer, String signature) throws SignatureException {
        byte[] raw = decode(signature);
        return recoverPortably(buffer, raw, recoveryByte(raw));
    }

    private static String recoverPortably(byte[] buffer, byte[] raw, byte v) throws SignatureException {
        Sign.SignatureData data = new Sign.SignatureData(v, Arrays.copyOfRange(raw, 0, 32), Arrays.copyOfRange(raw, 32, 64));
        BigInteger publicKey;
        try {
            publicKey = Sign.signedPrefixedMessageToKey(buffer, data);
        } catch (RuntimeException e) {
            throw new SignatureException("the signature does not recover to a public key", e);
        }
        return Addresses.checksum("0x" + Keys.getAddress(publicKey));
    }

    private static byte recoveryByte(byte[] raw) throws SignatureException {
        byte v = raw[64];
        if (v == 0 || v == 1) {
            v += 27;
        }
        if (v != 27 && v != 28) {
            throw new SignatureException("the signature's recovery byte v is " + (raw[64] & 0xff) + ", expected 27 or 28");
        }
        return v;
    }

    private static String addressOf(byte[] publicKey) {
        byte[] hash = Keccak256.hash(publicKey);
        return Addresses.checksum("0x" + HexFormat.of().formatHex(hash, 12, 32));
    }

    /** True when the signature recovers to {@code sender}, compared case-insensitively. */
    public static boolean verify(byte[] buffer, String signature, String sender) {
        try {
            return Addresses.sameAddress(recover(buffer, signature), sender);
        } catch (SignatureException e) {
            return false;
        }
    }

    private static byte[] decode(String signature) throws SignatureException {
        if (signature == null) {
            throw new SignatureException("the message has no signature");
        }
        String hex = signature.startsWith("0x") || signature.startsWith("0X") ? signature.substring(2) : signature;
        if (hex.length() != 130) {
            throw new SignatureException("the signature has " + hex.length() / 2 + " bytes, expected 65");
        }
        try {
            return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SignatureException("the signature is not hexadecimal");
        }
    }
}
