package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Live PROGRAM and INSTANCE messages and the STORE messages they reference. */
public final class Vms {
    private Vms() {
    }

    /** A live VM. {@code replaces} is only kept in strict mode (the reference node drops it). */
    public record Vm(String itemHash, String type, String owner, boolean allowAmend, String replaces) {
    }

    /** A reference from a VM to a STORE message hash. */
    public record VmRef(String vmHash, String ref, boolean useLatest, String role) {
    }

    public static void insert(Connection c, Vm vm, List<VmRef> refs, double created) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO vms (item_hash, type, owner, allow_amend, replaces, created) VALUES (?, ?, ?, ?, ?, ?)",
                vm.itemHash(), vm.type(), vm.owner(), vm.allowAmend(), vm.replaces(), created);
        for (VmRef r : refs) {
            Sql.update(c, "INSERT INTO vm_refs (vm_hash, ref, use_latest, role) VALUES (?, ?, ?, ?)",
                    r.vmHash(), r.ref(), r.useLatest(), r.role());
        }
    }

    public static Optional<Vm> get(Connection c, String itemHash) throws SQLException {
        return Sql.one(c, "SELECT * FROM vms WHERE item_hash = ?", rs -> new Vm(rs.getString("item_hash"),
                rs.getString("type"), rs.getString("owner"), rs.getInt("allow_amend") == 1, rs.getString("replaces")),
                itemHash);
    }

    public static void delete(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM vms WHERE item_hash = ?", itemHash);
        Sql.update(c, "DELETE FROM vm_refs WHERE vm_hash = ?", itemHash);
    }

    /** Live VMs that reference {@code ref} in a protected role (every role but persistent-volume parents). */
    public static List<String> usersOf(Connection c, String ref) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT vm_hash FROM vm_refs WHERE ref = ? AND role <> 'parent' ORDER BY vm_hash",
                rs -> rs.getString(1), ref);
    }

    /** Strict mode: the current version of an amend chain. */
    public static Optional<String> currentVersion(Connection c, String root) throws SQLException {
        return Sql.one(c, "SELECT current_version FROM vm_versions WHERE root = ?", rs -> rs.getString(1), root);
    }

    public static void setCurrentVersion(Connection c, String root, String owner, String version, double time)
            throws SQLException {
        Sql.update(c, "INSERT INTO vm_versions (root, owner, current_version, last_updated) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(root) DO UPDATE SET current_version = excluded.current_version, "
                + "last_updated = excluded.last_updated", root, owner, version, time);
    }
}
