#ifndef TERMCCP_CNCURSES_SHIM_H
#define TERMCCP_CNCURSES_SHIM_H

// Without this the wide-character API (wget_wch, setcchar, wadd_wchnstr) is not declared:
// SwiftPM drops the -D flags pkg-config would have added.
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import these macros or C globals (Swift 6 rejects stdscr, stdout, stdin as not
// concurrency-safe), so they are reached through functions.

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline SCREEN *shim_newterm(const char *term) { return newterm(term, stdout, stdin); }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }

// Releases are asked for only to be ignored: ncurses drops an event outside the mask and then
// reads the next key with a blocking read, whatever timeout was set, so a click whose release
// arrived on its own froze the clock until the next key.
static inline mmask_t shim_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t shim_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t shim_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_wheel_down(void) { return BUTTON5_PRESSED; }

// setupterm without touching the screen: 1 when the terminal can address the cursor, 0 when it
// cannot (TERM=dumb), -1 when terminfo does not know it.
static inline int shim_terminal_can_address(const char *term) {
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return -1;
    const char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return ok;
}

static inline int shim_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Puts one grapheme (already split by Swift, given as wide characters) with attributes and a colour pair.
static inline int shim_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

#endif
