package org.alephdeploy.sandbox.vm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.ImportedHistory;
import org.alephdeploy.sandbox.store.MessageQuery;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a PROGRAM's code, runtime, data and volumes as a compute node does at each start
 * (docs/PROTOCOL.md C-1) and applies the rules of C-2, reading this node's own store.
 */
public final class BootCheck {
    /** {@code MAX_PROGRAM_ARCHIVE_SIZE} and {@code MAX_DATA_ARCHIVE_SIZE}, the CRN defaults. */
    public static final long MAX_INLINE_BYTES = 10_000_000L;
    private static final Set<String> TRUE_WORDS = Set.of("1", "on", "t", "true", "y", "yes");

    private final Database db;
    private final FileStore files;
    private final RemoteFiles fetcher;
    /** File kind by sha256: the bytes under a hash never change. */
    private final Map<String, String> kinds = new ConcurrentHashMap<>();

    public BootCheck(Database db, FileStore files) {
        this.db = db;
        this.files = files;
        this.fetcher = new RemoteFiles(db, files);
    }

    /** The report for {@code programHash}; a 404 failure when no processed PROGRAM has that hash. */
    public BootReport check(String programHash) throws VmFailure {
        Optional<MessageRow> row = db.tx(c -> Messages.get(c, programHash));
        if (row.isEmpty() || !row.get().type().equals("PROGRAM") || !row.get().is(MessageRow.PROCESSED)) {
            String why = row.isEmpty() ? "This node holds no message " + programHash
                    : "Message " + programHash + " is a " + row.get().type() + " in status " + row.get().status();
            throw new VmFailure(404, "program-not-found", why + "; a compute node serves only processed PROGRAM "
                    + "messages. Check the hash (an amend is another program with its own hash).");
        }
        List<ImportedHistory.Remote> remote = new ArrayList<>();
        BootReport first = db.tx(c -> report(c, programHash, row.get(), remote));
        if (remote.isEmpty()) {
            return first;
        }
        remote.forEach(fetcher::fetch);
        return db.tx(c -> report(c, programHash, row.get(), new ArrayList<>()));
    }

    private BootReport report(Connection c, String hash, MessageRow row, List<ImportedHistory.Remote> remote)
            throws SQLException {
        ObjectNode content = row.content();
        List<BootReport.Problem> problems = new ArrayList<>();
        JsonNode codeRef = content.path("code");
        BootReport.Part code = resolve(c, "code", null, codeRef, false, problems, remote);
        BootReport.Part runtime = resolve(c, "runtime", null, content.path("runtime"), true, problems, remote);
        BootReport.Part data = null;
        if (content.path("data").isObject()) {
            data = resolve(c, "data", content.path("data").path("mount").asText("/data"), content.path("data"), false, problems, remote);
        }
        List<BootReport.Part> volumes = new ArrayList<>();
        for (JsonNode v : content.path("volumes")) {
            volumes.add(volume(c, v, problems, remote));
        }
        String encoding = codeRef.path("encoding").asText("zip");
        checkRuntime(runtime, problems);
        checkCode(code, encoding, problems);
        checkData(data, problems);
        Map<String, String> vars = new LinkedHashMap<>();
        content.path("variables").fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
        String entrypoint = codeRef.path("entrypoint").asText("");
        String iface = codeRef.path("interface").isTextual() ? codeRef.path("interface").asText()
                : entrypoint.contains(":") ? "asgi" : "executable";
        BootReport.Launch launch = new BootReport.Launch(iface, encoding, entrypoint, vars,
                content.path("resources").path("memory").asInt(128), content.path("resources").path("seconds").asDouble(30),
                truthy(content.path("on").get("persistent")));
        return new BootReport(hash, List.copyOf(problems), code, runtime, data, List.copyOf(volumes), launch);
    }

