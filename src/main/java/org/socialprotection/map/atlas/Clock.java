package org.socialprotection.map.atlas;

/** A time within an episode as a listener reads it: "5:12" or "1:02:03". */
public final class Clock {

    private Clock() {
    }

    public static String of(int seconds) {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
