package org.alephdeploy.deploy.inventory;

import java.util.Objects;

/**
 * One reason a compute node would not start a program: a stable {@code code} for scripts (see
 * {@link BootChecks}), the reason in words, and the {@code subject} it is about (a STORE hash or a
 * mount path).
 */
public record BootProblem(String code, String words, String subject) {
    public static final String VOLUME_NOT_SQUASHFS = "volume-not-squashfs";
    public static final String RUNTIME_NOT_SQUASHFS = "runtime-not-squashfs";
    public static final String CODE_TOO_LARGE = "code-too-large";
    public static final String CODE_ENCODING_MISMATCH = "code-encoding-mismatch";
    public static final String DATA_TOO_LARGE = "data-too-large";
    public static final String DATA_NOT_ZIP = "data-not-zip";
    public static final String VOLUME_KIND_UNSUPPORTED = "volume-kind-unsupported";
    public static final String REF_MISSING = "ref-missing";

    public BootProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(words, "words");
    }
}
