package io.cachedinference.examples.replay;

import java.io.PrintStream;

/** A one-line progress bar, redrawn in place. */
final class Progress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final boolean inPlace;
    private int drawn = -1;

    Progress(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
        // on a terminal the bar is redrawn in place; in a log it advances a line every tenth
        this.inPlace = System.console() != null;
    }

    void update(int done) {
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
                out.println();
            }
        } else {
            out.println(bar);
        }
        out.flush();
    }
}
