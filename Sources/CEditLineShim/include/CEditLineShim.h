/* Fixed-arity wrappers for libedit's variadic calls (el_set, el_get, history), which Swift cannot
 * call, and a SIGINT flag kept in C because a signal handler must not touch Swift globals. */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>

typedef char *(*afq_prompt_fn)(EditLine *);
typedef unsigned char (*afq_key_fn)(EditLine *, int);

int afq_el_set_prompt(EditLine *el, afq_prompt_fn fn);
int afq_el_set_editor(EditLine *el, const char *mode);
int afq_el_set_signal(EditLine *el, int on);
int afq_el_set_hist(EditLine *el, History *h);
int afq_el_set_clientdata(EditLine *el, void *data);
void *afq_el_get_clientdata(EditLine *el);
int afq_el_addfn(EditLine *el, const char *name, const char *help, afq_key_fn fn);
int afq_el_bind(EditLine *el, const char *keyseq, const char *fnname);
int afq_el_setty_edit(EditLine *el, const char *setting);

int afq_history_setsize(History *h, int size);
int afq_history_setunique(History *h, int unique);
int afq_history_enter(History *h, const char *line);
int afq_history_load(History *h, const char *path);
int afq_history_save(History *h, const char *path);
/* The entries from newest (first = 1) to oldest, one per call; NULL at the end. */
const char *afq_history_walk(History *h, int first);

/* SIGINT: a handler that only sets a flag (no SA_RESTART, so blocking reads return EINTR). */
int afq_install_sigint_handler(void);
int afq_sigint_pending(void);
int afq_take_sigint(void);

#endif
