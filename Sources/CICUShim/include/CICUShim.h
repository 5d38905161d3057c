#ifndef KENES_CICUSHIM_H
#define KENES_CICUSHIM_H
/* A deliberately ICU-free header: plain C types only, so Swift files that import Foundation
   (which bundles its own ICU) never see the system ICU headers. The wrappers in shim.c call the
   versioned ICU symbols through ICU's own renaming macros, so no ICU version is hard-coded. */
#include <stdint.h>

/* Offset of the first byte from which the UTF-8 text is not certainly NFC (quick check "yes"
   for every code point and canonical ordering respected), or `len` if it is all NFC. */
int32_t kenes_nfc_quick_check_utf8(const uint8_t *src, int32_t len);

/* One pass over raw input: offset of the first byte that is not well-formed UTF-8 (or `len`),
   of the first NUL byte (or `len`), whether a carriage return occurs, and the offset from which
   the text is not certainly NFC (as kenes_nfc_quick_check_utf8; `len` when it all is). */
typedef struct { int32_t firstInvalid; int32_t firstNul; int32_t hasCR; int32_t firstNonNFC; } kenes_utf8_scan_result;
kenes_utf8_scan_result kenes_utf8_scan(const uint8_t *src, int32_t len);

/* Offset of the first ASCII digit, or -1. */
int32_t kenes_first_digit(const uint8_t *src, int32_t len);

/* NFC-normalizes UTF-8 `src` into `dst` (capacity `cap` bytes). Returns the output length;
   when it exceeds `cap`, nothing useful was written and the caller retries with that size.
   `*err` is ICU's UErrorCode (0 or negative = success, positive = failure). */
int32_t kenes_nfc_utf8(const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap, int32_t *err);

/* Converts text in `charset` (an ICU converter name such as "windows-1251") to UTF-8.
   Returns the output length; when it exceeds `cap`, call again with that capacity. */
int32_t kenes_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap, int32_t *err);

/* Word boundaries over UTF-8 (offsets are UTF-8 byte offsets). */
typedef struct kenes_words kenes_words;
kenes_words *kenes_words_open(const char *locale, const uint8_t *text, int32_t len, int32_t *err);
/* Next boundary offset, or -1 at the end. */
int32_t kenes_words_next(kenes_words *w);
/* Rule status of the segment that ends at the last boundary: 0 none, 100+ number, 200+ letter. */
int32_t kenes_words_status(kenes_words *w);
void kenes_words_close(kenes_words *w);

/* Collation compare of two UTF-8 strings for a locale ("ru", "kk"): <0, 0, >0. */
int32_t kenes_collate_utf8(const char *locale, const uint8_t *a, int32_t alen,
                           const uint8_t *b, int32_t blen, int32_t *err);
/* The Unicode name of a code point («LATIN CAPITAL LETTER C») into `buf` (NUL-terminated);
   returns its length, 0 when it has none. */
int32_t kenes_char_name(uint32_t c, char *buf, int32_t cap);
/* The CLDR plural category of the count `n` in `locale` ("ru": one, few, many, other; "kk"
   and "en": one, other) into `buf` (NUL-terminated); returns its length, 0 on failure. */
int32_t kenes_plural_category(const char *locale, double n, char *buf, int32_t cap);

#endif
