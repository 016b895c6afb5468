#!/usr/bin/env python3
"""Times PyMatching on this machine, on the same rows as `qtool bench decode`.

The PyMatching column of ../shared/reference/qec/README.md was measured with PyMatching 2.3.1's
command-line tool on another machine (its own note: noisy, +-20 %), so it cannot settle a
comparison within a few per cent. This script measures PyMatching in process, on one core of
this machine, on Stim's rotated surface-code memory circuits with the same noise as
`qtool bench decode` (uniform p on every noise channel, d rounds), decoding with
`decode_batch` as a user would. Reported time is CPU time per shot, best of three passes after
a warm-up pass, like the CPU column of `qtool bench decode`.

Usage (PyMatching and Stim from PyPI, not needed by qtool itself):
    python3 -m venv /tmp/pmv && /tmp/pmv/bin/pip install pymatching stim
    taskset -c 0 /tmp/pmv/bin/python docs/bench/pymatching_same_machine.py [--rows 5e-3:11,...]
"""
import argparse
import time

import numpy as np
import pymatching
import stim

DEFAULT_ROWS = "1e-3:3,1e-3:5,1e-3:7,1e-3:11,5e-3:3,5e-3:5,5e-3:7,5e-3:11"


def circuit(p, d):
    return stim.Circuit.generated(
        "surface_code:rotated_memory_x", distance=d, rounds=d,
        after_clifford_depolarization=p, before_round_data_depolarization=p,
        before_measure_flip_probability=p, after_reset_flip_probability=p)


def time_row(p, d, shots, seed):
    c = circuit(p, d)
    matcher = pymatching.Matching.from_detector_error_model(c.detector_error_model(decompose_errors=True))
    dets, obs = c.compile_detector_sampler(seed=seed).sample(shots, separate_observables=True)
    matcher.decode_batch(dets[: min(shots, 5000)])  # warm-up
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        predicted = matcher.decode_batch(dets)
        best = min(best, time.process_time() - start)
    errors = int(np.sum(np.any(predicted != obs, axis=1)))
    return dets.sum() / shots, 1e6 * best / shots, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=DEFAULT_ROWS, help="comma-separated p:d pairs")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"PyMatching {pymatching.__version__}, Stim {stim.__version__}")
    print("| p | d | shots | events/shot | PyMatching CPU µs/shot | logical errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in args.rows.split(","):
        p_text, d_text = row.split(":")
        p, d = float(p_text), int(d_text)
        shots = 20000 if d >= 11 and p >= 5e-3 else 40000 if d >= 11 else 200000
        events, micros, errors = time_row(p, d, shots, args.seed)
        print(f"| {p_text} | {d} | {shots} | {events:.1f} | {micros:.2f} | {errors} |", flush=True)


if __name__ == "__main__":
    main()
