package org.alephdeploy.ui.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.RefPin;
import org.alephdeploy.ui.shell.AccountSummary;
import org.alephdeploy.ui.volumes.VolumeRow;

/**
 * A believable account for the demo source: programs on both lock axes, volumes with
 * revisions and users, a few operations. Times are relative to {@code now}.
 */
final class DemoData {
    static final String ACCOUNT = "0x9a3F5c1B7e2D4a6F8b0C1d2E3f4A5b6C7d8E9f0A";
    static final String ACCOUNT_NAME = "Main account";
    static final String OFFICIAL = "0xE0178501683a4C321Cb8D1dbEbc1d8B2ec5E1B3C";
    static final String RUNTIME_NAME = "debian-12-python";

    private final Instant now;

    DemoData(Instant now) {
        this.now = now;
    }

    static String hash(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    AccountSummary account() {
        return new AccountSummary(ACCOUNT_NAME, ACCOUNT, new BigDecimal("2412.58"), 184_250L, false);
    }

    Instant ago(long hours) {
        return now.minus(Duration.ofHours(hours));
    }

    List<ProgramRow> programs() {
        RefPin runtimeLatest = new RefPin("runtime", hash(RUNTIME_NAME), true);
        RefPin runtimePinned = new RefPin("runtime", hash(RUNTIME_NAME), false);
        return List.of(
                program("weather-api", ItemStatus.PROCESSED, true, true, runtimeLatest,
                        List.of(new RefPin("/data/site", hash("site-assets"), true)), 1, 2048, 2, 4),
                program("image-resizer", ItemStatus.PROCESSED, false, true, runtimePinned, List.of(), 2, 4096, 30, 2),
                program("discord-bot", ItemStatus.PROCESSED, false, false, runtimePinned,
                        List.of(new RefPin("/opt/venv", hash("python-venv"), false)), 1, 512, 75, 1),
                program("indexer-v2", ItemStatus.PROCESSED, true, false, runtimeLatest,
                        List.of(new RefPin("/models", hash("model-weights"), true),
                                new RefPin("/etc/indexer", hash("shared-config"), false)), 4, 8192, 120, 1),
                program("landing-page", ItemStatus.PENDING, true, true, runtimeLatest, List.of(), 1, 256, 0, 1),
                program("legacy-api", ItemStatus.FORGOTTEN, false, false, runtimePinned, List.of(), 1, 1024, 900, 1));
    }

    private ProgramRow program(String name, ItemStatus status, boolean allowAmend, boolean codeLatest, RefPin runtime,
            List<RefPin> volumes, int vcpus, int memory, long hoursAgo, int codeRevisions) {
        String h = hash(name);
        return new ProgramRow(name, h, status, allowAmend, new RefPin("code", hash(name + "-code"), codeLatest),
                runtime, volumes, vcpus, memory, ago(hoursAgo), "https://aleph.sh/vm/" + h, ACCOUNT, true,
                codeRevisions);
    }

    List<VolumeRow> volumes() {
        return List.of(
                volume("site-assets", "storage", 19_293_184L, 6, 1, 0, ACCOUNT, 2),
                volume("python-venv", "storage", 148_897_792L, 2, 0, 1, ACCOUNT, 75),
                volume("model-weights", "ipfs", 1_288_490_188L, 3, 1, 0, ACCOUNT, 130),
                volume("shared-config", "storage", 4_301L, 5, 0, 1, ACCOUNT, 140),
                volume("old-backups", "storage", 671_088_640L, 1, 0, 0, ACCOUNT, 2200),
                volume(RUNTIME_NAME, "storage", 417_333_248L, 3, 3, 3, OFFICIAL, 4000));
    }

    private VolumeRow volume(String name, String type, long size, int revisions, int followers, int pinned,
            String owner, long hoursAgo) {
        return new VolumeRow(name, hash(name), type, ItemStatus.PROCESSED, size, revisions, followers, pinned, owner,
                ACCOUNT.equals(owner), ago(hoursAgo));
    }

    List<ActivityRow> activity() {
        return List.of(
                new ActivityRow("op-5", ago(0), "Update volume", "site-assets", ActivityState.RUNNING, 1, 3,
                        "Uploading site-assets.tar.gz"),
                new ActivityRow("op-4", ago(2), "Update code", "weather-api", ActivityState.DONE, 3, 3,
                        "Verified: revision processed"),
                new ActivityRow("op-3", ago(30), "Re-create", "image-resizer", ActivityState.INTERRUPTED, 3, 6,
                        "Wait until the new program is processed"),
                new ActivityRow("op-2", ago(200), "Forget volume", "tmp-uploads", ActivityState.FAILED, 1, 2,
                        "Node answered 503: still used by a live program"),
                new ActivityRow("op-1", ago(900), "Delete program", "legacy-api", ActivityState.DONE, 3, 3,
                        "Forgotten"));
    }
}
