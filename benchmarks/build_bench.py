"""Benchmark ``kg build`` against its peer, the trained spaCy pipeline alone on the same texts.

    .venv/bin/python benchmarks/build_bench.py [--copies 25]

The corpus is the seed articles copied ``--copies`` times under new ids. The peer is ``en_core_web_sm``
(the statistical pipeline kg runs inside) over the same English texts with ``nlp.pipe``: the ratio says
what kg's gazetteers, linking, events, RDF and store writes cost on top of plain spaCy processing.
Also prints kg's articles per second and the peak memory of each run (in a child process each).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

KG_RUN = """
import sys, time, resource
from pathlib import Path
from kg.build import build
start = time.perf_counter()
summary = build([Path(sys.argv[1])], Path(sys.argv[2]))
print(time.perf_counter() - start, summary.articles, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

SPACY_RUN = """
import sys, time, resource, json
from pathlib import Path
from kg.nlp.pipeline import trained_pipeline_name
import spacy
start = time.perf_counter()
nlp = spacy.load(trained_pipeline_name("en"))
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
docs = list(nlp.pipe(texts))
print(time.perf_counter() - start, len(docs), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_corpus(folder: Path, copies: int) -> int:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for n in range(copies):
        for txt in seeds:
            meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            meta["id"] = f"{meta['id']}-{n}"
            (folder / f"{meta['id']}.txt").write_text(txt.read_text(encoding="utf-8"), encoding="utf-8")
            (folder / f"{meta['id']}.json").write_text(json.dumps(meta), encoding="utf-8")
    return copies * len(seeds)


def run(script: str, *args: str) -> tuple[float, int, float]:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        count = make_corpus(corpus, args.copies)
        kg_time, built, kg_mem = run(KG_RUN, str(corpus), str(Path(tmp) / "store"))
        spacy_time, _, spacy_mem = run(SPACY_RUN, str(corpus))
    print(f"build: {built}/{count} articles in {kg_time:.1f} s ({built / kg_time:.1f} articles/s), "
          f"peak memory {kg_mem:.0f} MB")
    print(f"peer (spaCy en_core_web_sm alone): {spacy_time:.1f} s, peak memory {spacy_mem:.0f} MB")
    print(f"ratio kg build / spaCy: time {kg_time / spacy_time:.2f}, memory {kg_mem / spacy_mem:.2f}")


if __name__ == "__main__":
    main()
