#!/usr/bin/env python3
"""CLUENER title-anchored name recall split into press bylines and the rest.

Usage: title-names-bylines.py FILE.jsonl -- CMD [ARGS...]   (same input and command as
../shared/tools/score-title-names.py, whose matching rule this repeats).

CLUENER labels reporters and editors of a credit line (本报记者X, 通讯员X, 编辑X) as title + name;
the extraction format says bylines are not persons, so their misses are by design. A pair is a
byline when its position ends with a byline role of src/extract/lexicon/bylines.yaml; 作者 is left
out because it also names the author of a work in running text (《某书》作者某某).
"""
import json, os, subprocess, sys, tempfile, unicodedata
import yaml

def norm(s):
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())

cut = sys.argv.index("--")
path, cmd = sys.argv[1], sys.argv[cut + 1:]
here = os.path.dirname(os.path.abspath(__file__))
roles = yaml.safe_load(open(os.path.join(here, "..", "src", "extract", "lexicon", "bylines.yaml"), encoding="utf-8"))["roles"].split()
roles = [r for r in roles if len(r) >= 2 and r != "作者"]
rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
tmp = tempfile.mkdtemp(prefix="bylines-")
files = []
for i, r in enumerate(rows):
    f = os.path.join(tmp, "%05d.txt" % i)
    open(f, "w", encoding="utf-8").write(r["text"])
    files.append(f)
proc = subprocess.run(cmd + files, capture_output=True, text=True, check=True)
preds = {os.path.basename(str(p.get("source", ""))): p for p in map(json.loads, filter(lambda l: l.startswith("{"), proc.stdout.splitlines()))}
counts = {"byline": [0, 0], "rest": [0, 0]}
for i, r in enumerate(rows):
    names = {norm(x.get("name")) for x in preds.get(os.path.basename(files[i]), {}).get("persons", [])}
    for pair in r["pairs"]:
        kind = "byline" if any(norm(pair["position"]).endswith(w) for w in roles) else "rest"
        counts[kind][0] += norm(pair["name"]) in names
        counts[kind][1] += 1
(bf, bt), (rf, rt) = counts["byline"], counts["rest"]
print("title-names, press bylines (not persons by the format): %d/%d found" % (bf, bt))
print("title-names without bylines: recall %.3f (%d/%d)" % (rf / rt, rf, rt))
