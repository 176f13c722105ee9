#!/usr/bin/env python3
"""Builds src/text/stem/roots.txt, the stemmer's root lexicon.

Source: the lemmas of ../shared/data/id-lemma-dev.tsv only (half of the
spacy-lookups-data 1.0.5 Indonesian lemma table, MIT licence), plus the short
hand-written list in src/text/stem/roots-own.txt. Run from the repository
root: python3 scripts/build_roots.py ../shared/data/id-lemma-dev.tsv
"""
import re
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/id-lemma-dev.tsv"
roots = set()
with open(source, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("form\t"):
            continue
        form, lemma = line.rstrip("\n").split("\t")
        # Plain lowercase words only: no multiword or punctuated entries.
        if re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma):
            roots.add(lemma)
with open("src/text/stem/roots-own.txt", encoding="utf-8") as f:
    own = {w.strip() for w in f if w.strip() and not w.startswith("#")}
roots |= own
header = [
    "# Root lexicon of Arah's Indonesian stemmer, sorted and front-coded: each line",
    "# is one character for how many leading characters the root shares with the",
    "# root before it ('0'-'9', then 'A' for 10, 'B' for 11, ...) and the rest of the",
    "# root. Front coding makes the lexicon a third smaller inside the wasm.",
    "# Built by scripts/build_roots.py from the lemmas of id-lemma-dev.tsv, half of the",
    "# Indonesian lemma table of spacy-lookups-data 1.0.5 (MIT licence), plus Arah's own",
    "# short list in roots-own.txt. Do not edit by hand: edit those and rebuild.",
]


def front_coded(words):
    previous = ""
    for word in words:
        shared = 0
        while shared < min(len(previous), len(word), 35) and previous[shared] == word[shared]:
            shared += 1
        yield (str(shared) if shared < 10 else chr(ord("A") + shared - 10)) + word[shared:]
        previous = word


with open("src/text/stem/roots.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(header + list(front_coded(sorted(roots)))) + "\n")
print(f"{len(roots)} roots ({len(own)} of Arah's own)")
