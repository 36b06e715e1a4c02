package io.cachedinference.examples.replay;

import java.io.PrintStream;

/** A one-line progress bar, redrawn in place. */
final class Progress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final boolean inPlace;
    private final boolean transientBar;
    private int drawn = -1;

    Progress(PrintStream out, String label, int total) {
        // on a terminal the bar is redrawn in place; in a log it advances a line every tenth
        this(out, label, total, System.console() != null, false);
    }

    private Progress(PrintStream out, String label, int total, boolean inPlace, boolean transientBar) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.inPlace = inPlace;
        this.transientBar = transientBar;
    }

    /** A bar drawn on a terminal only, and erased when done: the caller prints its own line per pass. */
    static Progress transientOnTerminal(PrintStream out, String label, int total) {
        return new Progress(out, label, total, System.console() != null, true);
    }

    void update(int done) {
        if (transientBar && !inPlace) {
            return;
        }
        int steps = inPlace ? WIDTH : 10;
        int reached = (int) ((long) done * steps / total);
        if (reached == drawn) {
            return;
        }
        drawn = reached;
        int filled = (int) ((long) done * WIDTH / total);
        String bar = label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
        if (inPlace) {
            out.print("\r" + bar);
            if (done == total) {
                out.print(transientBar ? "\r" + " ".repeat(bar.length()) + "\r" : System.lineSeparator());
            }
        } else {
            out.println(bar);
        }
        out.flush();
    }
}
