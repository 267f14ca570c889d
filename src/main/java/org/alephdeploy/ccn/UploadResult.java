package org.alephdeploy.ccn;

/**
 * The outcome of {@link CcnClient#addFile}. {@code fileHash} is the SHA-256 of the file.
 * {@code uploaded} is false when the node already had the file and nothing was sent.
 * {@code message} is the status of the attached STORE message: from the upload's HTTP status
 * (P-5.5) or, when the upload was skipped, from {@code POST /api/v0/messages}; null without a message.
 */
public record UploadResult(String fileHash, boolean uploaded, long bytesSent, PostResult message) {
}
