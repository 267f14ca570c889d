package org.alephdeploy.sandbox.vm;

import java.util.List;

/**
 * Why a program could not serve a request, as a compute node would fail it: an HTTP status, a
 * stable code, the reason in words, and the boot problems when the rules stopped it.
 */
public final class VmFailure extends Exception {
    private final int status;
    private final String code;
    private final transient List<BootReport.Problem> problems;

    public VmFailure(int status, String code, String reason) {
        this(status, code, reason, List.of());
    }

    public VmFailure(int status, String code, String reason, List<BootReport.Problem> problems) {
        super(reason);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<BootReport.Problem> problems() {
        return problems;
    }
}
