/** Optimisation passes: each removes or merges gates while keeping the circuit's unitary exactly (global phase included). */
package qtool.passes.optimization;
