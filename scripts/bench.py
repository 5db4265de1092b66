#!/usr/bin/env python3
"""FollowUp benchmark driver (Python 3 standard library only). Normally started by scripts/bench,
which builds the release binary first.

  python3 scripts/bench.py [--quick] [--sizes realistic,large] [--runs N] [--slow-runs N]
                           [--binary .build/release/followup] [--keep] [--no-parse | --parse-only]

For each book size it generates a fresh book (scripts/gen-book) in a temporary folder and measures:
whole-process `say agenda` / `say aging`, replaying 1,000 mutating lines with `run --keep-going`,
per-line latency inside one process (`run --timings`), peak memory (max RSS of the child, from
wait4), and the snapshot/journal sizes. Then "parse throughput": the ParseThroughputTests benchmark
(LineParser with 10,000 names over every corpus line), built in release into .build-bench. It
prints a plain-text table on standard output (progress goes to standard error). Targets are shown for information only: the exit status is 0 unless
something crashed or could not be run.
"""
import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-11-23"  # a Monday; the generated books are "as of" this day
SIZES = {
    "realistic": "1,000 customers / 10,000 invoices / 1,000 reminders",
    "large": "10,000 customers / 100,000 invoices / 10,000 reminders",
}
REPLAY_LINES = 1000
JOURNAL_SAMPLE = 10  # lines run one by one with `say` to measure the journal
# Targets for the large book (information only).
TARGET_LINE_MS = 5
TARGET_REPORT_MS = 300
TARGET_RSS_MB = 200
# Parse throughput (LineParser with a 10,000-name book), information only.
TARGET_PARSE_RATE = 20_000
TARGET_PARSE_P99_MS = 1.0
PARSE_LINE = re.compile(r"^parse: (\d+) lines/s, p99 ([\d.]+) ms.*$", re.M)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Crash(Exception):
    pass


# ---- running a child ----------------------------------------------------------------------------

