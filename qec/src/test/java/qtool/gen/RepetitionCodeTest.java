package qtool.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.stim.StimWriter;

/** Repetition code memory circuits. */
class RepetitionCodeTest {
    /** {@code stim gen --code repetition_code --task memory --distance 3 --rounds 3} with all four knobs 0.01. */
    private static final String STIM_D3_R3 = """
            R 0 1 2 3 4
            X_ERROR(0.01) 0 1 2 3 4
            TICK
            DEPOLARIZE1(0.01) 0 2 4
            CX 0 1 2 3
            DEPOLARIZE2(0.01) 0 1 2 3
            TICK
            CX 2 1 4 3
            DEPOLARIZE2(0.01) 2 1 4 3
            TICK
            X_ERROR(0.01) 1 3
            MR 1 3
            X_ERROR(0.01) 1 3
            DETECTOR(1, 0) rec[-2]
            DETECTOR(3, 0) rec[-1]
            REPEAT 2 {
                TICK
                DEPOLARIZE1(0.01) 0 2 4
                CX 0 1 2 3
                DEPOLARIZE2(0.01) 0 1 2 3
                TICK
                CX 2 1 4 3
                DEPOLARIZE2(0.01) 2 1 4 3
                TICK
                X_ERROR(0.01) 1 3
                MR 1 3
                X_ERROR(0.01) 1 3
                SHIFT_COORDS(0, 1)
                DETECTOR(1, 0) rec[-2] rec[-4]
                DETECTOR(3, 0) rec[-1] rec[-3]
            }
            X_ERROR(0.01) 0 2 4
            M 0 2 4
            DETECTOR(1, 1) rec[-2] rec[-3] rec[-5]
            DETECTOR(3, 1) rec[-1] rec[-2] rec[-4]
            OBSERVABLE_INCLUDE(0) rec[-1]
            """;

    @Test
    void matchesStimsLayout() {
        StabilizerCircuit c = RepetitionCode.memory(3, 3, NoiseParams.uniform(0.01));
        assertEquals(STIM_D3_R3, StimWriter.write(c));
        assertEquals(StimReader.parse(STIM_D3_R3), c);
    }

    @Test
    void detectorCountsDeterminismAndGraphlikeModel() {
        for (int d : new int[] {2, 3, 5, 9}) {
            for (long r : new long[] {1, 2, 4, 10}) {
                StabilizerCircuit noiseless = RepetitionCode.memory(d, r, NoiseParams.NONE);
                assertEquals((long) (d - 1) * (r + 1), noiseless.numDetectors());
                assertEquals(1, noiseless.numObservables());
                assertEquals(2 * d - 1, noiseless.numQubits());
                GenTestSupport.assertDeterministic(noiseless);
                BitTable shots = DetectorSampler.sample(noiseless, 256, 7, 1);
                for (int bit = 0; bit < shots.numBits(); bit++) {
                    for (long s = 0; s < shots.numShots(); s++) {
                        assertEquals(false, shots.get(bit, s), "bit " + bit + " shot " + s);
                    }
                }
                GenTestSupport.assertGraphlike(CircuitToDem.convert(RepetitionCode.memory(d, r, NoiseParams.uniform(1e-3))));
            }
        }
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> RepetitionCode.memory(1, 3, NoiseParams.NONE));
        assertThrows(IllegalArgumentException.class, () -> RepetitionCode.memory(3, 0, NoiseParams.NONE));
    }
}
