/* Snowball stemmers from Debian's libstemmer-dev (the Russian one for the library's search). */
#include <libstemmer.h>
