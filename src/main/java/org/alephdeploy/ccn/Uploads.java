package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.StoreContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The multipart upload endpoints (P-5.5, P-5.6): metadata part first, then the file streamed from disk. */
final class Uploads {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    private final CcnClient client;
    private final Transport transport;

    Uploads(CcnClient client, Transport transport) {
        this.client = client;
        this.transport = transport;
    }

    UploadResult addFile(Path file, Message store, boolean sync, UploadListener listener, Cancellation cancel) {
        long size = size(file);
        String hash = FileHashing.sha256(file, cancel);
        if (store != null) {
            checkStore(store, hash, "storage");
        }
        if (client.fileExists(hash, cancel)) {
            LOG.debug("file {} is already on the node; not uploading it", hash);
            PostResult posted = store == null ? null : client.postMessage(store, sync, cancel);
            return new UploadResult(hash, false, 0, posted);
        }
        RequestSpec spec = uploadSpec("api/v0/storage/add_file", file, size, store, sync, listener, cancel);
        return transport.call(spec, r -> {
            JsonNode body = uploadAnswer(r, "the upload answer has no hash");
            String nodeHash = body.get("hash").textValue();
            if (!nodeHash.equals(hash)) {
                throw NodeError.http(r.status(), "the node stored the file as " + nodeHash + " but it hashes to " + hash,
                        body, r.node());
            }
            return new UploadResult(hash, true, size, store == null ? null : uploadStatus(r.status()));
        });
    }

    private RequestSpec uploadSpec(String path, Path file, long size, Message store, boolean sync, UploadListener listener,
            Cancellation cancel) {
        RequestSpec spec = RequestSpec.post(path, multipart(file, size, store, sync, listener, cancel), true)
                .cancellation(cancel).transfer();
        if (sync) {
            spec.minReadTimeout(CcnClient.SYNC_READ_TIMEOUT);
        }
        return spec;
    }

    /** The upload answer's body; a 422 still carries the stored file's hash when only the message was refused. */
    private static JsonNode uploadAnswer(NodeResponse r, String noHash) {
        if (r.status() != 200 && r.status() != 202 && r.status() != 422) {
            throw r.error();
        }
        JsonNode body = r.jsonOrNull();
        if (body == null || !body.path("hash").isTextual()) {
            if (r.status() == 422) {
                throw r.error();
            }
            throw new NodeResponse.MalformedBody(noHash, null);
        }
        return body;
    }

    IpfsUploadResult ipfsAddFile(Path file, Message store, boolean sync, UploadListener listener, Cancellation cancel) {
        long size = size(file);
        if (store != null) {
            checkStore(store, null, "ipfs");
        }
        RequestSpec spec = uploadSpec("api/v0/ipfs/add_file", file, size, store, sync, listener, cancel);
        return transport.call(spec, r -> {
            JsonNode body = uploadAnswer(r, "the IPFS upload answer has no hash");
            return new IpfsUploadResult(body.get("hash").textValue(), Replies.text(body, "name"),
                    body.path("size").asLong(size), store == null ? null : uploadStatus(r.status()));
        });
    }

    private static PostResult uploadStatus(int status) {
        MessageStatus s = switch (status) {
            case 200 -> MessageStatus.PROCESSED;
            case 202 -> MessageStatus.PENDING;
            default -> MessageStatus.REJECTED;
        };
        return new PostResult(status, s, null, List.of());
    }

    private static RequestBody multipart(Path file, long size, Message store, boolean sync, UploadListener listener,
                                         Cancellation cancel) {
        MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
        if (store != null) {
            ObjectNode metadata = Json.object();
            metadata.set("message", store.toWire());
            metadata.put("sync", sync);
            b.addFormDataPart("metadata", Json.compact(metadata));
        }
        String name = file.getFileName() == null ? "file" : file.getFileName().toString();
        b.addFormDataPart("file", name, new FileRequestBody(file, size, listener == null ? UploadListener.NONE : listener,
                cancel));
        return b.build();
    }

    private static void checkStore(Message store, String fileHash, String itemType) {
        if (store.type() != MessageType.STORE || store.itemContent() == null) {
            throw new IllegalArgumentException("an upload's message must be an inline STORE message");
        }
        StoreContent content = new StoreContent(store.content());
        if (!content.itemType().wire().equals(itemType)) {
            throw new IllegalArgumentException("the STORE message's item_type is " + content.itemType().wire()
                    + ", this upload needs " + itemType);
        }
        if (fileHash != null && !fileHash.equals(content.fileHash())) {
            throw new IllegalArgumentException("the STORE message names file " + content.fileHash()
                    + " but the file hashes to " + fileHash);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