    private BootReport.Part volume(Connection c, JsonNode v, List<BootReport.Problem> problems,
            List<ImportedHistory.Remote> remote) throws SQLException {
        String mount = v.path("mount").asText("");
        if (mount.isEmpty() || !mount.startsWith("/")) {
            problems.add(new BootReport.Problem(BootReport.MOUNT_INVALID, "The volume mount path '" + mount
                    + "' is not an absolute path: the guest cannot create it. Use an absolute path such as /opt/packages.",
                    mount));
        }
        if (v.has("ref")) {
            BootReport.Part p = resolve(c, "volume", mount, v, true, problems, remote);
            if (p.kind() != null && !p.kind().equals(FileKind.SQUASHFS.word())) {
                problems.add(new BootReport.Problem(BootReport.VOLUME_NOT_SQUASHFS, "The volume at " + mount + " (revision "
                        + p.usedRef() + ") is a " + p.kind() + " file, not a squashfs image: the guest's "
                        + "'mount -t squashfs' fails and the program never boots. Publish a squashfs image (mksquashfs DIR "
                        + "img -comp gzip) as a new revision.", mount));
            }
            return p;
        }
        String name = v.path("name").asText(null);
        if (v.has("persistence")) {
            String persistence = v.path("persistence").asText();
            if (!persistence.equals("host")) {
                problems.add(new BootReport.Problem(BootReport.VOLUME_KIND_UNSUPPORTED, "The persistent volume at " + mount
                        + " has persistence '" + persistence + "': compute nodes only create 'host' volumes. Set "
                        + "persistence to host.", mount));
            }
            return new BootReport.Part("volume", mount, null, false, null, null, "persistent", 0, null, null, name);
        }
        String what = truthy(v.get("ephemeral")) ? "An ephemeral volume" : "A volume with neither ref nor persistence";
        problems.add(new BootReport.Problem(BootReport.VOLUME_KIND_UNSUPPORTED, what + " at " + mount
                + " is not supported for programs by current compute nodes (only immutable volumes and persistent host "
                + "volumes are). Use an immutable squashfs volume or a persistent host volume.", mount));
        return new BootReport.Part("volume", mount, null, false, null, null, truthy(v.get("ephemeral")) ? "ephemeral" : null,
                0, null, null, name);
    }

    /** C-1: the latest revision by owner and root for use_latest, the pinned STORE otherwise. */
    private BootReport.Part resolve(Connection c, String role, String mount, JsonNode refNode, boolean latestByDefault,
            List<BootReport.Problem> problems, List<ImportedHistory.Remote> remote) throws SQLException {
        String ref = refNode.path("ref").asText(null);
        JsonNode ul = refNode.get("use_latest");
        boolean useLatest = ul == null || ul.isNull() ? latestByDefault : truthy(ul);
        String where = mount == null ? "The " + role : "The " + role + " at " + mount;
        Optional<MessageRow> m = ref == null ? Optional.empty() : Messages.get(c, ref);
        if (m.isEmpty() || !m.get().type().equals("STORE") || !m.get().is(MessageRow.PROCESSED)) {
            String why = ref == null ? "has no ref" : m.isEmpty() ? "refers to " + ref + ", which this node does not hold"
                    : "refers to " + ref + ", a " + m.get().type() + " in status " + m.get().status();
            problems.add(new BootReport.Problem(BootReport.REF_MISSING, where + " " + why
                    + ": the compute node cannot download it. Publish the STORE message (or fix the reference) first.", ref));
            return new BootReport.Part(role, mount, ref, useLatest, null, null, null, 0, null, null, null);
        }
        MessageRow used = m.get();
        if (useLatest) {
            String owner = used.content().path("address").asText();
            MessageQuery latest = new MessageQuery(List.of(MessageRow.PROCESSED), List.of(), List.of(), List.of(owner),
                    List.of(ref), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of("STORE"), null, null, true, 1, 0, null, null);
            List<MessageRow> found = Messages.list(c, latest);
            if (!found.isEmpty() && found.get(0).content().path("address").asText().equals(owner)
                    && ref.equals(found.get(0).content().path("ref").asText(null))) {
                used = found.get(0);
            }
        }
        String fileHash = used.content().path("item_hash").asText(null);
        Optional<FileTable.FileRow> file = fileHash == null ? Optional.empty() : FileTable.file(c, fileHash);
        if (file.isPresent() && !files.has(file.get().sha256())) {
            ImportedHistory.remote(c, fileHash).ifPresent(remote::add);
        }
        if (file.isEmpty() || !files.has(file.get().sha256())) {
            problems.add(new BootReport.Problem(BootReport.REF_MISSING, where + " uses revision " + used.itemHash()
                    + " whose file " + fileHash + " is not stored on this node: the compute node cannot download it. "
                    + "Upload the file again.", used.itemHash()));
            return new BootReport.Part(role, mount, ref, useLatest, used.itemHash(), fileHash, null, 0, null, null, null);
        }
        Path path = files.path(file.get().sha256());
        String kind = kinds.computeIfAbsent(file.get().sha256(), sha -> {
            try {
                return FileKind.of(path).word();
            } catch (IOException e) {
                return FileKind.OTHER.word();
            }
        });
        return new BootReport.Part(role, mount, ref, useLatest, used.itemHash(), fileHash, kind, file.get().size(),
                file.get().sha256(), path, null);
    }

