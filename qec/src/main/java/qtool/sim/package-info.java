/**
 * Stabilizer simulation of Stim circuits: Pauli conjugation tables derived from the gate table,
 * the tableau simulator for noiseless reference samples, and the bit-parallel Pauli-frame sampler
 * of detection events and observable flips.
 */
package qtool.sim;
