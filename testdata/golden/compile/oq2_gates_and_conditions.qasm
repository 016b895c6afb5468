OPENQASM 2.0;
include "qelib1.inc";
gate majority a, b, c {
  cx c, b;
  cx c, a;
  ccx a, b, c;
}
gate rot(theta, phi) q {
  rz(phi) q;
  ry(theta / 2) q;
  rz(-phi) q;
}
opaque unused(t) q;
qreg a[3];
qreg b[3];
creg r[3];
creg big[70];
majority a[0], b[1], a[2];
rot(pi/4, -2*pi) b;
measure a -> r;
if (r == 5) x b[0];
if (big == 1180591620717411303423) rot(0.5, ln(2)) b[2];
barrier a, b;
