#!/usr/bin/env python3
"""Bytes Pagefind's search sends for one-word queries: `pagefind_bytes.py BUNDLE WORD...`.

BUNDLE is the folder `pagefind --site` wrote (`<site>/pagefind`). For each word it adds what the
Pagefind script requests before it can show results, as a server sends it (the .pf_* and wasm
files are gzipped already; the script and entry file are counted gzipped): pagefind.js,
pagefind-entry.json, the language's wasm file and meta file, every index chunk whose range of
words holds a word starting with the query, and the fragments of the first five results (its
default page of results; the median fragment size times five, a replay, not a browser).
Prints one JSON object: {"queries": {word: bytes}, "median": n, "max": n}.
"""
import glob
import gzip
import json
import os
import statistics
import sys


def cbor(data, at=0):
    """A minimal CBOR reader: integers, byte and text strings, arrays, maps, simple values."""
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        value = info
    else:
        size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        value = int.from_bytes(data[at:at + size], "big")
        at += size
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major == 2:
        return data[at:at + value], at + value
    if major == 3:
        return data[at:at + value].decode("utf-8"), at + value
    if major == 4:
        items = []
        for _ in range(value):
            item, at = cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = {}
        for _ in range(value):
            key, at = cbor(data, at)
            pairs[key], at = cbor(data, at)
        return pairs, at
    return value, at


def decoded(path):
    data = gzip.decompress(open(path, "rb").read())
    return data[len(b"pagefind_dcd"):] if data.startswith(b"pagefind_dcd") else data


def gzipped_size(path):
    return len(gzip.compress(open(path, "rb").read(), 6))


def main():
    bundle, words = sys.argv[1], sys.argv[2:]
    entry = json.load(open(os.path.join(bundle, "pagefind-entry.json")))
    language = next(iter(entry["languages"].values()))
    meta_path = os.path.join(bundle, f"pagefind.{language['hash']}.pf_meta")
    meta, _ = cbor(decoded(meta_path))
    chunks = next(item for item in meta if isinstance(item, list) and item and isinstance(item[0], list) and len(item[0]) == 3)
    wasm = glob.glob(os.path.join(bundle, f"wasm.{language.get('wasm') or 'unknown'}.pagefind")) or glob.glob(os.path.join(bundle, "wasm.*.pagefind"))
    fixed = (gzipped_size(os.path.join(bundle, "pagefind.js")) + gzipped_size(os.path.join(bundle, "pagefind-entry.json"))
             + os.path.getsize(wasm[0]) + os.path.getsize(meta_path))
    fragments = [os.path.getsize(p) for p in glob.glob(os.path.join(bundle, "fragment", "*.pf_fragment"))]
    five_fragments = int(statistics.median(fragments) * 5) if fragments else 0
    queries = {}
    for word in words:
        total = fixed + five_fragments
        for start, end, chunk_hash in chunks:
            if start <= word <= end or start.startswith(word):
                total += os.path.getsize(os.path.join(bundle, "index", f"{chunk_hash}.pf_index"))
        queries[word] = total
    values = list(queries.values())
    print(json.dumps({"queries": queries, "median": statistics.median(values), "max": max(values), "before": fixed}))


if __name__ == "__main__":
    main()
