/** Spin-chain Hamiltonians (XXZ, Heisenberg, transverse-field Ising) and their Trotter circuits. */
package qtool.models;
