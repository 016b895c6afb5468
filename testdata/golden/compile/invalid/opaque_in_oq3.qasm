OPENQASM 3;
opaque bell(theta) a, b;
qubit[2] q;
