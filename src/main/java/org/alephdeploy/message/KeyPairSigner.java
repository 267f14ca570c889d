package org.alephdeploy.message;

import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import java.math.BigInteger;

/** Signs with a key pair held in memory: tests, seeds and an unlocked wallet account. */
public final class KeyPairSigner implements MessageSigner {
    private final ECKeyPair keyPair;
    private final String address;

    public KeyPairSigner(ECKeyPair keyPair) {
        this.keyPair = keyPair;
        this.address = Addresses.checksum("0x" + Keys.getAddress(keyPair));
    }

    /** From a hex private key with or without {@code 0x}; meant for public test keys and tests. */
    public static KeyPairSigner fromHex(String privateKeyHex) {
        String hex = privateKeyHex.startsWith("0x") ? privateKeyHex.substring(2) : privateKeyHex;
        return new KeyPairSigner(ECKeyPair.create(new BigInteger(hex, 16)));
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String sign(byte[] verificationBuffer) {
        return EthSignatures.sign(verificationBuffer, keyPair);
    }

    @Override
    public String toString() {
        return "KeyPairSigner[" + address + "]";
    }
}
