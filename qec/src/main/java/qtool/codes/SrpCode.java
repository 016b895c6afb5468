package qtool.codes;

/**
 * SRP-d, the code the RP² protocol morphs into for its T-check (SRP-3: 15 qubits, SRP-5: 35).
 *
 * <p>Derived, not transcribed: RP-d's stabilizers and logicals plus the stabilizers of the
 * freshly prepared extra qubits are conjugated through the published morph CNOTs
 * ({@link Rp2Morph}). Since the morph is a Clifford unitary on RP-d ⊗ (prepared qubits), the
 * result is automatically a valid [[d²+2d, 1]] code; what is <em>not</em> automatic, and is what
 * the T-check needs, is that the resulting CSS code is self-dual (its X-check and Z-check spans
 * coincide), i.e. invariant under transversal H_XY up to signs. The tests check that, the
 * distance, and for d=3 equality with the stabilizers the authors measure in
 * {@code rp3_to_color_and_MPP}.
 *
 * <p>Signs: the result carries the signs of RP-d with every check +1 (and, for d=5, the −Z of
 * the Bell pairs the authors prepare in |1⟩). Those signs make the code H_XY-invariant only up to
 * signs: the weight-6 Z checks inherited from RP-d would need −1 ({@link HxySigns}). In the
 * protocol the signs come from the injection and earlier rounds, so they are not fixed here.
 */
public final class SrpCode {
    private SrpCode() {
    }

    public static StabilizerCode of(int d) {
        return Rp2Morph.of(d).apply(Rp2Code.of(d), "SRP-" + d).verify();
    }
}
