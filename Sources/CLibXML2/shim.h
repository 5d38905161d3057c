#ifndef KENES_CLIBXML2_SHIM_H
#define KENES_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its encoding.h would pull system <unicode/*.h> into any
   Swift file that also imports Foundation (which bundles its own ICU), and the two clash. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
/* xmlFree is a global function pointer: Swift 6 refuses to touch it directly. */
static inline void kenes_xml_free(void *p) { xmlFree(p); }
static inline const char *kenes_libxml_version(void) { return LIBXML_DOTTED_VERSION; }
#endif
