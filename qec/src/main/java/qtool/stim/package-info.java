/** Stim-format stabilizer circuits: the {@link qtool.stim.StabilizerCircuit} model and its text reader and writer. */
package qtool.stim;
