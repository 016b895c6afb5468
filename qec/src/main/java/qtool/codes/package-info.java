/**
 * Stabilizer-code objects (Pauli strings, stabilizer groups, logical operators) and verified
 * constructions of the codes used by magic-state cultivation: the rotated surface code, the RP²
 * code of Chen et al. (arXiv:2503.18657) and its morphed, self-dual SRP variants.
 *
 * <p>These are static code descriptions, independent of any circuit: {@code qtool.gen} builds
 * circuits, this package answers "is this a valid [[n,k,d]] code and what are its operators".
 */
package qtool.codes;
