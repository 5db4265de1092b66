#!/usr/bin/env python3
"""The files FollowUp writes for other programs, read back by maintained parsers.

`.eml` drafts are parsed with Python's standard `email` package (as a mail program would read
them); the `.ics` export with the `icalendar` package from PyPI. The binary runs in a fresh
temporary folder with a frozen day and HOME pointing into that folder.

When `icalendar` is not installed, the calendar checks are SKIPPED with a message saying how to
install it (the draft checks still run); with FOLLOWUP_REQUIRE_ICALENDAR=1 (CI) a missing
package is a failure instead. Prints `ok - …` / `not ok - …` and `N passed, M failed` last.

Usage: mail_calendar_test.py FOLLOWUP_BINARY
"""
import email
import email.policy
import os
import stat
import subprocess
import sys
import tempfile

TODAY = "2026-11-18"
RESULTS = {"passed": 0, "failed": 0, "skipped": 0}


def report(ok, name, detail=""):
    RESULTS["passed" if ok else "failed"] += 1
    print(("ok - " if ok else "not ok - ") + name)
    if not ok and detail:
        print("  " + str(detail).replace("\n", "\n  "))


def run(binary, folder, line, today=TODAY):
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k not in ("FOLLOWUP_TODAY", "FOLLOWUP_BOOK")}
    env.update(NO_COLOR="1", HOME=os.path.join(folder, "home"), LANG="C.UTF-8")
    r = subprocess.run([binary, "say", "--today", today, "--book", os.path.join(folder, "book", "book.json"), line],
                       capture_output=True, env=env, cwd=folder, timeout=30)
    return r.returncode, r.stdout.decode("utf-8") + r.stderr.decode("utf-8")


SETUP = [
    'add customer "Smith, Jones; Partners", contact Li Wei',
    "Smith owes 12,500 due Dec 10",
    "Smith owes 3000 due Nov 1",
    "Li Wei's email is li@smith.example",
    "Li Wei agreed to receive emails",
    "新增客户东方酒店，联系人王芳，经理",
    "东方酒店欠款8000，12月1日到期",
    "王经理的邮箱是 wang@df.example",
    "王经理同意接收邮件",
    "set my name Sam Lee",
    "set my email sam@example.com",
    "Smith paid 2000",
    "remind me to call Smith every month on the 31st",
    "remind me to visit 东方酒店 tomorrow at 3pm",
    "remind me to check the bank every weekday",
    "Smith promised 1000 by Friday",
    # A plan's two touches: reminders 4 and 5 (a call a month on, then every two months).
    "start the after-sale plan for Li Wei at Smith",
]


def drafts(folder):
    d = os.path.join(folder, "home", ".local", "share", "followup", "drafts")
    return d, sorted(os.listdir(d)) if os.path.isdir(d) else []


