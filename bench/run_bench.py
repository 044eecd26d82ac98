#!/usr/bin/env python3
"""Throughput benchmark of `attache extract` against `wc -w` on the same bytes.

For each corpus (mixed: 10% defence-diplomacy reports in ordinary news; relevant: those reports
alone), runs `wc -w` and `attache extract` on 1 thread, 2 threads and all cores, each --runs times,
and reports medians: MB/s, documents/s, peak resident memory, and the ratio extract/wc. It also
checks, in the same run:
  - determinism: the 2-thread and all-core outputs equal the 1-thread output, byte for byte;
  - pre-filter recall: the records of the mixed corpus for its relevant articles equal the records
    of the relevant corpus, and the relevant corpus gives the same records with the pre-filter off
    (ATTACHE_PREFILTER=off);
  - streaming: peak memory on the full mixed corpus against a tenth of it.
Results go to <out>/results/<time>-<commit>.json and <out>/latest.json. No pass/fail on speed:
timings on a shared machine are noisy; the checks above are the only things that fail the run.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_timed(cmd, stdin_path=None, stdout_path=None, env=None):
    """Runs cmd; returns (wall s, peak RSS MB, exit code, CPU s = user + sys). From wait4 on this child."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdin_path:
            stdin.close()
        if stdout_path:
            stdout.close()
    return wall, usage.ru_maxrss / 1024.0, p.returncode, usage.ru_utime + usage.ru_stime


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit():
    try:
        return subprocess.run(["git", "-C", HERE, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def ensure_corpus(out, mb, seed):
    folder = os.path.join(out, f"corpus-{mb:g}mb-seed{seed}")
    manifest = os.path.join(folder, "manifest.json")
    if not os.path.exists(manifest):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--out", folder, "--mb", str(mb), "--seed",
                        str(seed)], check=True)
        print(f"generated {folder} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    with open(manifest, encoding="utf-8") as f:
        return folder, json.load(f)


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--attache", required=True, help="the attache binary")
    ap.add_argument("--out", default="out/bench", help="working folder (corpora, outputs, results)")
    ap.add_argument("--mb", type=float, default=200.0, help="mixed corpus size in MB")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--runs", type=int, default=3, help="timed runs per measurement (median reported)")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    folder, manifest = ensure_corpus(args.out, args.mb, args.seed)
    cores = os.cpu_count() or 1
    thread_counts = sorted({1, 2, cores})
    work = os.path.join(args.out, "work")
    os.makedirs(work, exist_ok=True)
    env_off = dict(os.environ, ATTACHE_PREFILTER="off")
    failures = []

    # Start-up (knowledge loading) on an empty input, reported separately; it is inside every timing.
    empty = os.path.join(work, "empty.jsonl")
    open(empty, "w").close()
    startup = statistics.median(run_timed([args.attache, "extract", "--threads", "1", empty])[0]
                                for _ in range(args.runs))

    corpora = {}
    outputs = {}
    for name, docs in (("mixed", manifest["documents"]), ("relevant", manifest["relevant_documents"])):
        path = os.path.join(folder, f"{name}.jsonl")
        size = os.path.getsize(path)
        mb = size / 1e6
        wc_runs = [run_timed(["wc", "-w"], stdin_path=path) for _ in range(args.runs)]
        wc = statistics.median(r[0] for r in wc_runs)
        wc_cpu = max(statistics.median(r[3] for r in wc_runs), 1e-3)
        entry = {"file": path, "bytes": size, "documents": docs, "wc_w_seconds": round(wc, 4),
                 "wc_w_mb_per_s": round(mb / wc, 1), "wc_w_cpu_seconds": round(wc_cpu, 4), "extract": {}}
        reference = None
        for t in thread_counts:
            walls, rss, cpus = [], [], []
            out_path = os.path.join(work, f"{name}.t{t}.jsonl")
            for _ in range(args.runs):
                wall, peak, code, cpu = run_timed([args.attache, "extract", "--threads", str(t), path],
                                                  stdout_path=out_path)
                cpus.append(cpu)
                if code != 0:
                    failures.append(f"{name}: attache extract --threads {t} exited {code}")
                walls.append(wall)
                rss.append(peak)
            wall = statistics.median(walls)
            cpu = statistics.median(cpus)
            digest = sha256(out_path)
            if reference is None:
                reference = digest
                outputs[name] = out_path
            identical = digest == reference
            if not identical:
                failures.append(f"{name}: output on {t} threads differs from 1 thread")
            entry["extract"][str(t)] = {
                "seconds": round(wall, 3), "seconds_all_runs": [round(w, 3) for w in walls],
                "mb_per_s": round(mb / wall, 2), "docs_per_s": round(docs / wall, 1),
                "peak_rss_mb": round(max(rss), 1), "ratio_to_wc": round(wall / wc, 2),
                # CPU time is far less disturbed by other work on a shared machine than wall time.
                "cpu_seconds": round(cpu, 3), "cpu_mb_per_s": round(mb / cpu, 2),
                "cpu_ratio_to_wc": round(cpu / wc_cpu, 2),
                "output_identical_to_1_thread": identical,
            }
        one = entry["extract"]["1"]["seconds"]
        for t in thread_counts:
            entry["extract"][str(t)]["speedup_vs_1_thread"] = round(one / entry["extract"][str(t)]["seconds"], 2)
        corpora[name] = entry

    # Pre-filter recall: mixed-corpus records of the relevant articles == relevant-corpus records.
    with open(outputs["relevant"], encoding="utf-8") as f:
        relevant_lines = f.read().splitlines()
    relevant_ids = {json.loads(l)["doc"] for l in relevant_lines}
    mixed_relevant, mixed_other_with_records, mixed_records = [], 0, 0
    with open(outputs["mixed"], encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["engagements"]:
                mixed_records += 1
            if rec["doc"] in relevant_ids:
                mixed_relevant.append(line.rstrip("\n"))
            elif rec["engagements"]:
                mixed_other_with_records += 1
    recall_mixed = mixed_relevant == relevant_lines
    if not recall_mixed:
        failures.append("mixed-corpus records of the relevant articles differ from the relevant corpus's")
    off_path = os.path.join(work, "relevant.prefilter-off.jsonl")
    run_timed([args.attache, "extract", "--threads", str(cores), corpora["relevant"]["file"]],
                               stdout_path=off_path, env=env_off)
    recall_off = sha256(off_path) == sha256(outputs["relevant"])
    if not recall_off:
        failures.append("relevant corpus: records differ with the pre-filter off")
    relevant_with_records = sum(1 for l in relevant_lines if json.loads(l)["engagements"])

    # Streaming: a tenth of the mixed corpus against all of it, one thread.
    small = os.path.join(work, "mixed.tenth.jsonl")
    keep = max(1, manifest["documents"] // 10)
    with open(corpora["mixed"]["file"], "rb") as src, open(small, "wb") as dst:
        for i, line in enumerate(src):
            if i >= keep:
                break
            dst.write(line)
    small_rss = max(run_timed([args.attache, "extract", "--threads", str(t), small])[1] for t in (1, cores))
    full_rss = max(corpora["mixed"]["extract"][str(t)]["peak_rss_mb"] for t in (1, cores))
    streaming_ok = full_rss < 300 and full_rss <= small_rss * 1.25 + 16
    if os.environ.get("ATTACHE_SANITIZED"):
        # AddressSanitizer holds freed blocks in a quarantine of up to 256 MB, so peak memory grows
        # with the work done whatever the program does; the release build's run checks streaming.
        print("note: sanitizer build, memory growth not checked", file=sys.stderr)
        streaming_ok = True
    if not streaming_ok:
        failures.append(f"peak memory grows with input: {small_rss:.0f} MB on a tenth, {full_rss:.0f} MB on all")

    load = os.getloadavg()
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": git_commit(),
        "machine": {"cores": cores, "cpu": cpu_model(), "load_average": [round(x, 2) for x in load]},
        "corpus": manifest,
        "runs": args.runs,
        "startup_seconds": round(startup, 3),
        "corpora": corpora,
        "checks": {
            "prefilter_recall_mixed_equals_relevant": recall_mixed,
            "prefilter_recall_relevant_same_with_prefilter_off": recall_off,
            "relevant_documents_with_records": relevant_with_records,
            "mixed_documents_with_records": mixed_records,
            "other_documents_with_records": mixed_other_with_records,
            "streaming": {"tenth_mb": round(os.path.getsize(small) / 1e6, 1), "tenth_peak_rss_mb": round(small_rss, 1),
                          "full_peak_rss_mb": round(full_rss, 1), "ok": streaming_ok},
            "failures": failures,
        },
    }
    results_dir = os.path.join(args.out, "results")
    os.makedirs(results_dir, exist_ok=True)
    stamp = result["date"].replace(":", "").replace("-", "")
    for p in (os.path.join(results_dir, f"{stamp}-{result['commit']}.json"), os.path.join(args.out, "latest.json")):
        with open(p, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
            f.write("\n")

    print(f"attache benchmark {result['date']} commit {result['commit']}: {cores} cores, {result['machine']['cpu']}, "
          f"load {load[0]:.1f}; median of {args.runs} runs; start-up {startup:.2f} s included")
    print(f"{'corpus':<9} {'MB':>7} {'docs':>8} {'wc -w MB/s':>10} {'threads':>7} {'MB/s':>8} {'docs/s':>9} "
          f"{'x wc':>6} {'speedup':>7} {'RSS MB':>7} {'CPU MB/s':>8} {'CPU x wc':>8}")
    for name, e in corpora.items():
        for t, x in e["extract"].items():
            print(f"{name:<9} {e['bytes'] / 1e6:>7.1f} {e['documents']:>8} {e['wc_w_mb_per_s']:>10.1f} {t:>7} "
                  f"{x['mb_per_s']:>8.2f} {x['docs_per_s']:>9.1f} {x['ratio_to_wc']:>6.1f} "
                  f"{x['speedup_vs_1_thread']:>7.2f} {x['peak_rss_mb']:>7.1f} {x['cpu_mb_per_s']:>8.2f} "
                  f"{x['cpu_ratio_to_wc']:>8.1f}")
    c = result["checks"]
    print(f"pre-filter recall: mixed==relevant {recall_mixed}, same with pre-filter off {recall_off} "
          f"({relevant_with_records}/{manifest['relevant_documents']} relevant articles have records; "
          f"{mixed_other_with_records} other articles have records)")
    print(f"streaming: peak {c['streaming']['tenth_peak_rss_mb']} MB on a tenth, {c['streaming']['full_peak_rss_mb']} MB "
          f"on all -> {'ok' if streaming_ok else 'GROWS'}")
    print(f"results: {os.path.join(args.out, 'latest.json')}")
    for f in failures:
        print(f"FAILED: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
