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
     */
    public static String recover(byte[] buffer, String signature) throws SignatureException {
        byte[] raw = decode(signature);
        byte v = raw[64];
        if (v == 0 || v == 1) {
            v += 27;
        }
        if (v != 27 && v != 28) {
            throw new SignatureException("the signature's recovery byte v is " + (raw[64] & 0xff) + ", expected 27 or 28");
        }
        Sign.SignatureData data = new Sign.SignatureData(v, Arrays.copyOfRange(raw, 0, 32), Arrays.copyOfRange(raw, 32, 64));
        BigInteger publicKey;
        try {
            publicKey = Sign.signedPrefixedMessageToKey(buffer, data);
        } catch (RuntimeException e) {
            throw new SignatureException("the signature does not recover to a public key", e);
        }
        return Addresses.checksum("0x" + Keys.getAddress(publicKey));
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