def check_drafts(binary, folder):
    for line in ["draft email to Smith thanks", "draft email to Smith reminder", "给东方酒店写催款邮件",
                 "draft email to 东方酒店 new year greeting"]:
        code, out = run(binary, folder, line)
        report(code == 0, f"draft: {line}", out)
    d, names = drafts(folder)
    report(len(names) == 4, "four drafts, none overwritten", names)
    report(stat.S_IMODE(os.stat(d).st_mode) == 0o700, "the drafts folder is private (0700)")
    expect = {
        "li-wei-thanks": ("Li Wei", "li@smith.example", "Payment of ¥2,000 received", "reached us on"),
        "li-wei-reminder": ("Li Wei", "li@smith.example", "statement and payment reminder", "INV-0002"),
        "王芳-reminder": ("王芳", "wang@df.example", "东方酒店对账单及付款提醒", "未付合计：¥8,000"),
        "王芳-greeting-new-year": ("王芳", "wang@df.example", "新年快乐", "王经理，您好："),
    }
    for name in names:
        path = os.path.join(d, name)
        raw = open(path, "rb").read()
        key = name[len("2026-11-18-"):-len(".eml")]
        who, address, subject, body = expect.get(key, ("?", "?", "?", "?"))
        report(stat.S_IMODE(os.stat(path).st_mode) == 0o600, f"{name}: private file (0600)")
        report(b"\n" not in raw.replace(b"\r\n", b""), f"{name}: CRLF line ends only")
        report(all(b < 128 for b in raw), f"{name}: 7-bit once encoded")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        report(not msg.defects, f"{name}: no defects", msg.defects)
        to = msg["To"].addresses[0]
        report(to.display_name == who and to.addr_spec == address, f"{name}: To {who} <{address}>", msg["To"])
        report(str(msg["From"]) == "Sam Lee <sam@example.com>", f"{name}: From the user", msg["From"])
        report(subject in str(msg["Subject"]), f"{name}: subject decodes", msg["Subject"])
        report(msg["X-Unsent"] == "1" and msg["MIME-Version"] == "1.0", f"{name}: opens as a draft")
        report(msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8", f"{name}: UTF-8 text")
        content = msg.get_content()
        report(body in content and content.rstrip().endswith("Sam Lee"), f"{name}: body decodes and is signed", content)
        report(email.utils.parsedate_to_datetime(msg["Date"]).date().isoformat() == TODAY, f"{name}: dated today", msg["Date"])
    code, out = run(binary, folder, "Li Wei doesn't want emails")
    code, out = run(binary, folder, "draft email to Smith thanks")
    report(code != 0 and "said no to emails" in out and len(drafts(folder)[1]) == 4, "no draft after a no", out)


def check_calendar(binary, folder):
    try:
        import icalendar
    except ImportError:
        if os.environ.get("FOLLOWUP_REQUIRE_ICALENDAR") == "1":
            report(False, "the icalendar package is required here (FOLLOWUP_REQUIRE_ICALENDAR=1)")
        else:
            RESULTS["skipped"] += 1
            print("SKIPPED - .ics checks: the Python package icalendar is not installed "
                  "(python3 -m pip install --user icalendar)")
        return
    code, out = run(binary, folder, "export calendar")
    path = os.path.join(folder, "followup.ics")
    report(code == 0 and os.path.exists(path), "export calendar writes followup.ics", out)
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    report(b"\n" not in raw.replace(b"\r\n", b""), ".ics: CRLF line ends only")
    report(all(len(l) <= 75 for l in lines), ".ics: lines folded at 75 octets")
    cal = icalendar.Calendar.from_ical(raw)
    report(str(cal["VERSION"]) == "2.0" and "FollowUp" in str(cal["PRODID"]), ".ics: VERSION and PRODID")
    everything = list(cal.walk("VEVENT"))
    # Occasions (the customers' holidays of the coming year) are checked on their own below.
    occasions = [e for e in everything if str(e["UID"]).startswith("occasion-")]
    events = [e for e in everything if not str(e["UID"]).startswith("occasion-")]
    uids = [str(e["UID"]) for e in events]
    report(len(events) == 9 and len(set(uids)) == len(uids),
           ".ics: 9 events (3 reminders, 2 plan touches, 1 promise, 3 invoices), unique UIDs", uids)
    occasion_uids = [str(e["UID"]) for e in occasions]
    report(bool(occasions) and len(set(occasion_uids)) == len(occasion_uids)
           and any(u.startswith("occasion-christmas-1-2026.") for u in occasion_uids)
           and all(e.decoded("DTSTART").isoformat() >= "2026-11-18" for e in occasions),
           ".ics: occasions of the coming year, keyed by kind, customer and year", occasion_uids)
    by_uid = {str(e["UID"]).split(".")[0]: e for e in events}
    monthly = by_uid.get("reminder-1")
    report(monthly is not None and monthly["RRULE"]["FREQ"] == ["MONTHLY"] and monthly["RRULE"]["BYSETPOS"] == [-1],
           ".ics: a monthly 31st repeats on the month's last day when shorter", monthly and monthly.get("RRULE"))
    weekday = by_uid.get("reminder-3")
    report(weekday is not None and weekday["RRULE"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"], ".ics: every weekday")
    timed = by_uid.get("reminder-2")
    report(timed is not None and timed.decoded("DTSTART").isoformat() == "2026-11-19T15:00:00", ".ics: a time makes a DATE-TIME",
           timed and timed.get("DTSTART"))
    touch = by_uid.get("reminder-4")
    report(touch is not None and str(touch["SUMMARY"]) == "Call · after-sale plan · Smith, Jones; Partners"
           and "Message: Hello Li Wei, it has been a month" in str(touch["DESCRIPTION"]),
           ".ics: a plan touch names its channel and plan, its message in the description",
           touch and (touch.get("SUMMARY"), touch.get("DESCRIPTION")))
    invoice = by_uid.get("invoice-1")
    report(invoice is not None and str(invoice["SUMMARY"]) == "INV-0001 due: Smith, Jones; Partners ¥12,500",
           ".ics: TEXT escaping reads back", invoice and invoice.get("SUMMARY"))
    paid = by_uid.get("invoice-2")
    report(paid is not None and str(paid["STATUS"]) == "CONFIRMED", ".ics: an invoice still owed is confirmed")
    report(all(isinstance(e.decoded("DTSTAMP"), object) and e.get("DTSTAMP") for e in events), ".ics: every event has DTSTAMP")
    # Again a day later, after a change: the same items keep their UIDs; a done one is cancelled.
    run(binary, folder, "done 2", today="2026-11-19")
    code, out = run(binary, folder, "export calendar", today="2026-11-19")
    again = icalendar.Calendar.from_ical(open(path, "rb").read())
    uids2 = [str(e["UID"]) for e in again.walk("VEVENT") if not str(e["UID"]).startswith("occasion-")]
    report(code == 0 and sorted(uids2) == sorted(uids), "export again: the same UIDs, so a calendar updates", out)
    occasion_uids2 = [str(e["UID"]) for e in again.walk("VEVENT") if str(e["UID"]).startswith("occasion-")]
    report(set(occasion_uids) <= set(occasion_uids2), "export again: occasions keep their UIDs",
           sorted(set(occasion_uids) ^ set(occasion_uids2)))
    done = [e for e in again.walk("VEVENT") if str(e["UID"]).startswith("reminder-2.")]
    report(bool(done) and str(done[0]["STATUS"]) == "CANCELLED", "export again: a done reminder is cancelled")
    seq1 = max(int(e["SEQUENCE"]) for e in events)
    report(all(int(e["SEQUENCE"]) > seq1 for e in again.walk("VEVENT")), "export again: a higher SEQUENCE")
    # A file this program did not write is never replaced.
    mine = os.path.join(folder, "mine.ics")
    with open(mine, "w") as f:
        f.write("my own notes\n")
    code, out = run(binary, folder, "export calendar to mine.ics")
    report(code != 0 and open(mine).read() == "my own notes\n", "a foreign file is left alone", out)
    code, out = run(binary, folder, "导出日历到 日程.ics")
    zh = icalendar.Calendar.from_ical(open(os.path.join(folder, "日程.ics"), "rb").read())
    report(code == 0 and any("承诺付款" in str(e["SUMMARY"]) for e in zh.walk("VEVENT")), "导出日历: Chinese words", out)


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, "book"))
        for line in SETUP:
            code, out = run(binary, folder, line)
            if code != 0:
                report(False, f"setup: {line}", out)
        check_drafts(binary, folder)
        check_calendar(binary, folder)
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed" + (f", {RESULTS['skipped']} skipped" if RESULTS["skipped"] else ""))
    sys.exit(1 if RESULTS["failed"] else 0)


if __name__ == "__main__":
    main()
