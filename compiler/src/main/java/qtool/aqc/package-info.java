/**
 * Approximate quantum compiling from matrix product states (AQC-Tensor, Robertson et al.,
 * arXiv:2301.08609): a shallow parametrised circuit fitted to an MPS target by L-BFGS on the exact
 * gradient of the state infidelity.
 */
package qtool.aqc;
