package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The authors' RP-d schedule: d = 3 is the published RP-3 schedule, and larger d build verified. */
class RpCheckScheduleTest {
    @Test
    void distanceThreeIsThePublishedRp3Schedule() {
        Rp3Layout rp3 = new Rp3Layout();
        Rp3Schedule published = new Rp3Schedule(rp3);
        RpCheckSchedule s = new RpCheckSchedule(3);
        List<RpCheckSchedule.Check> all = new ArrayList<>(s.xChecks());
        all.addAll(s.zChecks());
        for (int step = 1; step <= RpCheckSchedule.STEPS; step++) {
            Set<String> mine = new TreeSet<>();
            for (RpCheckSchedule.Check c : all) {
                int q = c.visits()[step - 1];
                if (q < 0) {
                    continue;
                }
                int ancilla = rp3.ancillaAt(c.x(), c.y());
                int data = Rp3Layout.dataAt(q / 3 - 1, q % 3 - 1);
                mine.add(c.isX() ? ancilla + ">" + data : data + ">" + ancilla);
            }
            Set<String> theirs = new TreeSet<>();
            int[] layer = published.layer(step - 1);
            for (int i = 0; i < layer.length; i += 2) {
                theirs.add(layer[i] + ">" + layer[i + 1]);
            }
            assertEquals(theirs, mine, "step " + step);
        }
    }

    @Test
    void largerDistancesMeasureEveryCheckOnce() {
        for (int d : new int[] {5, 7, 9}) {
            RpCheckSchedule s = new RpCheckSchedule(d);
            assertEquals((d * d + 1) / 2, s.xChecks().size());
            assertEquals((d * d + 1) / 2, s.zChecks().size());
        }
    }
}
