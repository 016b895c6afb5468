package qtool.msc;

import java.util.Set;

/**
 * A growth that the RP² protocols fuse into the SRP-3 → RP-3 morph back, sharing its moments (the
 * authors' {@code color_to_rp3_to_sc_bell} and {@code color_to_rp3_to_rp5}): new qubits are reset
 * in the morph back's idle step, Bell pairs are made beside its middle CNOT layer, and the first CX
 * layer of the grown code's first round runs beside its last layer, before the morph qubits are
 * read. Two implementations: the escape into a surface code ({@link Rp2Escape}) and the growth
 * RP-3 → RP-5 of the d1 = 5 protocol ({@link Rp5Growth}).
 */
interface MorphBackGrowth {
    /** QUBIT_COORDS of the qubits this growth adds; {@code declared} holds those already declared. */
    void declareQubits(MomentBuilder mb, Set<Integer> declared);

    /** Resets of the new data qubits and ancillas (into the current moment). */
    void resets(MomentBuilder mb);

    /** The Bell-pair CNOTs (into the current moment). */
    void bellLayer(MomentBuilder mb);

    /** The first CX layer of the grown code's first round (into the current moment). */
    void firstLayer(MomentBuilder mb);
}