# A small helper process starts each measured command and reports its wall time and max RSS.
# Measuring from this (large) Python process directly would be wrong: with vfork/posix_spawn the
# child's max RSS starts from the parent's, which holds the whole book as Python objects.
HELPER = r"""
import os, sys, time
result, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execv(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(result, "w") as f:
    f.write(f"{wall} {os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_child(argv, stdout_path=None, env=None):
    """Runs argv in a fresh helper; returns (wall seconds, exit status, max RSS in KiB) of argv alone.
    Output goes to stdout_path (standard error too), or is thrown away."""
    fd, result = tempfile.mkstemp(prefix="followup-bench-", suffix=".res")
    os.close(fd)
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        p = subprocess.run([sys.executable, "-S", "-c", HELPER, result] + argv, stdout=out,
                           stderr=out if stdout_path else subprocess.PIPE, env=env)
        with open(result) as f:
            text = f.read().split()
        if p.returncode != 0 or len(text) != 3:
            if stdout_path is None and p.stderr:
                sys.stderr.buffer.write(p.stderr[-2000:])
            if len(text) != 3:
                raise Crash(f"could not run {' '.join(argv)} (helper exit {p.returncode})")
        wall, rc, maxrss = float(text[0]), int(text[1]), int(text[2])
        if rc != 0 and stdout_path is None and p.stderr:
            sys.stderr.buffer.write(p.stderr[-2000:])
        return wall, rc, maxrss
    finally:
        if stdout_path:
            out.close()
        os.remove(result)


def child_env():
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    for k in ("FOLLOWUP_BOOK", "FOLLOWUP_TODAY"):
        env.pop(k, None)
    return env


# ---- the replay script --------------------------------------------------------------------------

# Latin-script names, hard ones included: digits (3M China), commas and brackets (Acme Co., Ltd.).
ASCII_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .,&'()-]*$")


def replay_lines(book, n, seed=1):
    """n mutating lines that should run without questions: payments below what is owed, reminders,
    new invoices, promises, and `done` for open reminders. Returns [(kind, line)]."""
    rng = random.Random(seed)
    customers = book["customers"]
    names = [c["name"] for c in customers]
    lower_count = {}
    for nm in names:
        lower_count[nm.lower()] = lower_count.get(nm.lower(), 0) + 1
    # English names (no CJK: the lines are English) that nothing else in the book is also called.
    contact_names = {p["name"].lower() for c in customers for p in c.get("contacts", [])}
    usable = [c for c in customers if ASCII_NAME.match(c["name"]) and lower_count[c["name"].lower()] == 1
              and c["name"].lower() not in contact_names]
    if not usable:
        raise Crash("the book has no English customer names to use in the replay")
    owed = {}
    paid = {}
    # Invoices and payments have named fields; books written by earlier releases (and
    # `gen-book --positional`) have them as arrays (see docs/DESIGN.md):
    # invoice [id, customer, number, amount, currency, issued, due],
    # payment [id, customer, amount, currency, day, reference, [[invoice, amount], ...]].
    for p in book["payments"]:
        applied = p[6] if isinstance(p, list) else p.get("applied", [])
        for inv_id, minor in applied:
            paid[inv_id] = paid.get(inv_id, 0) + minor
    for inv in book["invoices"]:
        inv_id, customer, amount, currency = ((inv[0], inv[1], inv[3], inv[4]) if isinstance(inv, list)
                                              else (inv["id"], inv["customer"], inv["amount"], inv["amountCurrency"]))
        if currency == "CNY":
            left = amount - paid.get(inv_id, 0)
            if left > 0:
                owed[customer] = owed.get(customer, 0) + left
    debtors = [c for c in usable if owed.get(c["id"], 0) >= 1000 * 100]
    open_reminders = [r["id"] for r in book["reminders"] if "done" not in r]
    rng.shuffle(open_reminders)

    kinds = ["paid"] * 30 + ["remind"] * 25 + ["owes"] * 20 + ["promised"] * 15 + ["done"] * 10
    out = []
    for i in range(n):
        kind = kinds[rng.randrange(len(kinds))]
        if kind == "done" and not open_reminders:
            kind = "remind"
        if kind == "paid":
            candidates = [c for c in (rng.choice(debtors) for _ in range(20)) if owed[c["id"]] >= 600 * 100] if debtors else []
            if not candidates:
                kind = "owes"
            else:
                c = candidates[0]
                amount = rng.choice([500, 800, 1200, 1500, 2000, 2500, 3000])
                while amount * 100 > owed[c["id"]] - 100 * 100 and amount > 100:
                    amount //= 2
                owed[c["id"]] -= amount * 100
                out.append(("paid", f"{c['name']} paid {amount:,}"))
                continue
        c = rng.choice(usable)
        if kind == "remind":
            verb = rng.choice(["call", "call", "visit", "email"])
            when = rng.choice(["on Friday", "tomorrow", "next Tuesday", "on Dec 3"])
            out.append(("remind", f"remind me to {verb} {c['name']} {when}"))
        elif kind == "owes":
            amount = rng.choice(["3,000", "12,500", "800", "45,000", "6,200"])
            due = rng.choice(["Dec 30", "Dec 15", "Jan 20"])
            out.append(("owes", f"{c['name']} owes {amount} due {due}"))
        elif kind == "promised":
            amount = rng.choice(["500", "2,000", "5,000", "1,500"])
            when = rng.choice(["next Friday", "on Dec 10", "on Friday", "by the 30th"])
            out.append(("promised", f"{c['name']} promised to pay {amount} {when}"))
        elif kind == "done":
            out.append(("done", f"done {open_reminders.pop()}"))
    return out


def analyse_transcript(path, script):
    """Counts lines that were asked about (a question, `followup? ` prompt) and lines that failed."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    lines = text.splitlines()
    asked_at = []
    blocks = []  # (script line number, reply lines)
    expected = 0
    for ln in lines:
        if expected < len(script) and (ln == "followup> " + script[expected] or ln == "followup? " + script[expected]):
            if ln.startswith("followup? "):
                asked_at.append(expected + 1)
            blocks.append((expected + 1, []))
            expected += 1
        elif blocks:
            blocks[-1][1].append(ln)
    questions = [n for n, reply in blocks if any("?" in r for r in reply)]
    failed = []
    m = re.search(r"^(\d+) lines? failed: ([\d, ]+)$", text, re.M)
    if m:
        failed = [int(x) for x in m.group(2).replace(" ", "").split(",") if x]
    return {"seen": expected, "questions": sorted(set(questions) | {n - 1 for n in asked_at}), "failed": failed,
            "blocks": blocks}


# ---- measuring ----------------------------------------------------------------------------------

