package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.Vms;
import java.util.Locale;

/**
 * PROGRAM and INSTANCE: every referenced STORE must resolve (tag for {@code use_latest}, pin
 * otherwise), persistent volumes must hold their parent, and amends follow P-4.4 — the reference
 * node's real behaviour by default, or the stricter variant (same owner, no amend of an amend, a
 * version table) when {@code strict} is set. Strict mode is stricter than mainnet.
 */
final class VmRules implements ContentRules {
    private final boolean instance;
    private final boolean strict;

    VmRules(boolean instance, boolean strict) {
        this.instance = instance;
        this.strict = strict;
    }

    /** Every STORE reference of a VM content, with the role the reference node gives it. */
    static List<Vms.VmRef> refs(String vmHash, ObjectNode content) {
        List<Vms.VmRef> out = new ArrayList<>();
        addRef(out, vmHash, content.get("code"), false, "code");
        addRef(out, vmHash, content.get("runtime"), true, "runtime");
        addRef(out, vmHash, content.get("data"), false, "data");
        JsonNode rootfs = content.path("rootfs").get("parent");
        addRef(out, vmHash, rootfs, true, "rootfs");
        for (JsonNode v : content.path("volumes")) {
            if (v.has("ref")) {
                addRef(out, vmHash, v, true, "volume");
            } else if (v.path("parent").isObject()) {
                addRef(out, vmHash, v.get("parent"), true, "parent");
            }
        }
        return out;
    }

    private static void addRef(List<Vms.VmRef> out, String vmHash, JsonNode ref, boolean useLatestDefault, String role) {
        if (ref == null || !ref.isObject() || !ref.path("ref").isTextual()) {
            return;
        }
        JsonNode ul = ref.get("use_latest");
        boolean useLatest = ul == null || ul.isNull() ? useLatestDefault : truthy(ul);
        out.add(new Vms.VmRef(vmHash, ref.get("ref").textValue(), useLatest, role));
    }

    private static boolean truthy(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.intValue() != 0;
        }
        return Set.of("1", "on", "t", "true", "y", "yes").contains(v.asText().toLowerCase(Locale.ROOT));
    }

    @Override
    public void checkDependencies(Connection c, Incoming m) throws SQLException, ProcessingException {
        Set<String> missing = new TreeSet<>();
        for (Vms.VmRef r : refs(m.itemHash(), m.content())) {
            boolean found = r.useLatest() ? FileTable.tag(c, r.ref()).isPresent() : FileTable.messagePin(c, r.ref()).isPresent();
            if (!found) {
                missing.add(r.ref());
            }
        }
        if (!missing.isEmpty()) {
            throw ProcessingException.withErrors(ErrorCode.VM_VOLUME_NOT_FOUND, missing.toArray());
        }
        checkParentSizes(c, m.content());
        String replaces = m.text("replaces");
        if (replaces != null) {
            checkAmend(c, m, replaces);
        }
    }

    private void checkAmend(Connection c, Incoming m, String target) throws SQLException, ProcessingException {
        Optional<Vms.Vm> original = Vms.get(c, target);
        if (original.isEmpty() || !original.get().type().equals("PROGRAM")) {
            throw ProcessingException.withErrors(ErrorCode.VM_REF_NOT_FOUND, target);
        }
        if (original.get().replaces() != null) {
            throw new ProcessingException(ErrorCode.VM_UPDATE_UPDATE, null, "cannot amend an amend");
        }
        boolean allowed = original.get().allowAmend();
        if (strict) {
            if (!original.get().owner().equals(m.owner())) {
                throw ProcessingException.withErrors(ErrorCode.PERMISSION_DENIED, "Strict mode: an amend of " + target
                        + " must be owned by " + original.get().owner());
            }
            Optional<String> current = Vms.currentVersion(c, target);
            if (current.isPresent()) {
                allowed = Vms.get(c, current.get()).map(Vms.Vm::allowAmend).orElse(allowed);
            }
        }
        if (!allowed) {
            throw new ProcessingException(ErrorCode.VM_AMEND_NOT_ALLOWED, null, "program " + target + " does not allow amends");
        }
    }

    private static void checkParentSizes(Connection c, ObjectNode content) throws SQLException, ProcessingException {
        List<JsonNode> withParent = new ArrayList<>();
        for (JsonNode v : content.path("volumes")) {
            if (v.path("parent").isObject() && v.has("size_mib")) {
                withParent.add(v);
            }
        }
        if (content.path("rootfs").isObject()) {
            withParent.add(content.get("rootfs"));
        }
        for (JsonNode v : withParent) {
            JsonNode parent = v.get("parent");
            String ref = parent.path("ref").asText();
            JsonNode ul = parent.get("use_latest");
            boolean useLatest = ul == null || ul.isNull() || truthy(ul);
            Optional<String> fileHash = useLatest ? FileTable.tag(c, ref).map(FileTable.Tag::fileHash)
                    : FileTable.messagePin(c, ref).map(FileTable.Pin::fileHash);
            if (fileHash.isEmpty()) {
                continue;
            }
            Optional<FileTable.FileRow> file = FileTable.file(c, fileHash.get());
            long volumeSize = v.path("size_mib").asLong() * 1024 * 1024;
            if (file.isPresent() && volumeSize < file.get().size()) {
                ObjectNode e = Json.object();
                e.put("volume_name", v.has("name") ? v.get("name").asText() : "rootfs");
                e.put("parent_ref", ref);
                e.put("parent_file", fileHash.get());
                e.put("parent_size", file.get().size());
                e.put("volume_size", volumeSize);
                throw ProcessingException.withErrors(ErrorCode.VM_VOLUME_TOO_SMALL, e);
            }
        }
    }

    @Override
    public void process(Connection c, Incoming m) throws SQLException {
        boolean allowAmend = truthy(m.content().path("allow_amend"));
        String replaces = strict ? m.text("replaces") : null;
        Vms.insert(c, new Vms.Vm(m.itemHash(), instance ? "INSTANCE" : "PROGRAM", m.owner(), allowAmend, replaces),
                refs(m.itemHash(), m.content()), m.contentTime());
        if (strict) {
            Vms.setCurrentVersion(c, replaces != null ? replaces : m.itemHash(), m.owner(), m.itemHash(), m.contentTime());
        }
    }

    @Override
    public Set<String> forget(Connection c, Incoming target, double now) throws SQLException {
        Vms.delete(c, target.itemHash());
        return Set.of();
    }
}
