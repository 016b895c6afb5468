package qtool.codes;

import java.util.BitSet;
import java.util.List;

/**
 * The validity checks of {@link StabilizerCode#verify()}, in the order that makes the first failure
 * the most informative: commuting checks first (otherwise nothing else is meaningful), then sign
 * consistency of over-complete generators, logical commutation, the logical pairing, and finally
 * the qubit count k = n − rank against the number of logical pairs.
 */
final class CodeVerifier {
    private CodeVerifier() {
    }

    static void verify(StabilizerCode code) {
        List<PauliString> s = code.stabilizers();
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).isHermitian()) {
                fail(code, "stabilizer S" + i + " (" + s.get(i) + ") is not Hermitian");
            }
            for (int j = i + 1; j < s.size(); j++) {
                if (!s.get(i).commutes(s.get(j))) {
                    fail(code, "stabilizers S" + i + " (" + s.get(i) + ") and S" + j + " (" + s.get(j) + ") anticommute");
                }
            }
        }
        // A product relation among generators must multiply to +I; −I would make the code space empty.
        SymplecticBasis b = new SymplecticBasis(code.n());
        for (int i = 0; i < s.size(); i++) {
            BitSet combo = b.express(s.get(i));
            if (combo != null && !b.signedProduct(combo).equals(s.get(i))) {
                fail(code, "stabilizer S" + i + " (" + s.get(i) + ") is minus a product of earlier ones: the group contains -I");
            }
            b.add(s.get(i));
        }
        List<PauliString> xs = code.logicalXs();
        List<PauliString> zs = code.logicalZs();
        for (int l = 0; l < xs.size(); l++) {
            for (PauliString op : List.of(xs.get(l), zs.get(l))) {
                for (int i = 0; i < s.size(); i++) {
                    if (!op.commutes(s.get(i))) {
                        fail(code, "logical " + op + " anticommutes with stabilizer S" + i + " (" + s.get(i) + ")");
                    }
                }
            }
        }
        for (int a = 0; a < xs.size(); a++) {
            for (int c = 0; c < xs.size(); c++) {
                if (xs.get(a).commutes(zs.get(c)) == (a == c)) {
                    fail(code, "logical X" + a + " and Z" + c + (a == c ? " commute" : " anticommute"));
                }
                if (a < c && (!xs.get(a).commutes(xs.get(c)) || !zs.get(a).commutes(zs.get(c)))) {
                    fail(code, "logicals of qubits " + a + " and " + c + " do not commute");
                }
            }
        }
        for (int l = 0; l < xs.size(); l++) {
            for (PauliString op : List.of(xs.get(l), zs.get(l))) {
                if (b.containsUpToPhase(op)) {
                    fail(code, "logical " + op + " is in the stabilizer group");
                }
            }
        }
        int k = code.n() - b.rank();
        if (k != xs.size()) {
            fail(code, "k = n - rank = " + code.n() + " - " + b.rank() + " = " + k + " but "
                    + xs.size() + " logical pair(s) given");
        }
    }

    private static void fail(StabilizerCode code, String what) {
        throw new IllegalStateException(code.name() + ": " + what);
    }
}