def pct(values, p):
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def measure_size(size, args, binary, work):
    res = {"size": size}
    folder = os.path.join(work, size)
    base = os.path.join(folder, "base", "book.json")
    log(f"[{size}] generating the book…")
    t = time.perf_counter()
    gen = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-book"), "--size", size, "--today", TODAY,
                          "--quiet", base], capture_output=True, text=True)
    if gen.returncode != 0:
        raise Crash(f"gen-book failed for {size}:\n{gen.stderr}")
    res["gen_s"] = time.perf_counter() - t
    res["snapshot_bytes"] = os.path.getsize(base)
    with open(base, encoding="utf-8") as f:
        book = json.load(f)
    res["counts"] = {k: len(book[k]) for k in ("customers", "invoices", "payments", "promises", "reminders")}
    env = child_env()
    slow = size == "large"
    runs = args.slow_runs if slow else args.runs

    # 0. Does it load? (also warms the page cache)
    check_out = os.path.join(folder, "agenda.txt")
    _, rc, _ = run_child([binary, "say", "--book", base, "--today", TODAY, "agenda"], check_out, env)
    if rc != 0:
        with open(check_out, encoding="utf-8", errors="replace") as f:
            raise Crash(f"[{size}] `followup say agenda` exited {rc}:\n{f.read()[-3000:]}")
    with open(check_out, encoding="utf-8", errors="replace") as f:
        res["agenda_lines"] = sum(1 for _ in f)

    # 1. Whole-process reports; 4. peak memory of `say agenda`.
    for cmd in ("agenda", "aging"):
        walls, rss = [], []
        for k in range(runs):
            log(f"[{size}] say {cmd} {k + 1}/{runs}")
            wall, rc, maxrss = run_child([binary, "say", "--book", base, "--today", TODAY, cmd], None, env)
            if rc != 0:
                raise Crash(f"[{size}] `followup say {cmd}` exited {rc}")
            walls.append(wall)
            rss.append(maxrss)
        res[cmd] = {"median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
                    "rss_kib": max(rss), "runs": runs}

    # 2./3./5. The 1,000-line replay, each run on a fresh copy of the book.
    script = replay_lines(book, REPLAY_LINES)
    script_path = os.path.join(folder, "replay.txt")
    with open(script_path, "w", encoding="utf-8") as f:
        f.write("\n".join(line for _, line in script) + "\n")
    help_text = subprocess.run([binary, "run", "--help"], capture_output=True, text=True, env=env)
    has_timings = "--timings" in (help_text.stdout + help_text.stderr)
    walls, rss, line_us, by_kind = [], [], [], {}
    analysis = None
    for k in range(runs):
        run_dir = os.path.join(folder, f"replay-{k + 1}")
        os.makedirs(run_dir)
        book_path = os.path.join(run_dir, "book.json")
        shutil.copyfile(base, book_path)
        timings = os.path.join(run_dir, "timings.tsv")
        transcript = os.path.join(run_dir, "transcript.txt")
        argv = [binary, "run", "--keep-going", "--book", book_path, "--today", TODAY]
        if has_timings:
            argv += ["--timings", timings]
        argv.append(script_path)
        log(f"[{size}] replay {REPLAY_LINES} lines {k + 1}/{runs}")
        wall, rc, maxrss = run_child(argv, transcript, env)
        if rc not in (0, 1):
            with open(transcript, encoding="utf-8", errors="replace") as f:
                tail = f.read()[-3000:]
            raise Crash(f"[{size}] `followup run` exited {rc} (crash?); transcript ends:\n{tail}")
        walls.append(wall)
        rss.append(maxrss)
        a = analyse_transcript(transcript, [line for _, line in script])
        if analysis is None:
            analysis = a
            analysis["rc"] = rc
            analysis["snapshot_after"] = os.path.getsize(book_path)
            jp = os.path.join(run_dir, "book.journal")
            analysis["journal_after"] = os.path.getsize(jp) if os.path.exists(jp) else 0
        if has_timings and os.path.exists(timings):
            with open(timings, encoding="utf-8", errors="replace") as f:
                rows = [ln.rstrip("\n").split("\t", 1) for ln in f if ln.strip()]
            kinds = {line: kind for kind, line in script}
            for row in rows:
                if len(row) != 2 or not row[0].isdigit():
                    continue
                us = int(row[0])
                line_us.append(us)
                by_kind.setdefault(kinds.get(row[1], "other"), []).append(us)
        if not args.keep and k > 0:
            shutil.rmtree(run_dir, ignore_errors=True)
    res["replay"] = {"median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
                     "rss_kib": max(rss), "runs": runs, "lines": len(script), "has_timings": has_timings and bool(line_us),
                     "line_median_us": statistics.median(line_us) if line_us else None,
                     "line_p99_us": pct(line_us, 99),
                     "by_kind": {k: (statistics.median(v), pct(v, 99), len(v) // runs) for k, v in sorted(by_kind.items())},
                     **analysis}
    res["replay"].pop("blocks", None)

    # 5b. `run` folds the journal into the snapshot when it ends, so the journal is measured apart:
    # `say` leaves its step in the journal.
    sample_dir = os.path.join(folder, "journal-sample")
    os.makedirs(sample_dir)
    sample_book = os.path.join(sample_dir, "book.json")
    shutil.copyfile(base, sample_book)
    sample = script[:JOURNAL_SAMPLE]
    log(f"[{size}] journal sample: {len(sample)} lines with `say`")
    ok = 0
    for _, line in sample:
        _, rc, _ = run_child([binary, "say", "--book", sample_book, "--today", TODAY, line], None, env)
        if rc not in (0, 1):
            raise Crash(f"[{size}] `followup say {line!r}` exited {rc} (crash?)")
        ok += rc == 0
    jp = os.path.join(sample_dir, "book.journal")
    res["journal_sample"] = {"lines": len(sample), "ok": ok, "bytes": os.path.getsize(jp) if os.path.exists(jp) else 0}
    return res


# ---- printing -----------------------------------------------------------------------------------

def fmt_ms(s):
    ms = s * 1000
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.1f} ms"


def fmt_us(us):
    if us is None:
        return "n/a"
    ms = us / 1000
    return f"{ms:.2f} ms" if ms < 10 else f"{ms:,.1f} ms"


def fmt_mb(kib):
    return f"{kib / 1024:,.1f} MiB"


def fmt_bytes(n):
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:,.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:,.1f} KiB"
    return f"{n} B"


