package qtool.synthesis.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QTrainerTest {
    private static TrainingConfig tiny(long steps) {
        return new TrainingConfig("hrc", new int[] {16, 16}, steps, 16, 1e-3, 5, 1e-3, 10, 0.5, 42);
    }

    private static double[] outputs(RlModel m) {
        double[] x = new double[8 * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        return m.network().forward(x, 3);
    }

    @Test
    void sameSeedSameWeightsWhateverTheThreads() throws Exception {
        double[] a;
        double[] b;
        try (QTrainer t = new QTrainer(tiny(40), 1)) {
            t.train(Long.MAX_VALUE, null, null, 0);
            a = outputs(t.model());
        }
        try (QTrainer t = new QTrainer(tiny(40), 2)) {
            t.train(Long.MAX_VALUE, null, null, 0);
            b = outputs(t.model());
        }
        assertArrayEquals(a, b, 0);
        try (QTrainer t = new QTrainer(new TrainingConfig("hrc", new int[] {16, 16}, 40, 16, 1e-3, 5, 1e-3, 10, 0.5, 43), 1)) {
            t.train(Long.MAX_VALUE, null, null, 0);
            assertTrue(Math.abs(outputs(t.model())[0] - a[0]) > 1e-9, "another seed gives another network");
        }
    }

    @Test
    void resumingFromACheckpointContinuesExactly(@TempDir Path dir) throws Exception {
        Path ck = dir.resolve("run.ckpt");
        double[] straight;
        try (QTrainer t = new QTrainer(tiny(30), 1)) {
            t.train(Long.MAX_VALUE, null, null, 0);
            straight = outputs(t.model());
        }
        try (QTrainer t = new QTrainer(tiny(30), 1)) {
            t.train(20, null, ck, 10);
        }
        assertTrue(Files.exists(ck));
        try (QTrainer t = QTrainer.resume(ck, 0, 1)) {
            assertEquals(20, t.step());
            t.train(Long.MAX_VALUE, null, null, 0);
            assertArrayEquals(straight, outputs(t.model()), 0);
        }
    }

    @Test
    void lossFallsAndModelFileRoundTrips(@TempDir Path dir) throws Exception {
        List<Double> losses = new ArrayList<>();
        try (QTrainer t = new QTrainer(tiny(60), 1)) {
            t.train(Long.MAX_VALUE, p -> losses.add(p.loss()), null, 0);
            Path f = dir.resolve("m.qrlm");
            t.model().write(f);
            RlModel back = RlModel.read(f);
            assertEquals("hrc", back.basis().name());
            assertEquals(tiny(60), back.config());
            assertArrayEquals(outputs(t.model()), outputs(back), 1e-5);
        }
        assertEquals(60, losses.size());
        assertTrue(losses.stream().allMatch(l -> Double.isFinite(l) && l >= 0));
    }
}
