"""Loading a library of 1,000 routine files against plain ``yaml.load`` with the C loader.

Run: ``.venv/bin/python benches/bench_load.py [--profile]``

Both sides read the same files from disk in the same run; the ratio is what matters. Target:
loading every file (listing the folder, reading, validating, fingerprinting) within 3x of
``yaml.load(f, Loader=yaml.CSafeLoader)`` and under 1 s.

Also measured: what the library window does at start-up, ``scan_catalog`` — the first time
(no index: every file read, validated and summarised, then the index written) and then with the
index warm (nothing changed, so no file is read).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from supple.core.library.catalog import scan_catalog
from supple.core.routines.discovery import routine_files
from supple.core.routines.loader import load_file

FILES = 1000
ROUNDS = 5

EXERCISES = [
    ("Wall calf stretch, straight knee", "wall-calf-stretch.svg"),
    ("Bent-knee soleus stretch", "soleus-stretch.svg"),
    ("Standing hamstring stretch", "hamstring-stretch.svg"),
    ("Standing quad stretch", "quad-stretch.svg"),
    ("Kneeling hip flexor stretch", "hip-flexor.svg"),
    ("Figure-four glute stretch", "glute-stretch.svg"),
    ("Leg swings, front to back", "leg-swing-front.svg"),
    ("Leg swings, side to side", "leg-swing-side.svg"),
    ("Ankle rolls", "ankle-roll.svg"),
    ("Walking lunges", "lunge.svg"),
    ("High knees", "high-knees.svg"),
    ("Butt kicks", "butt-kicks.svg"),
    ("A-skips", "a-skip.svg"),
    ("Foam roll calves", "roll-calves.svg"),
    ("Foam roll quads", "roll-quads.svg"),
]
INSTRUCTIONS = [
    "Stand facing a wall with your hands at shoulder height. Step one foot back, keep the back "
    "knee straight and the heel on the floor, and lean in until you feel a gentle pull in the "
    "calf. Breathe slowly and do not bounce.",
    "From a split stance, bend both knees and keep the back heel down. The stretch moves lower "
    "in the calf, towards the Achilles tendon. Hold still; it should never hurt.",
    "Lift onto the balls of both feet over a count of one, then lower slowly over three counts "
    "until the heels drop below the step. Keep the knee straight the whole time.",
    "Drive the knee up to hip height with a quick, light contact. Stay tall, arms swinging from "
    "the shoulder, and land under the hips rather than in front of them.",
    "Roll slowly from just above the ankle to just below the knee, about an inch a second. "
    "Pause on tender spots for a breath or two, then move on.",
]
TIPS = [
    "Keep the back heel on the ground",
    "Breathe out as you lean in",
    "Stop if you feel sharp pain",
    "Keep the hips square to the wall",
    "Move slowly; no bouncing",
    "Stay tall through the trunk",
]


def _duration(rng: random.Random) -> str | int:
    return rng.choice(["30s", "45s", "1m", "1m30s", 20, "90 s", "2 min", 40])


def _step(rng: random.Random) -> dict[str, object]:
    name, image = rng.choice(EXERCISES)
    step: dict[str, object] = {"name": name, "image": image}
    if rng.random() < 0.7:
        step["instructions"] = rng.choice(INSTRUCTIONS)
    if rng.random() < 0.6:
        step["tips"] = rng.sample(TIPS, rng.randint(1, 2))
    kind = rng.random()
    if kind < 0.5:
        step["hold"] = _duration(rng)
    elif kind < 0.85:
        step["reps"] = rng.randint(8, 20)
        step["tempo"] = rng.choice(
            ["2s", {"up": "1s", "down": "3s"}, {"up": 1, "hold": 1, "down": 2}]
        )
    else:
        step["hold"] = "30s"
        step["metronome"] = rng.randint(170, 180)
    if rng.random() < 0.4:
        step["sides"] = rng.choice(["both", ["left", "right"], ["clockwise", "anticlockwise"]])
    if rng.random() < 0.3:
        step["sets"] = rng.randint(2, 3)
        step["rest"] = rng.choice(["15s", "30s", "1m"])
    if rng.random() < 0.2:
        step["cues"] = {"halfway": False, "say_reps": True}
    return step


def routine(rng: random.Random, i: int) -> dict[str, object]:
    steps: list[object] = []
    count = rng.randint(10, 25)
    while len(steps) < count:
        r = rng.random()
        if r < 0.08:
            steps.append({"rest": rng.choice(["30s", "1m"])})
        elif r < 0.15:
            steps.append(
                {
                    "rounds": rng.randint(2, 3),
                    "rest": "20s",
                    "steps": [_step(rng) for _ in range(rng.randint(2, 3))],
                }
            )
        else:
            steps.append(_step(rng))
    return {
        "supple": 1,
        "name": f"Routine {i:04d}",
        "description": "A generated routine of realistic size for the load benchmark.",
        "category": rng.choice(["pre-run warm-up", "post-run stretch", "foam rolling", "strength"]),
        "tags": rng.sample(["calves", "hips", "achilles", "hamstrings", "quads", "mobility"], 3),
        "source": "ACSM flexibility guideline (hold 10-30 s, 2-4 times, about 60 s per muscle)",
        "defaults": {"lead_in": "5s", "rest": "15s", "cues": {"halfway": rng.random() < 0.5}},
        "steps": steps,
    }


def write_library(folder: Path) -> list[Path]:
    rng = random.Random(2026)
    paths = []
    for i in range(FILES):
        text = "x" * 7000
        while len(text) > 6144:  # keep every file in the 2-6 KB range
            text = yaml.safe_dump(routine(rng, i), sort_keys=False, allow_unicode=True, width=100)
        while len(text) < 2048:
            text += "# notes: " + rng.choice(INSTRUCTIONS)[:90] + "\n"
        path = folder / f"routine-{i:04d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def best_of(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true", help="cProfile loading every file once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        folder = Path(tmp)
        paths = write_library(folder)
        sizes = [p.stat().st_size for p in paths]
        print(
            f"{FILES} files, {min(sizes) / 1024:.1f}-{max(sizes) / 1024:.1f} KB "
            f"(median {statistics.median(sizes) / 1024:.1f} KB, "
            f"total {sum(sizes) / 1024 / 1024:.1f} MB)"
        )

        catalog = scan_catalog(None, [folder])
        if catalog.problems or len(catalog.cards) != FILES:
            print("the generated library is not valid:", *catalog.problems[:5], sep="\n  ")
            return 1

        def baseline() -> None:
            for path in paths:
                with path.open("rb") as handle:
                    yaml.load(handle, Loader=yaml.CSafeLoader)

        def ours() -> None:  # what starting each routine needs: read, validate, fingerprint
            for path, _stamp in routine_files(folder, []):
                routine, _problems = load_file(path)
                assert routine is not None
                routine.fingerprint()

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(ours)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

        base = best_of(baseline)
        mine = best_of(ours)
        ratio = mine / base
        print(f"yaml.load (CSafeLoader): {base * 1000:8.1f} ms  (best of {ROUNDS})")
        print(f"load every file:         {mine * 1000:8.1f} ms  (best of {ROUNDS})")
        print(
            f"ratio:                   {ratio:8.2f}x   target <= 3x and < 1000 ms: "
            f"{'met' if ratio <= 3 and mine < 1 else 'MISSED'}"
        )

        index = Path(tmp) / "index" / "library-index.json"

        def cold() -> None:
            index.unlink(missing_ok=True)
            scan_catalog(None, [folder], index)

        def warm() -> None:
            catalog = scan_catalog(None, [folder], index)
            assert len(catalog.cards) == FILES

        first = best_of(cold)
        cold()
        listed = best_of(warm)
        print(f"library listing, no index yet:  {first * 1000:8.1f} ms  "
              f"({first / base:.2f}x yaml.load)")
        print(f"library listing, index warm:    {listed * 1000:8.1f} ms  "
              f"({listed / base:.2f}x yaml.load; index {index.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