def verdict(value, limit):
    if value is None:
        return ""
    return "ok" if value < limit else "MISSED"


def measure_parse():
    """Runs the ParseThroughputTests benchmark in release with FOLLOWUP_BENCH=1 and returns
    {"line", "rate", "p99_ms"} or {"error"}. It builds into .build-bench so the release test build
    does not replace the debug one in .build that others use."""
    cmd = ["swift", "test", "-c", "release", "--scratch-path", os.path.join(ROOT, ".build-bench"),
           "--filter", "ParseThroughputTests"]
    env = dict(os.environ)
    env["FOLLOWUP_BENCH"] = "1"
    log("parse throughput: " + " ".join(cmd[:5]) + " .build-bench --filter ParseThroughputTests (builds the tests in release)...")
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError as e:
        return {"error": f"could not run swift: {e}"}
    text = p.stdout.decode("utf-8", errors="replace")
    m = PARSE_LINE.search(text)
    if not m:
        tail = [ln for ln in text.splitlines() if ln.strip()][-5:]
        return {"error": f"no 'parse:' line (swift test exit {p.returncode}): " + " | ".join(tail)}
    return {"line": m.group(0).strip(), "rate": int(m.group(1)), "p99_ms": float(m.group(2))}


def parse_report(parse):
    """The "parse throughput" section of the report."""
    out = ["parse throughput (LineParser with 10,000 customer names; every corpus line, repeatedly for ~2 s;",
           "  swift test -c release --filter ParseThroughputTests with FOLLOWUP_BENCH=1):"]
    if "error" in parse:
        out.append(f"  n/a: {parse['error']}")
        return "\n".join(out)
    out.append(f"  {parse['line']}")
    rate_ok = "ok" if parse["rate"] >= TARGET_PARSE_RATE else "MISSED"
    p99_ok = verdict(parse["p99_ms"], TARGET_PARSE_P99_MS)
    out.append(f"  target: >= {TARGET_PARSE_RATE:,} lines/s ({rate_ok}), p99 < {TARGET_PARSE_P99_MS:g} ms ({p99_ok});"
               " information only")
    return "\n".join(out)


