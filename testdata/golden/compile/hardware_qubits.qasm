OPENQASM 3;
include "stdgates.inc";
h $0;
cx $0, $2;
bit[2] b;
b[0] = measure $0;
b[1] = measure $2;
