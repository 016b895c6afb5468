package qtool.msc;

/**
 * One post-selected RP-5 syndrome round after the growth (the authors' {@code SE_round_z_corrected}
 * with signs corrected): ancilla resets, the five CX steps of {@link RpCheckSchedule},
 * measurements; each X check is compared with its growth-round value, each Z check stands alone
 * (the growth feedback made every Z check deterministic).
 */
final class Rp5Round {
    private final Rp5Layout layout;

    Rp5Round(Rp5Layout layout) {
        this.layout = layout;
    }

    /** Writes the round; {@code previous} is the growth round's {X, Z} records; returns this round's. */
    long[][] write(MomentBuilder mb, long[][] previous, int round, int stage) {
        layout.resetAncillas(mb);
        mb.tick();
        layout.steps(mb, 1);
        long[][] now = layout.measureAncillas(mb);
        mb.tick();
        for (int i = 0; i < now[0].length; i++) {
            RpCheckSchedule.Check c = layout.xChecks().get(i);
            mb.detector(Rp5Layout.coords(c.x(), c.y(), round, stage), previous[0][i], now[0][i]);
        }
        for (int i = 0; i < now[1].length; i++) {
            RpCheckSchedule.Check c = layout.zChecks().get(i);
            mb.detector(Rp5Layout.coords(c.x(), c.y(), round, stage), now[1][i]);
        }
        return now;
    }
}
