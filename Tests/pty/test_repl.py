#!/usr/bin/env python3
"""End-to-end test of the followup REPL in a pseudo-terminal.

Usage: test_repl.py PATH_TO_FOLLOWUP [EXTRA_ARGS...]

Runs the binary in a pseudo-terminal (as a person at a terminal would) with a fresh book, HOME and
XDG_STATE_HOME in a temporary directory, TERM=xterm and no LANG/LC_* (so the program's fallback to a
UTF-8 locale is exercised), and checks: the prompt appears after one line of greeting and today's
summary (in the locale's language when the book does not say; none with --quiet); a typed line gets a reply; Chinese input
is echoed intact; Ctrl-C clears a half-typed line and the program keeps running; Up-arrow recalls
the previous line; Ctrl-R shows a readable label and finds Chinese and English history lines and Enter runs exactly the line
found; Tab completes `hel` to `help`; Ctrl-D exits with status 0 and leaves the terminal
settings as they were; the history file exists with mode 0600 and is read back by the next session.

Replies are not compared with exact text, only required to appear, so the test keeps working while
the assistant's wording changes. Standard library only. The last line printed is
`N passed, M failed`; the exit status is non-zero when anything failed.

Environment: FOLLOWUP_PROMPT_RE overrides the regular expression that recognises the prompt
(default `followup[>?] `); FOLLOWUP_TEST_TIMEOUT the seconds to wait for output (default 10).
"""

import fcntl
import os
import re
import select
import stat
import struct
import subprocess
import sys
import tempfile
import termios
import time

PROMPT_RE = re.compile(os.environ.get("FOLLOWUP_PROMPT_RE", r"followup[>?] "))
TIMEOUT = float(os.environ.get("FOLLOWUP_TEST_TIMEOUT", "10"))
# Terminal control sequences libedit and the colour output use: CSI, OSC, two-byte ESC sequences.
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x01\x07]")

CTRL_C = b"\x03"
CTRL_D = b"\x04"
CTRL_G = b"\x07"
CTRL_R = b"\x12"
UP = b"\x1b[A"
TAB = b"\t"
ENTER = b"\r"


def clean(data):
    """Terminal output as plain text: escapes removed, backspaces applied, CR+LF as LF."""
    text = ANSI_RE.sub("", data.decode("utf-8", errors="replace"))
    text = text.replace("\r\n", "\n")
    out = []
    for ch in text:
        if ch == "\b":
            if out and out[-1] != "\n":
                out.pop()
        elif ch != "\r":
            out.append(ch)
    return "".join(out)


