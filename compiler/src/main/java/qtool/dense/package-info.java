/** Dense statevector and unitary simulation of small circuits, used to verify every transformation. */
package qtool.dense;
