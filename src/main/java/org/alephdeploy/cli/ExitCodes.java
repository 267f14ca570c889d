package org.alephdeploy.cli;

/** The command line's exit codes; {@code --help} lists them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The operation failed: the node rejected a message, verification failed, bad input. */
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The planner refused the change (it would not be accepted or would lose something). */
    public static final int REFUSED = 3;
    public static final int UNREACHABLE = 4;
    /** Interrupted; the journaled operation can be resumed. */
    public static final int INTERRUPTED = 5;

    public static final String HELP = "%nExit codes:%n"
            + "  0  done%n"
            + "  1  failed (node rejected a message, verification failed, bad input)%n"
            + "  2  usage error%n"
            + "  3  refused by the planner%n"
            + "  4  node unreachable%n"
            + "  5  interrupted (resumable with 'journal resume')%n";

    private ExitCodes() {
    }
}
