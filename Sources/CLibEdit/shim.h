/*
 * Thin C wrappers around libedit for Swift.
 *
 * Swift cannot call C variadic functions (el_set, el_get, history), and Swift 6
 * strict concurrency rejects the C globals stdin/stdout/stderr, so every such
 * call is wrapped here in a `static inline` function with a fixed signature.
 */
#ifndef FOLLOWUP_CLIBEDIT_SHIM_H
#define FOLLOWUP_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* ---- Process and terminal ---- */

/// Selects the user's locale, falling back to C.UTF-8 when its codeset is not UTF-8.
/// libedit silently drops CJK characters unless the locale is UTF-8. Returns 1 if the
/// resulting codeset is UTF-8.
static inline int fu_setlocale_utf8(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0)) {
        return 1;
    }
    /* Only the character type matters for decoding; keep the rest of the user's locale. */
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL && setlocale(LC_CTYPE, "C.utf8") == NULL) {
        return 0;
    }
    codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

/// Whether standard input is a terminal.
static inline int fu_stdin_isatty(void) { return isatty(STDIN_FILENO); }

/// Whether standard output is a terminal.
static inline int fu_stdout_isatty(void) { return isatty(STDOUT_FILENO); }

/// The width of the terminal on standard output in columns, or 0 when unknown.
static inline int fu_terminal_columns(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
        return (int)ws.ws_col;
    }
    return 0;
}

/// Writes `count` bytes to C stdout and flushes, so output shares libedit's buffer and order.
static inline void fu_stdout_write(const char *bytes, size_t count) {
    if (count > 0) {
        fwrite(bytes, 1, count, stdout);
    }
    fflush(stdout);
}

/* ---- EditLine ---- */

/// Creates an EditLine on the process's stdin, stdout and stderr.
static inline EditLine *fu_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// The prompt callback type: returns the prompt text for the given EditLine.
typedef char *(*fu_prompt_func)(EditLine *);

/// A string the prompt callback can return when it has nothing else; libedit never gets NULL.
static inline char *fu_empty_prompt(void) {
    static char empty[1] = "";
    return empty;
}

/// Sets the prompt callback; bytes between two `\1` characters are printed but take no columns
/// (used for colour escapes).
static inline int fu_el_set_prompt(EditLine *el, fu_prompt_func func) {
    return el_set(el, EL_PROMPT_ESC, func, '\1');
}

/// Selects emacs key bindings (arrows, ^A, ^E, ^K, ...).
static inline int fu_el_set_editor_emacs(EditLine *el) {
    return el_set(el, EL_EDITOR, "emacs");
}

/// Lets libedit catch signals while editing, so it restores the terminal and follows resizes.
static inline int fu_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/// Connects a history so the arrows and searches can walk it.
static inline int fu_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// Stores an opaque pointer the callbacks can get back.
static inline int fu_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// The opaque pointer stored with fu_el_set_clientdata, or NULL.
static inline void *fu_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// A key function callback type; returns one of the CC_* codes.
typedef unsigned char (*fu_key_func)(EditLine *, int);

/// Registers a named editor function.
static inline int fu_el_addfn(EditLine *el, const char *name, const char *help, fu_key_func func) {
    return el_set(el, EL_ADDFN, name, help, func);
}

/// Binds a key sequence (e.g. "^I", "^R") to a named editor function.
static inline int fu_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

/// Turns off ISIG while editing, so ^C reaches the bound function instead of killing the process.
static inline int fu_el_setty_no_isig(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", (const char *)NULL);
}

/// Sets a terminal capability (e.g. "IC" to "") for this EditLine only.
static inline int fu_el_settc(EditLine *el, const char *capability, const char *value) {
    return el_set(el, EL_SETTC, capability, value, (const char *)NULL);
}

/// Offset of the cursor from the start of the edit buffer, in bytes.
static inline size_t fu_el_cursor_byte_offset(EditLine *el) {
    const LineInfo *li = el_line(el);
    if (li == NULL || li->cursor < li->buffer) {
        return 0;
    }
    return (size_t)(li->cursor - li->buffer);
}

/// The edit buffer's first byte (not NUL-terminated; see fu_el_line_length).
static inline const char *fu_el_line_buffer(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li == NULL ? NULL : li->buffer;
}

/// Length of the edit buffer in bytes.
static inline size_t fu_el_line_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    if (li == NULL || li->lastchar < li->buffer) {
        return 0;
    }
    return (size_t)(li->lastchar - li->buffer);
}

/// Moves the cursor to the end of the line.
static inline void fu_el_cursor_to_end(EditLine *el) {
    const LineInfoW *li = el_wline(el);
    if (li != NULL && li->lastchar > li->cursor) {
        el_cursor(el, (int)(li->lastchar - li->cursor));
    }
}

/// Redraws prompt and line from scratch; the terminal cursor must be at the start of the prompt.
static inline void fu_el_redraw(EditLine *el) {
    el_set(el, EL_REFRESH);
}

/// Reads one key as a code point, or -1 at end of input or on an error.
static inline long fu_el_getc(EditLine *el) {
    wchar_t c = 0;
    return el_wgetc(el, &c) == 1 ? (long)c : -1;
}

/// Pushes one key back, so the editor handles it as the next key typed.
static inline void fu_el_push_key(EditLine *el, long key) {
    wchar_t keys[2] = {(wchar_t)key, 0};
    el_wpush(el, keys);
}

/// Length of the edit buffer in characters (wide characters, not bytes).
static inline int fu_el_character_count(EditLine *el) {
    const LineInfoW *li = el_wline(el);
    return (li == NULL || li->lastchar < li->buffer) ? 0 : (int)(li->lastchar - li->buffer);
}

/* ---- History ---- */

/// The newest history entry (and the start of a walk to older ones), or NULL.
static inline const char *fu_history_newest(History *h) {
    HistEvent ev;
    return history(h, &ev, H_FIRST) == 0 ? ev.str : NULL;
}

/// The entry older than the last one returned, or NULL at the oldest.
static inline const char *fu_history_older(History *h) {
    HistEvent ev;
    return history(h, &ev, H_NEXT) == 0 ? ev.str : NULL;
}

/// Creates an empty history keeping at most `size` entries, dropping consecutive duplicates.
static inline History *fu_history_init(int size) {
    History *h = history_init();
    if (h == NULL) {
        return NULL;
    }
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

/// Adds a line as the newest entry.
static inline int fu_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// Loads entries from a file in libedit's format; returns the count or -1.
static inline int fu_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// Saves all entries to a file in libedit's format; returns the count or -1.
static inline int fu_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
