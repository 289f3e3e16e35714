// CPrefetch is one inline function in include/CPrefetch.h; SwiftPM needs a source file.
#include "CPrefetch.h"
