package org.alephdeploy.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.platform.FileLocks;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.alephdeploy.wallet.AccountIndex.Entry;
import org.alephdeploy.wallet.WalletException.Reason;
import org.web3j.crypto.ECKeyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local wallet: accounts in one directory ({@code AppDirs.wallets()}), created 700.
 *
 * <p>Layout: {@code accounts.json} lists every account (name, address, kind, origin, created,
 * derivation path, keystore file name); each account that holds a key has one Ethereum V3
 * keystore {@code key-<address>.json} (scrypt, AES-128-CTR), a plain V3 file other tools can
 * read. Watch-only accounts have no keystore. Every file is 600 from creation and written
 * atomically; a keystore is written before the list names it, and forgotten by the list before
 * it is deleted, so a crash leaves at worst an unlisted keystore, never a listed one missing.
 * No plaintext key is ever written.
 *
 * <p>Every method blocks: creating, importing and unlocking run scrypt, about one second and
 * 256 MB of heap with the {@linkplain ScryptParams#STANDARD standard} parameters. Call them from
 * a background thread in a UI. The store is thread-safe, and changes to one directory are
 * serialized across processes too (an OS lock on {@code wallet.lock}, so a window and a command
 * cannot interleave their rewrites of the account list); a change that cannot get the lock within
 * a few seconds fails with {@link Reason#BUSY}.
 *
 * <p>Secrets come in as {@code char[]}; the caller owns the arrays and wipes them afterwards.
 * Intermediate key bytes are wiped here. Limits: web3j holds private keys as {@code BigInteger},
 * which cannot be wiped, for the short time a key is derived or signed with.
 *
 * <p>Bad input fails with a {@link WalletException} before anything is written.
 */
public final class WalletStore {
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;
    private static final long MAX_KEYSTORE_BYTES = 1 << 20;
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(WalletStore.class);
    /** The OS lock file that serializes changes across processes. */
    static final String LOCK_FILE = "wallet.lock";
    /** How long a change waits for another process's change to end (they take milliseconds). */
    static final Duration LOCK_PATIENCE = Duration.ofSeconds(3);

    private final Path dir;
    private final ScryptParams scrypt;
    private final Object lock;

    /** A store with the standard scrypt parameters for new keystores. */
    public WalletStore(Path dir) {
        this(dir, ScryptParams.STANDARD);
    }

    /** A store whose new keystores use {@code scrypt} (tests pass {@link ScryptParams#LIGHT}). */
    public WalletStore(Path dir, ScryptParams scrypt) {
        this.dir = dir.toAbsolutePath().normalize();
        this.scrypt = scrypt;
        this.lock = LOCKS.computeIfAbsent(this.dir, d -> new Object());
    }

    public Path directory() {
        return dir;
    }

    /** Every account, in the order they were added. */
    public List<Account> accounts() {
        return AccountIndex.read(dir).stream().map(Entry::account).toList();
    }

    public Optional<Account> find(String name) {
        return entry(AccountIndex.read(dir), name).map(Entry::account);
    }

    /** The account named {@code name}; NOT_FOUND otherwise. */
    public Account account(String name) {
        return find(name).orElseThrow(() -> notFound(name));
    }

    /**
     * Checks that {@code name} may name a new account (INVALID_NAME, NAME_EXISTS), so a command
     * can refuse before asking for secrets. Returns the name as it will be stored (trimmed).
     */
    public String checkNewName(String name) {
        String n = validName(name);
        ensureFree(AccountIndex.read(dir), n, null);
        return n;
    }

    /** Checks that a password may protect a new keystore (WEAK_PASSWORD otherwise), before any slow work. */
    public static void checkNewPassword(char[] password) {
        Passwords.checkNew(password);
    }

    /** Creates an account from a new random mnemonic; the result carries the mnemonic to show. */
    public CreatedAccount create(String name, char[] password) {
        Mnemonic mnemonic = Mnemonic.generate();
        try {
            return new CreatedAccount(create(name, mnemonic, password), mnemonic);
        } catch (RuntimeException e) {
            mnemonic.wipe();
            throw e;
        }
    }

    /**
     * Creates an account whose key is {@code m/44'/60'/0'/0/0} of a mnemonic from
     * {@link Mnemonic#generate()}, once its owner has confirmed the backup.
     */
    public Account create(String name, Mnemonic mnemonic, char[] password) {
        return addMnemonic(name, mnemonic, null, 0, password, Account.Origin.CREATED);
    }

    /** Imports a hex private key (with or without 0x). */
    public Account importPrivateKey(String name, char[] hexKey, char[] password) {
        String n = preflight(name, password);
        byte[] key = PrivateKeys.parseHex(hexKey);
        try {
            return addKey(n, key, Account.Origin.PRIVATE_KEY, null, password);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Imports the key at {@code m/44'/60'/0'/0/index} of a mnemonic typed or pasted by the user. */
    public Account importMnemonic(String name, char[] mnemonicText, char[] passphrase, int index, char[] password) {
        String n = preflight(name, password);
        Mnemonic.checkIndex(index);
        Mnemonic mnemonic = Mnemonic.parse(mnemonicText);
        try {
            return addMnemonic(n, mnemonic, passphrase, index, password, Account.Origin.MNEMONIC);
        } finally {
            mnemonic.wipe();
        }
    }

    /** Imports the key at {@code m/44'/60'/0'/0/index} of a parsed mnemonic. */
    public Account importMnemonic(String name, Mnemonic mnemonic, char[] passphrase, int index, char[] password) {
        return addMnemonic(name, mnemonic, passphrase, index, password, Account.Origin.MNEMONIC);
    }

    /**
     * Imports a V3 keystore made by another tool (scrypt or pbkdf2). {@code password} opens it,
     * and the stored copy is re-encrypted with the same password and this store's scrypt.
     */
    public Account importKeystore(String name, Path file, char[] password) {
        String n = validName(name);
        ensureFree(AccountIndex.read(dir), n, null);
        String what = "the keystore file " + file;
        JsonNode json = readKeystore(file, what);
        V3Keystore.check(json, what);
        byte[] key = V3Keystore.decrypt(json, password, what);
        try {
            PrivateKeys.checkRange(key, "The key in " + file);
            String address = PrivateKeys.address(key);
            String claimed = V3Keystore.claimedAddress(json);
            if (claimed != null && !Addresses.sameAddress(claimed, address)) {
                throw new WalletException(Reason.CORRUPT_KEYSTORE, "The keystore file " + file + " says it holds the key of "
                        + claimed + ", but it holds the key of " + address + ". The file was altered; use an intact copy.");
            }
            return addKey(n, key, Account.Origin.KEYSTORE, null, password);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Imports an aleph command line key file (32 raw bytes), e.g. one of {@link #findAlephKeyFiles}. */
    public Account importAlephKey(String name, Path keyFile, char[] password) {
        String n = preflight(name, password);
        byte[] key = AlephKeyFiles.read(keyFile);
        try {
            return addKey(n, key, Account.Origin.ALEPH_KEY, null, password);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The aleph command line key files under {@code home} ({@code ~/.aleph-im/private-keys/}), default key first. */
    public static List<Path> findAlephKeyFiles(Path home) {
        return AlephKeyFiles.find(home);
    }

    /** Adds a read-only account; the address must have a valid EIP-55 checksum if it is mixed-case. */
    public Account watch(String name, String address) {
        String n = validName(name);
        String a = address == null ? "" : address.trim();
        if (!Addresses.hasShape(a)) {
            throw new WalletException(Reason.INVALID_ADDRESS, "'" + a + "' is not an Ethereum address: an address is 0x"
                    + " followed by 40 hexadecimal digits. Copy the address again from its source.");
        }
        if (!Addresses.checksumValid(a)) {
            throw new WalletException(Reason.BAD_ADDRESS_CHECKSUM, "The address " + a + " has a wrong EIP-55 checksum"
                    + " (the pattern of upper- and lower-case letters does not match): it was probably mistyped."
                    + " Copy the address again from its source.");
        }
        String checksummed = Addresses.checksum(a);
        Account account = new Account(n, checksummed, Account.Kind.WATCH_ONLY, Account.Origin.WATCH, now(), null);
        changing(() -> {
            List<Entry> entries = new ArrayList<>(AccountIndex.read(dir));
            ensureFree(entries, n, checksummed);
            entries.add(new Entry(account, null));
            try {
                AccountIndex.write(dir, entries);
            } catch (IOException e) {
                throw storage("save the account list", e);
            }
            return null;
        });
        LOG.info("wallet: added watch-only account '{}' {}", n, checksummed);
        return account;
    }

    /** Writes the account's V3 keystore (encrypted with the account's password) to {@code target}, 600. */
    public void exportKeystore(String name, Path target) {
        Entry e = entry(AccountIndex.read(dir), name).orElseThrow(() -> notFound(name));
        requireKey(e.account(), "export a keystore");
        if (Files.exists(target)) {
            throw new WalletException(Reason.FILE_EXISTS, "The file " + target
                    + " already exists and was left untouched. Choose another file name, or delete that file first.");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new WalletException(Reason.STORAGE, "Cannot export to " + target + ": the folder " + parent
                    + " does not exist. Create it first or choose another place.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(e.keystoreFile()));
        } catch (IOException ex) {
            throw missingKeystore(e, ex);
        }
        try {
            OwnerOnlyFiles.writeAtomically(target, bytes);
        } catch (IOException ex) {
            throw storage("write " + target, ex);
        }
    }

    public Account rename(String oldName, String newName) {
        String n = validName(newName);
        return changing(() -> {
            List<Entry> entries = new ArrayList<>(AccountIndex.read(dir));
            Entry old = entry(entries, oldName).orElseThrow(() -> notFound(oldName));
            if (!old.account().name().equalsIgnoreCase(n)) {
                ensureFree(entries, n, null);
            }
            Account a = old.account();
            Account renamed = new Account(n, a.address(), a.kind(), a.origin(), a.created(), a.derivationPath());
            entries.set(entries.indexOf(old), new Entry(renamed, old.keystoreFile()));
            try {
                AccountIndex.write(dir, entries);
            } catch (IOException e) {
                throw storage("save the account list", e);
            }
            return renamed;
        });
    }

    /** Removes the account and deletes its keystore. Without another copy of the key, the account is lost. */
    public void remove(String name) {
        Entry e = changing(() -> {
            List<Entry> entries = new ArrayList<>(AccountIndex.read(dir));
            Entry gone = entry(entries, name).orElseThrow(() -> notFound(name));
            entries.remove(gone);
            try {
                AccountIndex.write(dir, entries);
            } catch (IOException ex) {
                throw storage("save the account list", ex);
            }
            if (gone.keystoreFile() != null) {
                try {
                    Files.deleteIfExists(dir.resolve(gone.keystoreFile()));
                } catch (IOException ex) {
                    throw storage("delete the keystore " + dir.resolve(gone.keystoreFile())
                            + " (the account is no longer listed; delete the file by hand)", ex);
                }
            }
            return gone;
        });
        LOG.info("wallet: removed account '{}' {}", e.account().name(), e.account().address());
    }

    /** A locked signer for the account, which auto-locks after {@link Signer#DEFAULT_IDLE_TIMEOUT} without use. */
    public Signer signer(String name) {
        return signer(name, Signer.DEFAULT_IDLE_TIMEOUT);
    }

    public Signer signer(String name, Duration idleTimeout) {
        Account a = account(name);
        requireKey(a, "sign");
        return new Signer(this, a, idleTimeout);
    }

    /** Decrypts the account's key pair (the signer's unlock). Blocking (scrypt). */
    ECKeyPair decryptKeyPair(Account account, char[] password) {
        Entry e = AccountIndex.read(dir).stream().filter(x -> Addresses.sameAddress(x.account().address(), account.address()))
                .findFirst().orElseThrow(() -> notFound(account.name()));
        requireKey(e.account(), "sign");
        String what = "the keystore of account '" + e.account().name() + "'";
        Path file = dir.resolve(e.keystoreFile());
        if (!Files.exists(file)) {
            throw missingKeystore(e, new NoSuchFileException(file.toString()));
        }
        byte[] key = V3Keystore.decrypt(readKeystore(file, what), password, what);
        try {
            ECKeyPair pair = PrivateKeys.keyPair(key);
            if (!Addresses.sameAddress(PrivateKeys.address(pair), e.account().address())) {
                throw new WalletException(Reason.CORRUPT_KEYSTORE, "The keystore " + file + " holds the key of another address than account '"
                        + e.account().name() + "' (" + e.account().address() + "). The file was replaced; restore it from a backup.");
            }
            return pair;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private Account addMnemonic(String name, Mnemonic mnemonic, char[] passphrase, int index, char[] password, Account.Origin origin) {
        String n = preflight(name, password);
        byte[] key = PrivateKeys.bytes(mnemonic.deriveKeyPair(passphrase, index));
        try {
            return addKey(n, key, origin, Mnemonic.path(index), password);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private String preflight(String name, char[] password) {
        String n = validName(name);
        ensureFree(AccountIndex.read(dir), n, null);
        Passwords.checkNew(password);
        return n;
    }

    private Account addKey(String name, byte[] key, Account.Origin origin, String path, char[] password) {
        String address = PrivateKeys.address(key);
        ensureFree(AccountIndex.read(dir), name, address);
        ObjectNode keystore = V3Keystore.encryptScrypt(key, password, scrypt);
        byte[] bytes = (Json.pretty(keystore) + "\n").getBytes(StandardCharsets.UTF_8);
        Account account = new Account(name, address, Account.Kind.KEY, origin, now(), path);
        changing(() -> {
            List<Entry> entries = new ArrayList<>(AccountIndex.read(dir));
            ensureFree(entries, name, address);
            Path file;
            try {
                file = freeKeystorePath(address);
                OwnerOnlyFiles.writeAtomically(file, bytes);
            } catch (IOException e) {
                throw storage("save the keystore", e);
            }
            entries.add(new Entry(account, file.getFileName().toString()));
            try {
                AccountIndex.write(dir, entries);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the unlisted keystore is harmless; the failure below is what the user needs
                }
                throw storage("save the account list", e);
            }
            return null;
        });
        LOG.info("wallet: added account '{}' {} ({})", name, address, origin.label());
        return account;
    }

    /**
     * Runs a change of the directory (account list, keystores) under this JVM's lock and the OS lock
     * on {@value #LOCK_FILE}, so that no other thread or process rewrites them meanwhile.
     */
    private <T> T changing(Supplier<T> change) {
        synchronized (lock) {
            FileLocks held;
            try {
                OwnerOnlyFiles.directory(dir);
                held = FileLocks.acquire(dir.resolve(LOCK_FILE), LOCK_PATIENCE);
            } catch (IOException e) {
                throw storage("lock the wallet", e);
            }
            if (held == null) {
                throw new WalletException(Reason.BUSY, "The wallet in " + dir + " is being changed by another window or "
                        + "command right now, so nothing was changed here (two writers could lose an account). Wait until "
                        + "the other one is done, then try again.");
            }
            try (held) {
                return change.get();
            } catch (IOException e) {
                throw storage("unlock the wallet", e);
            }
        }
    }

    private Path freeKeystorePath(String address) {
        String base = "key-" + address.substring(2).toLowerCase(Locale.ROOT);
        Path p = dir.resolve(base + ".json");
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + ".json");
        }
        return p;
    }

    private static JsonNode readKeystore(Path file, String what) {
        String text;
        try {
            if (Files.size(file) > MAX_KEYSTORE_BYTES) {
                throw new WalletException(Reason.CORRUPT_KEYSTORE, "Cannot read " + what + ": it is "
                        + Files.size(file) + " bytes long, far more than a keystore. Choose the keystore's JSON file.");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WalletException(Reason.FILE_UNREADABLE, "Cannot read " + what + " (" + e.getClass().getSimpleName()
                    + "). Check that the file exists and that you may read it.", e);
        }
        try {
            return Json.parse(text);
        } catch (MessageFormatException e) {
            throw new WalletException(Reason.CORRUPT_KEYSTORE, "Cannot read " + what
                    + ": it is not valid JSON (it may be truncated or damaged). Use an intact copy of the keystore.");
        }
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new WalletException(Reason.INVALID_NAME, "The account name is empty. Give the account a short name, such as 'main'.");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw new WalletException(Reason.INVALID_NAME, "The account name has " + n.length() + " characters; the limit is "
                    + MAX_NAME_LENGTH + ". Choose a shorter name.");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new WalletException(Reason.INVALID_NAME, "The account name contains a control character (such as a tab or"
                    + " a line break). Choose a name of visible characters.");
        }
        return n;
    }

    private static void ensureFree(List<Entry> entries, String name, String address) {
        for (Entry e : entries) {
            if (e.account().name().equalsIgnoreCase(name)) {
                throw new WalletException(Reason.NAME_EXISTS, "An account named '" + e.account().name()
                        + "' already exists (names are compared ignoring case). Choose another name, or rename or remove that account first.");
            }
            if (address != null && Addresses.sameAddress(e.account().address(), address)) {
                throw new WalletException(Reason.ADDRESS_EXISTS, "The address " + e.account().address()
                        + " is already in the wallet as account '" + e.account().name() + "'" + (e.account().watchOnly() ? " (watch-only)" : "")
                        + ". Use that account, or remove it first.");
            }
        }
    }

    private static Optional<Entry> entry(List<Entry> entries, String name) {
        String n = name == null ? "" : name.strip();
        return entries.stream().filter(e -> e.account().name().equalsIgnoreCase(n)).findFirst();
    }

    private static void requireKey(Account a, String action) {
        if (a.watchOnly()) {
            throw new WalletException(Reason.WATCH_ONLY, "Account '" + a.name() + "' is watch-only: the wallet has no key for "
                    + a.address() + ", so it cannot " + action + ". Import the key (private key, mnemonic or keystore) as another account.");
        }
    }

    private static WalletException notFound(String name) {
        return new WalletException(Reason.NOT_FOUND, "There is no account named '" + (name == null ? "" : name.strip())
                + "' in the wallet. List the accounts to see their names.");
    }

    private WalletException missingKeystore(Entry e, IOException cause) {
        return new WalletException(Reason.FILE_UNREADABLE, "The keystore of account '" + e.account().name() + "' ("
                + dir.resolve(e.keystoreFile()) + ") cannot be read (" + cause.getClass().getSimpleName()
                + "). Restore the file from a backup, or remove the account and import its key again.", cause);
    }

    private WalletException storage(String action, IOException cause) {
        return new WalletException(Reason.STORAGE, "Could not " + action + " in " + dir + " (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "). Check that the disk is not full and that you may write there.", cause);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