    private static void checkRuntime(BootReport.Part runtime, List<BootReport.Problem> problems) {
        if (runtime.kind() != null && !runtime.kind().equals(FileKind.SQUASHFS.word())) {
            problems.add(new BootReport.Problem(BootReport.RUNTIME_NOT_SQUASHFS, "The runtime (revision "
                    + runtime.usedRef() + ") is a " + runtime.kind() + " file, not a squashfs image: the compute node "
                    + "rejects it as a corrupted file system. Use an official runtime.", runtime.usedRef()));
        }
    }

    private static void checkCode(BootReport.Part code, String encoding, List<BootReport.Problem> problems) {
        if (code.kind() == null) {
            return;
        }
        if (encoding.equals("squashfs")) {
            if (!code.kind().equals(FileKind.SQUASHFS.word())) {
                problems.add(new BootReport.Problem(BootReport.CODE_ENCODING_MISMATCH, "The code says encoding squashfs but "
                        + "its file is a " + code.kind() + " file: mounting it fails. Publish a squashfs image, or set the "
                        + "encoding to what the file is.", code.usedRef()));
            }
            return;
        }
        if (code.size() > MAX_INLINE_BYTES) {
            problems.add(new BootReport.Problem(BootReport.CODE_TOO_LARGE, "The " + encoding + " code is " + code.size()
                    + " bytes, more than the " + MAX_INLINE_BYTES + " a compute node passes inline: \"Program file too "
                    + "large to pass as an inline zip\". Move dependencies to a squashfs volume or ship the code as "
                    + "squashfs.", code.usedRef()));
        }
        if (encoding.equals("zip") && !code.kind().equals(FileKind.ZIP.word())) {
            problems.add(new BootReport.Problem(BootReport.CODE_ENCODING_MISMATCH, "The code says encoding zip but its file "
                    + "is a " + code.kind() + " file: unzip extracts nothing. Publish a zip, or set the encoding to what "
                    + "the file is.", code.usedRef()));
        }
    }

    private static void checkData(BootReport.Part data, List<BootReport.Problem> problems) {
        if (data == null || data.kind() == null) {
            return;
        }
        if (data.size() > MAX_INLINE_BYTES) {
            problems.add(new BootReport.Problem(BootReport.DATA_TOO_LARGE, "The data archive is " + data.size()
                    + " bytes, more than the " + MAX_INLINE_BYTES + " a compute node accepts: \"Data file too large\". "
                    + "Ship large data as a squashfs volume.", data.usedRef()));
        }
        if (!data.kind().equals(FileKind.ZIP.word())) {
            problems.add(new BootReport.Problem(BootReport.DATA_NOT_ZIP, "The data is a " + data.kind() + " file, not a "
                    + "zip: the compute node unzips it into " + data.mount() + ". Publish a zip.", data.usedRef()));
        }
    }

    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.intValue() != 0;
        }
        return TRUE_WORDS.contains(v.asText().toLowerCase(Locale.ROOT));
    }
}
