#!/usr/bin/env python3
"""Lists names defined in the anonymous namespaces of more than one .cpp of a unity target,
and file-scope `using namespace` directives in them.

core/, ui/ and app/cli are compiled in unity batches (cmake: COMPTOIR_UNITY): files of a
batch share one translation unit, so two files defining the same file-local name break the
build as soon as they fall into the same batch (which depends on the file list). Run it
after adding a file:   tools/unity-clashes.py   (exit 1 and a list when a name clashes).
"""
import os, re, sys
from collections import defaultdict

ROOTS = ["core", "ui", "app/cli"]
# A using-directive outside any function stays in force for the next files of the batch.
USING = re.compile(r"^using\s+namespace\s+[\w:]+\s*;")
DEF = re.compile(r"^(?:static\s+|inline\s+|constexpr\s+|const\s+)*(?:struct|class|enum(?:\s+class)?)\s+(\w+)"
                 r"|^[A-Za-z_][\w:<>,\s\*&]*?[\s\*&](\w+)\s*(?:\(|=|\[|\{)")

def local_names(text):
    names, depth_anon, depth = set(), [], 0
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"^namespace\s*\{", stripped):
            depth_anon.append(depth)
        if depth_anon and not line.startswith((" ", "\t", "}", "#", "/")):
            m = DEF.match(line)
            if m:
                name = m.group(1) or m.group(2)
                if name and name not in ("operator",):
                    names.add(name)
        depth += line.count("{") - line.count("}")
        while depth_anon and depth <= depth_anon[-1]:
            depth_anon.pop()
    return names

def main():
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    clashes = 0
    for root in ROOTS:
        where = defaultdict(list)
        for d, _, files in os.walk(os.path.join(top, root)):
            for f in files:
                if f.endswith(".cpp"):
                    path = os.path.join(d, f)
                    with open(path, encoding="utf-8") as fh:
                        text = fh.read()
                    for name in local_names(text):
                        where[name].append(os.path.relpath(path, top))
                    for line in text.splitlines():
                        if USING.match(line):
                            clashes += 1
                            print(f"{root}: {os.path.relpath(path, top)}: file-scope '{line.strip()}' "
                                  "leaks into the next files of its unity batch")
        for name, files in sorted(where.items()):
            if len(files) > 1:
                clashes += 1
                print(f"{root}: {name}: {' '.join(sorted(files))}")
    return 1 if clashes else 0

if __name__ == "__main__":
    sys.exit(main())
