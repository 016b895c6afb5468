package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The next tight time of an event under the current slopes: pairs close at the sum of the two
 * slopes, pairs that are not closing never tighten, the boundary edge only for a growing region,
 * and among equal times the first pair in the event's list wins (the solver's tie-break).
 */
class EventScheduleTest {
    @Test
    void nextTimeTakesTheEarliestClosingPairOrBoundary() {
        // Events 0..3, pairs 0-1 (cost 10), 0-2 (cost 12), 0-3 (cost 30); 0's boundary at 40.
        BlossomProblem p = new BlossomProblem();
        p.reset(4);
        p.addEdge(0, 1, 10);
        p.addEdge(2, 0, 12);
        p.addEdge(0, 3, 30);
        p.boundaryCost[0] = 40;
        p.buildAdjacency();
        RegionTable t = new RegionTable();
        t.clear(4);
        for (int v = 0; v < 4; v++) {
            t.newRegion();
            t.topOf[v] = v;
        }
        EventSchedule s = new EventSchedule(p, t);
        s.clear();

        // Both growing: 0-1 closes at 10 / 2 = 5; 0 alone towards 2 (standing) at 12.
        t.setSlope(0, 1);
        t.setSlope(1, 1);
        assertEquals(5, s.nextTime(0));
        assertEquals(0, s.nextEdge);

        // 1 shrinking: 0-1 no longer closes; 0-2 at 12 wins.
        t.setSlope(1, -1);
        assertEquals(12, s.nextTime(0));
        assertEquals(1, s.nextEdge);

        // Later, with radii already grown: 0 has radius 8 at time 8 and 2 grows from 0 at time 8, so
        // 0-2 (12 - 8 - 0 = 4 left at rate 2) closes at 10; 1 still shrinks, so 0-1 does not close.
        t.now = 8;
        t.setSlope(2, 1);
        assertEquals(10, s.nextTime(0));
        assertEquals(1, s.nextEdge);

        // 0 stands still: only pairs towards growing regions close, and never the boundary.
        t.setSlope(0, 0);
        t.setSlope(2, 0);
        assertEquals(Long.MAX_VALUE, s.nextTime(0));
        t.setSlope(3, 1);
        assertEquals(8 + (30 - 8), s.nextTime(0));
        assertEquals(2, s.nextEdge);
    }

    @Test
    void tiesGoToTheFirstPairThenTheBoundary() {
        // Events 0..2, pairs 0-1 and 0-2 both of cost 8, all growing from radius 0.
        BlossomProblem p = new BlossomProblem();
        p.reset(3);
        p.addEdge(0, 1, 8);
        p.addEdge(0, 2, 8);
        p.buildAdjacency();
        RegionTable t = new RegionTable();
        t.clear(3);
        for (int v = 0; v < 3; v++) {
            t.newRegion();
            t.topOf[v] = v;
            t.setSlope(v, 1);
        }
        EventSchedule s = new EventSchedule(p, t);
        s.clear();
        assertEquals(4, s.nextTime(0));
        assertEquals(0, s.nextEdge);
        p.boundaryCost[0] = 2;
        assertEquals(2, s.nextTime(0));
        assertEquals(-1, s.nextEdge);
        p.boundaryCost[0] = 4;
        assertEquals(4, s.nextTime(0));
        assertEquals(0, s.nextEdge);
        // Standing still, 0 never reaches its boundary; the pairs close at the others' rate.
        t.setSlope(0, 0);
        assertEquals(8, s.nextTime(0));
        assertEquals(0, s.nextEdge);
    }
}
