package org.alephdeploy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.MessageSigner;
import picocli.CommandLine.Option;

/**
 * Who acts: {@code --key-file FILE} (a hex private key; for tests only, until the wallet lands),
 * or {@code --address A} to look or plan without signing; {@code --owner A} for an owner other than
 * the signer (a delegate acting under a security aggregate).
 */
final class SignerOptions {
    @Option(names = "--key-file", paramLabel = "FILE",
            description = "TESTING ONLY: read a hex private key from FILE (never use a real key this way).")
    Path keyFile;

    @Option(names = "--address", paramLabel = "ADDRESS", description = "Act as ADDRESS without a key (inventory and plan only).")
    String address;

    @Option(names = "--owner", paramLabel = "ADDRESS",
            description = "The owner whose programs and volumes change (default: the signer's address).")
    String owner;

    /** The signer from the key file; null when none was given. */
    MessageSigner signer() {
        if (keyFile == null) {
            return null;
        }
        String hex;
        try {
            hex = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, "Cannot read the key file " + keyFile + " (" + e.getMessage()
                    + "). Give a readable file holding one hex private key.");
        }
        if (!hex.matches("(0x)?[0-9a-fA-F]{64}")) {
            throw new CliFailure(ExitCodes.USAGE, "The key file " + keyFile + " does not hold a 32-byte hex private key. "
                    + "Put the key (64 hex digits, optionally with 0x) on its first line.");
        }
        return KeyPairSigner.fromHex(hex);
    }

    /** The acting address: the signer's, else {@code --address}; a usage failure when neither is given. */
    String actingAddress(MessageSigner signer) {
        if (signer != null) {
            if (address != null && !Addresses.sameAddress(address, signer.address())) {
                throw new CliFailure(ExitCodes.USAGE, "--address " + address + " is not the address of the key in " + keyFile
                        + " (" + signer.address() + "). Give one of them.");
            }
            return signer.address();
        }
        if (address == null) {
            throw new CliFailure(ExitCodes.USAGE, "Say which account: --address ADDRESS (to look and plan) or --key-file FILE "
                    + "(testing only, to sign).");
        }
        if (!Addresses.hasShape(address)) {
            throw new CliFailure(ExitCodes.USAGE, "'" + address + "' is not an Ethereum address (0x and 40 hex digits).");
        }
        return Addresses.checksum(address);
    }

    String owner(String acting) {
        if (owner != null && !Addresses.hasShape(owner)) {
            throw new CliFailure(ExitCodes.USAGE, "--owner '" + owner + "' is not an Ethereum address (0x and 40 hex digits).");
        }
        return owner != null ? Addresses.checksum(owner) : acting;
    }
}
