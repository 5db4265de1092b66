#!/usr/bin/env python3
"""Replays transcripts through the real binary (`followup run`) and compares the output exactly.

The in-process transcript test proves behaviour; this proves the shipped binary prints the same
thing, byte for byte, and that two replays with the same --today and book are identical.
Usage: replay_test.py FOLLOWUP_BINARY TRANSCRIPT_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile


def script_of(session):
    """The lines `followup run` takes: `>` inputs and `#` comments, in order."""
    out, today = [], "2026-11-18"
    for line in session.split("\n"):
        if line.startswith("# today:"):
            today = line[len("# today:"):].strip() if not out else today
        if line.startswith("> "):
            out.append(line[2:])
        elif line.startswith("#"):
            out.append(line)
    return out, today


def replay(binary, lines, today, book, directory):
    """Runs the session in the book's folder, with the files it names (`Files/`) copied there,
    so `import invoices invoices.csv` and `--csv out.csv` find and write them there, and
    `Tests/Transcripts/plays` linked there, so `plays check Tests/Transcripts/plays/…` reads
    as from the package root."""
    folder = os.path.dirname(book)
    files = os.path.join(directory, "Files")
    if os.path.isdir(files):
        for name in os.listdir(files):
            shutil.copy(os.path.join(files, name), os.path.join(folder, name))
    os.makedirs(os.path.join(folder, "Tests", "Transcripts"))
    os.symlink(os.path.join(directory, "plays"), os.path.join(folder, "Tests", "Transcripts", "plays"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    try:
        env = dict(os.environ, NO_COLOR="1")
        # Replies depend on the locale's currency only when the book sets none: keep it fixed.
        for name in ("FOLLOWUP_TODAY", "LC_ALL", "LC_MONETARY", "LANG"):
            env.pop(name, None)
        # The bundled plays only (no plays of the user's own), and `plays check Tests/Transcripts/…`
        # read from the package root, as the in-process transcript test does.
        env["HOME"] = os.path.join(os.path.dirname(book), "home")
        env.pop("XDG_CONFIG_HOME", None)
        # Email drafts under that home, so the paths replies print are the same everywhere.
        env.pop("XDG_DATA_HOME", None)
        r = subprocess.run([binary, "run", "--keep-going", "--today", today, "--book", book, path],
                           capture_output=True, env=env, timeout=60, cwd=folder)
        text = r.stdout.decode("utf-8")
        fixed = []
        for line in text.split("\n"):
            for prompt in ("followup> ", "followup? "):
                if line.startswith(prompt):
                    line = "> " + line[len(prompt):]
            fixed.append(line)
        return "\n".join(fixed)
    finally:
        os.unlink(path)


def main():
    # Absolute: each session runs in its own folder.
    binary, directory = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    passed = failed = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".session"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            expected = f.read()
        lines, today = script_of(expected)
        outputs = []
        for _ in range(2):
            with tempfile.TemporaryDirectory() as d:
                outputs.append(replay(binary, lines, today, os.path.join(d, "book.json"), directory))
        if outputs[0] == expected and outputs[1] == expected:
            passed += 1
        else:
            failed += 1
            exp, act = expected.split("\n"), outputs[0].split("\n")
            for i in range(max(len(exp), len(act))):
                e = exp[i] if i < len(exp) else "<end>"
                a = act[i] if i < len(act) else "<end>"
                if e != a:
                    print(f"FAIL {name} line {i + 1}\n  expected: {e}\n  actual:   {a}")
                    break
            else:
                print(f"FAIL {name}: the two replays differ")
    print(f"replay: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
