OPENQASM 3;
include "stdgates.inc";
qubit q;
bit b;
b = measure q;
while (b) {
  x q;
  b = measure q;
}