def report(results, args, binary):
    sizes = [r["size"] for r in results]
    by = {r["size"]: r for r in results}
    out = []
    out.append("FollowUp benchmark")
    out.append(f"  release build ({os.path.relpath(binary, ROOT)}), clock frozen at {TODAY}, NO_COLOR=1")
    out.append(f"  machine: {platform.machine()}, {os.cpu_count()} CPUs, Linux {platform.release()}, "
               f"{time.strftime('%Y-%m-%d %H:%M')}")
    for s in sizes:
        c = by[s]["counts"]
        out.append(f"  {s:<9} book: {c['customers']:,} customers, {c['invoices']:,} invoices, {c['payments']:,} payments, "
                   f"{c['promises']:,} promises, {c['reminders']:,} reminders (scripts/gen-book --size {s})")
    out.append(f"  medians of {args.runs} run{'s' if args.runs != 1 else ''}" + (f" ({args.slow_runs} for the large book)" if "large" in sizes else "")
               + "; memory is the highest max RSS seen")
    out.append("")

    rows = []  # (label, {size: text}, target text, key for verdict)
    def row(label, get, target="", check=None):
        cells = {}
        for s in sizes:
            try:
                cells[s] = get(by[s])
            except (KeyError, TypeError):
                cells[s] = "n/a"
        v = ""
        if check and "large" in by:
            v = check(by["large"])
        rows.append((label, cells, target, v))

    def line_ms(r, key):
        rp = r["replay"]
        if rp["has_timings"]:
            return fmt_us(rp[key])
        return fmt_us(rp["median_s"] / rp["lines"] * 1e6) + "*"

    def line_value(r, key):
        rp = r["replay"]
        return rp[key] / 1000 if rp["has_timings"] else rp["median_s"] / rp["lines"] * 1000

    row("snapshot size", lambda r: fmt_bytes(r["snapshot_bytes"]))
    row("say agenda, whole process", lambda r: fmt_ms(r["agenda"]["median_s"]), f"< {TARGET_REPORT_MS} ms",
        lambda r: verdict(r["agenda"]["median_s"] * 1000, TARGET_REPORT_MS))
    row("say aging, whole process", lambda r: fmt_ms(r["aging"]["median_s"]), f"< {TARGET_REPORT_MS} ms",
        lambda r: verdict(r["aging"]["median_s"] * 1000, TARGET_REPORT_MS))
    row(f"replay {REPLAY_LINES:,} lines (run), total", lambda r: f"{r['replay']['median_s']:.2f} s")
    row("replay throughput", lambda r: f"{r['replay']['lines'] / r['replay']['median_s']:,.0f} lines/s")
    row("mutating line, median (in process)", lambda r: line_ms(r, "line_median_us"), f"< {TARGET_LINE_MS} ms",
        lambda r: verdict(line_value(r, "line_median_us"), TARGET_LINE_MS))
    row("mutating line, p99 (in process)", lambda r: line_ms(r, "line_p99_us"))
    row("peak memory, say agenda", lambda r: fmt_mb(r["agenda"]["rss_kib"]), f"< {TARGET_RSS_MB} MB",
        lambda r: verdict(r["agenda"]["rss_kib"] / 1024, TARGET_RSS_MB))
    row(f"peak memory, {REPLAY_LINES:,}-line replay", lambda r: fmt_mb(r["replay"]["rss_kib"]), f"< {TARGET_RSS_MB} MB",
        lambda r: verdict(r["replay"]["rss_kib"] / 1024, TARGET_RSS_MB))
    row("snapshot after replay", lambda r: fmt_bytes(r["replay"]["snapshot_after"]))
    row("journal after replay", lambda r: fmt_bytes(r["replay"]["journal_after"]))
    row("journal per mutating line", lambda r: f"{r['journal_sample']['bytes'] / r['journal_sample']['lines']:,.0f} B")
    row("replay lines failed", lambda r: f"{len(r['replay']['failed'])} of {r['replay']['lines']:,}")
    row("replay lines that asked a question", lambda r: f"{len(r['replay']['questions'])}")

    w0 = max(len(r[0]) for r in rows)
    wc = {s: max(len(s), max(len(r[1][s]) for r in rows)) for s in sizes}
    has_large = "large" in sizes
    header = f"{'':<{w0}}  " + "  ".join(f"{s:>{wc[s]}}" for s in sizes)
    if has_large:
        header += f"  {'target (large)':<14}  large vs target"
    out.append(header)
    out.append("-" * len(header))
    for label, cells, target, v in rows:
        s = f"{label:<{w0}}  " + "  ".join(f"{cells[z]:>{wc[z]}}" for z in sizes)
        if has_large:
            s += f"  {target:<14}  {v}"
        out.append(s.rstrip())
    out.append("")

    # Per-kind breakdown of the in-process latency.
    if any(by[s]["replay"]["has_timings"] for s in sizes):
        kinds = sorted({k for s in sizes for k in by[s]["replay"]["by_kind"]})
        out.append("in-process latency by kind of line (median / p99, from run --timings):")
        for k in kinds:
            cells = []
            for s in sizes:
                bk = by[s]["replay"]["by_kind"].get(k)
                cells.append(f"{s} {fmt_us(bk[0])} / {fmt_us(bk[1])}" if bk else f"{s} n/a")
            n = next((by[s]["replay"]["by_kind"][k][2] for s in sizes if k in by[s]["replay"]["by_kind"]), 0)
            out.append(f"  {k:<9} ({n:>3} lines)  " + "   ".join(cells))
        out.append("")
    notes = []
    for s in sizes:
        rp = by[s]["replay"]
        if rp["seen"] != rp["lines"]:
            notes.append(f"! {s}: only {rp['seen']} of {rp['lines']} script lines were found in the transcript "
                         "(prompt changed?), so the failed/question counts may be incomplete.")
        if rp["failed"] or rp["questions"]:
            notes.append(f"! {s}: replay lines that failed: {rp['failed'][:20]}; that asked: {rp['questions'][:20]} "
                         "(run with --keep to read the transcript).")
        js = by[s]["journal_sample"]
        if js["ok"] != js["lines"]:
            notes.append(f"! {s}: {js['lines'] - js['ok']} of the {js['lines']} journal-sample lines did not succeed.")
    if any(by[s]["replay"]["journal_after"] == 0 for s in sizes):
        notes.append("The journal is empty after the replay because `run` folds it into the snapshot when it ends; "
                     f"'journal per mutating line' is measured with `say` on the first {JOURNAL_SAMPLE} lines.")
    if any(not by[s]["replay"]["has_timings"] for s in sizes):
        notes.append("* `followup run --timings` is not available in this build: per-line figures are "
                     "(total replay time / lines), which includes start-up, loading and saving.")
    notes.append("Whole-process times include start-up, loading the book and printing; the replay's total also "
                 "includes the compaction when it ends.")
    notes.append(f"Targets are for the large book and are information only. Replay script: English customer names "
                 f"from the book, hard ones included (3M China, Friday Foods, Acme Co., Ltd.); payments below what is owed, reminders, new invoices, promises, done.")
    for n in notes:
        out.extend(textwrap.wrap(n, width=100, subsequent_indent="  "))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="FollowUp benchmark driver (use scripts/bench).")
    ap.add_argument("--quick", action="store_true", help="realistic book only, 3 runs")
    ap.add_argument("--sizes", help="comma-separated: realistic,large (default both)")
    ap.add_argument("--runs", type=int, help="runs per measurement (default 5; 3 with --quick)")
    ap.add_argument("--slow-runs", type=int, help="runs per measurement on the large book (default 3)")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "followup"))
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (books, transcripts, timings)")
    ap.add_argument("--no-parse", action="store_true", help="skip the parse throughput section")
    ap.add_argument("--parse-only", action="store_true", help="only the parse throughput section (no books)")
    args = ap.parse_args()
    if args.parse_only:
        print(parse_report(measure_parse()))
        return 0
    sizes = args.sizes.split(",") if args.sizes else (["realistic"] if args.quick else ["realistic", "large"])
    for s in sizes:
        if s not in SIZES:
            ap.error(f"unknown size {s!r} (realistic, large)")
    args.runs = args.runs or (3 if args.quick else 5)
    args.slow_runs = args.slow_runs or min(3, args.runs)
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"bench: no binary at {binary}; build it with swift build -c release --static-swift-stdlib", file=sys.stderr)
        return 1

    work = tempfile.mkdtemp(prefix="followup-bench-")
    results = []
    status = 0
    try:
        for s in sizes:
            try:
                results.append(measure_size(s, args, binary, work))
            except Crash as e:
                print(f"bench: {e}", file=sys.stderr)
                status = 1
        if results:
            print(report(results, args, binary))
        if not args.no_parse:
            print()
            print(parse_report(measure_parse()))
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
