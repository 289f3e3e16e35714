/* libedit's native (histedit) API, from Debian's libedit-dev. */
#include <stdio.h>
#include <histedit.h>
