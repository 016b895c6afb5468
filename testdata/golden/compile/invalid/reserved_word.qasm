OPENQASM 3;
include "stdgates.inc";
int[32] output = 3;
