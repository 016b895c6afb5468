/** Matrix product states of qubit chains: truncated gate application, overlaps and expectation values. */
package qtool.mps;
