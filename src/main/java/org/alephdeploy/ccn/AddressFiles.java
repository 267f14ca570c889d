package org.alephdeploy.ccn;

import java.time.Instant;
import java.util.List;

/** One page of {@code GET /api/v0/addresses/{address}/files} (P-5.8); empty when the node has none. */
public record AddressFiles(String address, long totalSize, List<File> files, int page, long total, int perPage) {
    public AddressFiles {
        files = List.copyOf(files);
    }

    /**
     * A file pinned by one of the address's STORE messages. {@code created} is the node's ISO text
     * (with or without fractional seconds) and {@code createdAt} its parsed form, null if unparseable.
     */
    public record File(String fileHash, Long size, String type, String created, Instant createdAt,
                       String itemHash) {
    }
}
