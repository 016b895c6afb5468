OPENQASM 3.0;
include "stdgates.inc";
pragma qtool hardware_qubits 1000
bit[5] c;
h $0;
cx $0, $1;
cx $1, $2;
cx $2, $3;
cx $3, $4;
c[0] = measure $0;
c[1] = measure $1;
c[2] = measure $2;
c[3] = measure $3;
c[4] = measure $4;
