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
/* libxml2 prints some errors (encoding, I/O) to stderr whatever the parse options say; Kenes
   reports every failure itself, with the file and what to do, so libxml2's own lines are dropped. */
static void kenes_xml_drop_message(void *context, const char *message, ...) { (void)context; (void)message; }
static void kenes_xml_drop_error(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static inline void kenes_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, kenes_xml_drop_message);
    xmlSetStructuredErrorFunc(NULL, kenes_xml_drop_error);
}
#endif