class Session:
    """One run of the program on a pseudo-terminal, with everything it printed."""

    def __init__(self, argv, env):
        self.master, self.slave = os.openpty()
        # A fixed size keeps line wrapping predictable.
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.initial_attrs = termios.tcgetattr(self.slave)
        self.output = b""
        self.mark = 0

        def make_controlling_terminal():
            # Like a login shell: the pseudo-terminal becomes the child's controlling terminal.
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            argv,
            stdin=self.slave,
            stdout=self.slave,
            stderr=self.slave,
            env=env,
            start_new_session=True,
            preexec_fn=make_controlling_terminal,
            close_fds=True,
        )

    def pump(self, seconds):
        """Collects output for up to `seconds`; returns False once the pseudo-terminal is closed."""
        ready, _, _ = select.select([self.master], [], [], seconds)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.output += chunk
        return True

    def wait_for(self, predicate, timeout=TIMEOUT):
        """Waits until predicate(plain text since the mark) is true; returns that text or None."""
        deadline = time.time() + timeout
        while True:
            text = clean(self.output[self.mark:])
            if predicate(text):
                return text
            remaining = deadline - time.time()
            if remaining <= 0:
                return None
            if not self.pump(min(remaining, 0.1)) and self.proc.poll() is not None:
                text = clean(self.output[self.mark:])
                return text if predicate(text) else None

    def wait_for_prompt(self, timeout=TIMEOUT):
        text = self.wait_for(lambda t: PROMPT_RE.search(t) is not None, timeout)
        if text is not None:
            self.wait_until_editing()
        return text

    def wait_until_editing(self, timeout=TIMEOUT):
        """Waits until the line editor has switched the terminal out of canonical mode.

        libedit draws the prompt a moment before it does; a key sent in that moment would be
        handled by the terminal driver (^D as end of file, arrows echoed) instead of the editor.
        """
        deadline = time.time() + timeout
        while time.time() < deadline and self.proc.poll() is None:
            if not termios.tcgetattr(self.slave)[3] & termios.ICANON:
                return True
            self.pump(0.01)
        return False

    def send(self, data):
        """Sends keys; later waits only look at output that comes after this point."""
        self.mark = len(self.output)
        os.write(self.master, data)

    def type_slowly(self, data):
        """Sends a line key by key (whole characters), as typing does, and lets libedit echo."""
        self.mark = len(self.output)
        for ch in data.decode("utf-8"):
            os.write(self.master, ch.encode("utf-8"))
            self.pump(0.02)

    def command(self, line):
        """Types a line and Enter; returns the reply text (the lines between echo and next prompt)."""
        self.type_slowly(line.encode("utf-8"))
        text = self.finish_line()
        if text is None:
            return None
        after_echo = text.split("\n", 1)[1]
        return PROMPT_RE.split(after_echo)[0]

    def finish_line(self):
        """Presses Enter; returns the text from the typed line to the next prompt, or None."""
        mark = self.mark
        os.write(self.master, ENTER)
        self.mark = mark
        text = self.wait_for(lambda t: "\n" in t and PROMPT_RE.search(t.split("\n", 1)[1]) is not None)
        if text is not None:
            self.wait_until_editing()
        return text

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while self.proc.poll() is None and time.time() < deadline:
            self.pump(0.1)
        try:
            return self.proc.wait(timeout=max(0.1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            return None

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok - {name}")
        else:
            self.failed += 1
            print(f"FAIL - {name}" + (f": {detail}" if detail else ""))
        sys.stdout.flush()
        return ok


def tail(session, count=400):
    return repr(clean(session.output)[-count:])


def opening_line(argv, env):
    """What a session prints before its first prompt (None when no prompt came), then leaves."""
    s = Session(argv, env)
    try:
        opening = s.wait_for_prompt()
        s.send(CTRL_D)
        s.wait_exit()
        return PROMPT_RE.split(opening)[0].strip() if opening else None
    finally:
        s.close()


def history_entries(path):
    """Entries of a libedit history file (its format escapes spaces as \\040)."""
    with open(path, "rb") as f:
        lines = f.read().decode("utf-8", errors="replace").splitlines()
    return [line.replace("\\040", " ") for line in lines if line != "_HiStOrY_V2_"]


def main():
    if len(sys.argv) < 2:
        print("usage: test_repl.py PATH_TO_FOLLOWUP [EXTRA_ARGS...]", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    extra = sys.argv[2:]
    results = Results()

    with tempfile.TemporaryDirectory(prefix="followup-pty-") as tmp:
        home = os.path.join(tmp, "home")
        state_home = os.path.join(tmp, "state")
        os.makedirs(home)
        # No locale variables (the program must fall back to UTF-8 itself) and no FOLLOWUP_*
        # settings from the caller's shell.
        env = {k: v for k, v in os.environ.items()
               if not (k == "LANG" or k.startswith("LC_") or k.startswith("FOLLOWUP_"))}
        env.update({"HOME": home, "XDG_STATE_HOME": state_home, "TERM": "xterm"})
        env.pop("NO_COLOR", None)
        history_path = os.path.join(state_home, "followup", "history")
        argv = [binary, "--book", os.path.join(tmp, "book.json"), "--today", "2026-11-18"] + extra

        s = Session(argv, env)
        try:
            # The prompt appears, after one line of greeting and today's summary.
            opening = s.wait_for_prompt()
            if not results.check("prompt appears", opening is not None, tail(s)):
                return finish(results)
            first = PROMPT_RE.split(opening)[0].strip()
            results.check("the prompt opens with a greeting and today's summary",
                          first == "Hello. Wed 18 Nov: nothing overdue or due today.", repr(first))

            # A typed line gets a reply.
            reply = s.command("help")
            results.check("help gets a reply", reply is not None and reply.strip() != "", tail(s))

            # Chinese input is echoed intact, then answered.
            s.type_slowly("帮助".encode("utf-8"))
            echoed = s.wait_for(lambda t: "帮助" in t, 3)
            results.check("Chinese input echoed intact", echoed is not None, tail(s))
            answered = s.finish_line()
            results.check("Chinese line gets a reply", answered is not None, tail(s))

            # A line that goes into the history for the Up-arrow check.
            reply = s.command("add customer Acme")
            results.check("add customer gets a reply", reply is not None and reply.strip() != "", tail(s))

            # Ctrl-C on a half-typed line: new prompt, program alive, line gone.
            s.type_slowly(b"add cust")
            s.wait_for(lambda t: "add cust" in t, 3)
            s.send(CTRL_C)
            reprompted = s.wait_for_prompt()
            results.check("Ctrl-C gives a new prompt", reprompted is not None, tail(s))
            results.check("Ctrl-C keeps the program running", s.proc.poll() is None,
                          f"exit status {s.proc.poll()}")
            reply = s.command("help")
            results.check("command after Ctrl-C works", reply is not None and reply.strip() != "", tail(s))
            entries = history_entries(history_path) if os.path.exists(history_path) else []
            results.check("Ctrl-C line cleared (not run, not in history)",
                          entries[-1:] == ["help"] and "add cust" not in entries, repr(entries))

            # Up-arrow recalls the previous line ("help"), twice the one before.
            s.send(UP)
            up1 = s.wait_for(lambda t: "help" in t, 3)
            s.send(UP)
            up2 = s.wait_for(lambda t: "add customer Acme" in t, 3)
            results.check("Up-arrow recalls previous lines", up1 is not None and up2 is not None, tail(s))
            s.send(CTRL_C)
            s.wait_for_prompt()

            # Tab completes a command word; the completed line lands in the history as "help".
            s.type_slowly(b"hel")
            s.send(TAB)
            completed = s.wait_for(lambda t: "p" in t, 3)
            s.finish_line()
            entries = history_entries(history_path) if os.path.exists(history_path) else []
            results.check("Tab completes hel to help", completed is not None and entries[-1:] == ["help"]
                          and entries.count("help") >= 2, repr(entries[-3:]))

            # Ctrl-R searches the history by whole characters: a Chinese pattern (东 is U+4E1C and
            # 店 U+5E97, whose low bytes are control keys to libedit's own search) finds the line,
            # and Enter runs exactly that line.
            chinese_line = "提醒我明天给东方酒店打电话"
            reply = s.command(chinese_line)
            results.check("Chinese reminder gets a reply", reply is not None and "东方酒店" in reply, tail(s))
            s.command("help")
            s.send(CTRL_R)
            label = s.wait_for(lambda t: "search history" in t, 3)
            results.check("Ctrl-R shows a readable label", label is not None and "reverse-i-search" not in label, tail(s))
            s.type_slowly("东方酒店".encode("utf-8"))
            found = s.wait_for(lambda t: "搜索历史“东方酒店”：" + chinese_line in t, 3)
            ran = s.finish_line()
            entries = history_entries(history_path) if os.path.exists(history_path) else []
            results.check("Ctrl-R with Chinese text shows the history line", found is not None, tail(s))
            results.check("Ctrl-R with Chinese text runs exactly the history line",
                          ran is not None and "东方酒店" in ran and entries[-1:] == [chinese_line],
                          repr(entries[-3:]) + " " + tail(s))

            # English: Ctrl-R `e` finds "help", Ctrl-R again the next older different line.
            s.send(CTRL_R)
            s.type_slowly(b"e")
            s.wait_for(lambda t: "help" in t, 3)
            s.send(CTRL_R)
            older = s.wait_for(lambda t: "add customer Acme" in t, 3)
            s.finish_line()
            entries = history_entries(history_path) if os.path.exists(history_path) else []
            results.check("Ctrl-R with English text, twice for an older line", older is not None
                          and entries[-1:] == ["add customer Acme"], repr(entries[-3:]) + " " + tail(s))

            # Ctrl-G leaves the search with the half-typed line as it was.
            s.type_slowly(b"agen")
            s.send(CTRL_R)
            s.type_slowly(b"Acme")
            s.wait_for(lambda t: "add customer Acme" in t, 3)
            s.send(CTRL_G)
            s.wait_for(lambda t: "followup> agen" in t, 3)
            s.type_slowly(b"da")
            s.finish_line()
            entries = history_entries(history_path) if os.path.exists(history_path) else []
            results.check("Ctrl-G puts the line back as it was", entries[-1:] == ["agenda"],
                          repr(entries[-3:]) + " " + tail(s))

            # Ctrl-D on an empty line exits with status 0, terminal settings as before.
            s.send(CTRL_D)
            status = s.wait_exit()
            results.check("Ctrl-D exits with status 0", status == 0, f"status {status}; {tail(s)}")
            results.check("terminal settings restored", termios.tcgetattr(s.slave) == s.initial_attrs)
        finally:
            s.close()

        # The history file: private, and holding the Chinese line intact.
        exists = os.path.exists(history_path)
        results.check("history file exists", exists, history_path)
        if exists:
            mode = stat.S_IMODE(os.stat(history_path).st_mode)
            results.check("history file mode is 0600", mode == 0o600, oct(mode))
            results.check("history keeps Chinese text", "帮助" in history_entries(history_path))

        # A second session reads the history back and quits on "quit".
        s = Session(argv, env)
        try:
            if results.check("second session prompt appears", s.wait_for_prompt() is not None, tail(s)):
                s.send(UP)
                recalled = s.wait_for(lambda t: "agenda" in t, 3)
                results.check("history survives a restart", recalled is not None, tail(s))
                s.send(CTRL_C)
                s.wait_for_prompt()
                s.type_slowly(b"quit")
                s.send(ENTER)
                status = s.wait_exit()
                results.check("quit exits with status 0", status == 0, f"status {status}; {tail(s)}")
        finally:
            s.close()

        # The opening line counts what is due (the two reminders for the 19th), greets by the clock's time, and speaks the
        # locale's language when the book's recent lines are as much English as Chinese.
        zh_env = dict(env, LANG="zh_CN.UTF-8")
        morning = [binary, "--book", os.path.join(tmp, "book.json"), "--today", "2026-11-19 09:30"] + extra
        first = opening_line(morning, zh_env)
        results.check("the opening line counts today's reminders, in the locale's language",
                      first == "早上好！11月19日 周四：待办提醒2条。输入“日程”查看详情。", repr(first))

        # Greetings due join the opening line (a birthday and the Mid-Autumn Festival), and one
        # sent leaves it.
        greet_book = os.path.join(tmp, "greet.json")
        autumn = [binary, "--book", greet_book, "--today", "2026-09-22 09:30"] + extra
        for line in ["add customer Acme Trading", "Acme Trading contact Li Wei", "Li Wei's birthday is Sep 24"]:
            subprocess.run(autumn + ["say", line], env=env, capture_output=True, timeout=30)
        first = opening_line(autumn, env)
        results.check("the opening line counts the greetings due",
                      first == "Good morning. Tue 22 Sep: 2 greetings to send. Type 'agenda' to see them.", repr(first))
        subprocess.run(autumn + ["say", "sent the mid-autumn greeting to acme"], env=env, capture_output=True, timeout=30)
        first = opening_line(autumn, env)
        results.check("a greeting sent leaves the opening line",
                      first == "Good morning. Tue 22 Sep: 1 greeting to send. Type 'agenda' to see them.", repr(first))

        # --quiet, or the book's setting: the prompt comes alone.
        before = opening_line(morning + ["--quiet"], zh_env)
        results.check("--quiet opens without the greeting", before == "", repr(before))
        subprocess.run(morning[:5] + ["say", "set greeting off"], env=env, capture_output=True, timeout=30)
        before = opening_line(morning, zh_env)
        results.check("'set greeting off' opens without the greeting", before == "", repr(before))

    return finish(results)


def finish(results):
    print(f"{results.passed} passed, {results.failed} failed")
    return 0 if results.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
