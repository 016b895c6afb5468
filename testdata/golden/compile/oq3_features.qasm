OPENQASM 3.0;
include "stdgates.inc";

const int n = 4;
input angle theta;
qubit[n] q;
qubit anc;
bit[n] c;
bit flag;

gate crot(a) ctl, tgt {
  ctrl @ rz(a) ctl, tgt;
  gphase(a / 4);
}

def entangle(qubit[2] pair, angle t) {
  h pair[0];
  cx pair[0], pair[1];
  rz(t) pair[1];
}

let head = q[0:1];
let tail = q[2:] ++ anc;

for int i in [0:n - 2] {
  cx q[i], q[i + 1];
}
for uint k in {3, 1} {
  x q[k];
}
entangle(head, theta / 2);
entangle(q[{2, 3}], pi / 3);
inv @ s q[0];
pow(2) @ t q[1];
pow(0.5) @ x q[2];
ctrl(2) @ rx(theta) q[0], q[1], anc;
negctrl @ h q[3], anc;
ctrl @ crot(pi / 8) q[0], q[1], q[2];
inv @ crot(1.25) q[2], q[3];
U(1, 2, 3) tail[2];
gphase(-pi / 2);
ctrl @ gphase(pi / 4) q[0];
c = measure q;
flag = measure anc;
if (c[0] == 1) {
  x q[0];
} else {
  z q[0];
}
if (!flag) h anc;
if (int[4](c) >= 3) y q[1];
int count = 0;
while (count < 2) {
  count += 1;
  h q[3];
}
switch (count) {
  case 1 { x q[0]; }
  case 2 { y q[0]; }
  default { z q[0]; }
}
reset anc;
measure q[1] -> c[1];
barrier;
