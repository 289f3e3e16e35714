#include "CEditLineShim.h"

#include <signal.h>
#include <stddef.h>

int afq_el_set_prompt(EditLine *el, afq_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
int afq_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int afq_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int afq_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int afq_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *afq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    return el_get(el, EL_CLIENTDATA, &data) ? NULL : data;
}
int afq_el_addfn(EditLine *el, const char *name, const char *help, afq_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int afq_el_bind(EditLine *el, const char *keyseq, const char *fnname) {
    return el_set(el, EL_BIND, keyseq, fnname, (const char *)NULL);
}
int afq_el_setty_edit(EditLine *el, const char *setting) {
    return el_set(el, EL_SETTY, "-d", setting, (const char *)NULL);
}

int afq_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
int afq_history_setunique(History *h, int unique) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, unique); }
int afq_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int afq_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int afq_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
const char *afq_history_walk(History *h, int first) {
    HistEvent ev;
    if (history(h, &ev, first ? H_FIRST : H_NEXT) != 0) return NULL;
    return ev.str;
}

static volatile sig_atomic_t sigint_seen = 0;
static void on_sigint(int signo) { (void)signo; sigint_seen = 1; }

int afq_install_sigint_handler(void) {
    struct sigaction action;
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}
int afq_sigint_pending(void) { return sigint_seen; }
int afq_take_sigint(void) {
    int seen = sigint_seen;
    sigint_seen = 0;
    return seen;
}
