package qtool.msc;

import java.util.List;
import java.util.Locale;

/**
 * Expected space-time volume of a post-selected protocol in qubit-rounds, with the stage rule of
 * Chen et al.'s {@code volume_calc.py}: each stage costs its active qubits times the probability
 * that an attempt is still alive when the stage starts (the survival after the earlier post-selected
 * stages), morph stages count half a round and "morph back and grow" one and a half, the decoded
 * rounds run on every attempt that passed post-selection, the final (noiseless) readout is charged
 * one more round for the shots finally kept, and the sum is divided by the final keep rate:
 * <pre>
 *   V = ( Σ_stages q_s · w_s · S(before s)  +  R · q_esc · S_post  +  q_esc · K ) / K
 * </pre>
 * with S(before s) = 1 − (discards in post-selection stages before s) / shots, S_post the survival
 * of all post-selection (the keep rate before any gap cut) and K the final keep rate after the gap
 * cut.
 *
 * @param stages the post-selected stages in time order
 * @param escapeQubits active qubits of one escape round
 * @param escapeRounds decoded escape rounds (including the growth round when it is not a stage of its own)
 */
public record VolumeModel(List<Stage> stages, int escapeQubits, int escapeRounds) {
    /**
     * One stage of the protocol.
     *
     * @param qubits active qubits
     * @param weight rounds charged (0.5 for a morph, 1.5 for morph back and grow)
     * @param survivalStage the detector stage whose start the survival is measured at
     */
    public record Stage(String name, int qubits, double weight, int survivalStage) {
    }

    /**
     * The expected volume per kept shot.
     *
     * @param survivalBefore survivalBefore[s] = fraction of shots not discarded by stages before s
     * @param postselectedKeep the keep rate after all post-selection
     * @param finalKeep the keep rate after the gap cut as well
     */
    public double expectedVolume(double[] survivalBefore, double postselectedKeep, double finalKeep) {
        double v = 0;
        for (Stage s : stages) {
            double survive = s.survivalStage() < survivalBefore.length ? survivalBefore[s.survivalStage()] : postselectedKeep;
            v += s.qubits() * s.weight() * survive;
        }
        v += (double) escapeRounds * escapeQubits * postselectedKeep;
        v += escapeQubits * finalKeep;
        return v / finalKeep;
    }

    /** The formula with this protocol's numbers, for reports. */
    public String formula() {
        StringBuilder sb = new StringBuilder("V = (");
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            sb.append(i == 0 ? "" : " + ").append(s.qubits());
            if (s.weight() != 1) {
                sb.append(String.format(Locale.ROOT, "·%.1f", s.weight()));
            }
            sb.append("·S").append(s.survivalStage());
        }
        sb.append(" + ").append(escapeRounds).append("·").append(escapeQubits).append("·S_post + ").append(escapeQubits)
                .append("·K) / K");
        return sb.toString();
    }
}
