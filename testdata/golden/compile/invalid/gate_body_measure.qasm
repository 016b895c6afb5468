OPENQASM 3;
include "stdgates.inc";
gate bad a {
  h a;
  bit b = measure a;
}
