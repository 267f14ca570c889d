package org.alephdeploy.ccn;

/** The outcome of {@link CcnClient#ipfsAddFile}: the CID, the part name and size the node reports. */
public record IpfsUploadResult(String cid, String name, long size, PostResult message) {
}
