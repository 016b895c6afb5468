/** Analysis passes: they read a circuit, write results into the property set and return the circuit unchanged. */
package qtool.passes.analysis;
