package org.alephdeploy.message;

/**
 * What a stored file is, from its first bytes: a squashfs image ("hsqs", the little-endian magic
 * 0x73717368 at offset 0), a zip (a local file header "PK\3\4", or "PK\5\6" for an empty zip) or
 * anything else. Reading a file's kind needs only its first {@value #BYTES_NEEDED} bytes.
 */
public enum ArchiveMagic {
    SQUASHFS, ZIP, OTHER;

    public static final int BYTES_NEEDED = 4;

    /** The kind of a file whose first bytes are {@code head} (shorter arrays are {@link #OTHER}). */
    public static ArchiveMagic of(byte[] head) {
        return of(head, head.length);
    }

    /** The kind from the first {@code length} bytes of {@code head}. */
    public static ArchiveMagic of(byte[] head, int length) {
        if (length < BYTES_NEEDED) {
            return OTHER;
        }
        if (head[0] == 'h' && head[1] == 's' && head[2] == 'q' && head[3] == 's') {
            return SQUASHFS;
        }
        if (head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return ZIP;
        }
        return OTHER;
    }

    /** This kind in words, with its article ("a squashfs image", "a zip", "neither a squashfs image nor a zip"). */
    public String words() {
        return switch (this) {
            case SQUASHFS -> "a squashfs image";
            case ZIP -> "a zip";
            case OTHER -> "neither a squashfs image nor a zip";
        };
    }

    /**
     * Says that a file of this kind is not the {@code wanted} kind, for a sentence "the file is …":
     * "a zip, not a squashfs image", or for {@link #OTHER} "not a squashfs image (nor a zip: its first
     * bytes match neither format)".
     */
    public String insteadOf(ArchiveMagic wanted) {
        if (this == OTHER) {
            ArchiveMagic other = wanted == SQUASHFS ? ZIP : SQUASHFS;
            return "not " + wanted.words() + " (nor " + other.words() + ": its first bytes match neither format)";
        }
        return words() + ", not " + wanted.words();
    }
}
