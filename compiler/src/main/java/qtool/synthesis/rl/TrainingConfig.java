package qtool.synthesis.rl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Settings of one Q-network training run. Everything that influences the result is here (and saved
 * in checkpoints), so a run is reproduced from the command line that produced it.
 *
 * @param basis        the alphabet name ({@link GateBasis#named})
 * @param hidden       widths of the hidden layers
 * @param steps        gradient steps in total
 * @param batch        states per gradient step (a multiple of {@link QTrainer#CHUNKS})
 * @param learningRate Adam's step size
 * @param maxWalk      the longest backward walk the curriculum reaches
 * @param epsilon      goal radius (Frobenius distance up to phase) in the Bellman targets
 * @param syncPeriod   steps between target-network checks
 * @param lossThreshold mean loss under which the target network is synced and the curriculum grows
 * @param seed         the random seed of weights and walks
 */
public record TrainingConfig(String basis, int[] hidden, long steps, int batch, double learningRate, int maxWalk,
        double epsilon, int syncPeriod, double lossThreshold, long seed) {
    public TrainingConfig {
        hidden = hidden.clone();
        GateBasis.named(basis);
        if (steps < 1 || batch < QTrainer.CHUNKS || batch % QTrainer.CHUNKS != 0 || maxWalk < 1 || syncPeriod < 1
                || !(learningRate > 0) || !(epsilon > 0) || !(lossThreshold > 0) || hidden.length == 0) {
            throw new IllegalArgumentException("invalid training settings: steps, sync period and walk length must be"
                    + " positive, the batch a positive multiple of " + QTrainer.CHUNKS + ", rates positive");
        }
        for (int h : hidden) {
            if (h < 1 || h > 4096) {
                throw new IllegalArgumentException("hidden layer widths must be in 1..4096");
            }
        }
    }

    /** The defaults of the shipped models for a basis, with the given steps and seed. */
    public static TrainingConfig defaults(String basis, long steps, long seed) {
        GateBasis b = GateBasis.named(basis);
        int maxWalk = b.numQubits() == 2 || b.name().equals("hrc") ? 16 : 24;
        return new TrainingConfig(b.name(), new int[] {256, 256, 128}, steps, 256, 1e-3, maxWalk, 1e-3, 200, 0.3, seed);
    }

    public TrainingConfig withSteps(long newSteps) {
        return new TrainingConfig(basis, hidden, newSteps, batch, learningRate, maxWalk, epsilon, syncPeriod, lossThreshold, seed);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(basis);
        out.writeInt(hidden.length);
        for (int h : hidden) {
            out.writeInt(h);
        }
        out.writeLong(steps);
        out.writeInt(batch);
        out.writeDouble(learningRate);
        out.writeInt(maxWalk);
        out.writeDouble(epsilon);
        out.writeInt(syncPeriod);
        out.writeDouble(lossThreshold);
        out.writeLong(seed);
    }

    static TrainingConfig read(DataInputStream in) throws IOException {
        String basis = in.readUTF();
        int n = in.readInt();
        if (n < 1 || n > 64) {
            throw new IOException("malformed training settings");
        }
        int[] hidden = new int[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = in.readInt();
        }
        try {
            return new TrainingConfig(basis, hidden, in.readLong(), in.readInt(), in.readDouble(), in.readInt(),
                    in.readDouble(), in.readInt(), in.readDouble(), in.readLong());
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed training settings: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingConfig c && basis.equals(c.basis) && Arrays.equals(hidden, c.hidden) && steps == c.steps
                && batch == c.batch && learningRate == c.learningRate && maxWalk == c.maxWalk && epsilon == c.epsilon
                && syncPeriod == c.syncPeriod && lossThreshold == c.lossThreshold && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return basis.hashCode() * 31 + Arrays.hashCode(hidden) + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "basis=" + basis + " hidden=" + Arrays.toString(hidden) + " steps=" + steps + " batch=" + batch + " lr="
                + learningRate + " maxWalk=" + maxWalk + " epsilon=" + epsilon + " syncPeriod=" + syncPeriod
                + " lossThreshold=" + lossThreshold + " seed=" + seed;
    }
}
