OPENQASM 3.0;
include "stdgates.inc";
pragma qtool hardware_qubits 127
gate rzx(theta) a, b {
  h b;
  cx a, b;
  rz(theta) b;
  cx a, b;
  h b;
}
gate ecr a, b {
  rzx(pi/4) a, b;
  x a;
  rzx(-pi/4) a, b;
}
bit[5] c;
rz(-pi/2) $0;
sx $0;
rz(pi/2) $0;
x $1;
ecr $0, $1;
sx $1;
x $2;
ecr $1, $2;
sx $2;
x $3;
ecr $2, $3;
sx $3;
x $4;
ecr $3, $4;
rz(pi/2) $0;
rz(pi/2) $1;
rz(pi/2) $2;
rz(pi/2) $3;
rz(-pi) $4;
sx $4;
rz(-pi) $4;
c[0] = measure $0;
c[1] = measure $1;
c[2] = measure $2;
c[3] = measure $3;
c[4] = measure $4;
gphase(pi/4);
