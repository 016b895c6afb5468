package qtool.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * The stabilizer signs under which a self-dual CSS code is invariant under transversal H_XY
 * <em>including signs</em>, i.e. under which H_XY^{⊗n} (the Clifford image of the T-check's
 * (T·X·T†)^{⊗n}) preserves the code space.
 *
 * <p>Why: H_XY maps X^S to Y^S = i^{|S|}·X^S·Z^S. With +X^S a stabilizer, this is a stabilizer
 * iff the group contains (−1)^{|S|/2}·Z^S. So the compatible choice is: every X-type check +1,
 * every Z-type check on support S signed (−1)^{|S|/2} (equivalently, every Y-type check +1).
 * It is consistent — never forces −I — because for a self-orthogonal code |S₁∩S₂| is even, so
 * (−1)^{|S₁⊕S₂|/2} = (−1)^{|S₁|/2}(−1)^{|S₂|/2} is multiplicative like the signs themselves.
 * Weight-4 and weight-8 Z checks keep +1; weight-6 ones (the SRP faces) get −1.
 */
public final class HxySigns {
    private HxySigns() {
    }

    /** The code with its CSS generators re-signed as above; throws for non-CSS generators. */
    public static StabilizerCode apply(StabilizerCode code) {
        List<PauliString> out = new ArrayList<>();
        for (PauliString s : code.stabilizers()) {
            if (s.isXType()) {
                out.add(s.withPhase(0));
            } else if (s.isZType()) {
                out.add(s.withPhase((s.weight() / 2) % 2 == 0 ? 0 : 2));
            } else {
                throw new IllegalArgumentException(code.name() + ": generator " + s + " is not CSS");
            }
        }
        return new StabilizerCode(code.name() + " (H_XY signs)", code.n(), out, code.logicalXs(),
                code.logicalZs(), code.coords());
    }

    /** Generators whose sign differs from the H_XY-compatible choice (empty when compatible). */
    public static List<PauliString> mismatches(StabilizerCode code) {
        List<PauliString> fixed = apply(code).stabilizers();
        List<PauliString> out = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            if (!fixed.get(i).equals(code.stabilizers().get(i))) {
                out.add(code.stabilizers().get(i));
            }
        }
        return out;
    }
}
