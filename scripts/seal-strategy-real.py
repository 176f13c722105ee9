#!/usr/bin/env python3
"""Seals a random fifth of the real strategy set (../shared/data/strategy-real)
as the project's own held-out part: measured once before the strategy work of
issue 10 and once after it, never while tuning.

    python3 scripts/seal-strategy-real.py [DOCUMENTS_TSV] > tests/data/strategy-real/sealed.txt

The seed is fixed, so the same documents.tsv always gives the same list."""
import random
import sys

SEED = 20261201
docs_tsv = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/strategy-real/documents.tsv"
files = sorted(line.split("\t")[0] for line in open(docs_tsv, encoding="utf-8").read().splitlines()[1:])
sealed = sorted(random.Random(SEED).sample(files, round(len(files) / 5)))
print(f"# Sealed fifth of strategy-real (seed {SEED}, {len(sealed)} of {len(files)} documents):")
print("# made by scripts/seal-strategy-real.py; never tuned on.")
print("\n".join(sealed))
