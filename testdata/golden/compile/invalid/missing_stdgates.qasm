OPENQASM 3;
qubit q;
h q;
