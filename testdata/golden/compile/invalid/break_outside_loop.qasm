OPENQASM 3;
include "stdgates.inc";
qubit q;
break;
