#include "CICUShim.h"
#include <stdlib.h>
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <unicode/ucnv.h>
#include <unicode/upluralrules.h>

/* Code points whose NFC quick-check is YES and whose canonical combining class is 0, checked
   without calling ICU: everything below U+0300 and the Cyrillic letters (Russian and Kazakh
   text is nearly all of these). Anything else goes through ICU's properties. */
static inline int fast_stable(UChar32 c) {
    return c < 0x300 || (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x52F);
}

int32_t kenes_nfc_quick_check_utf8(const uint8_t *s, int32_t len) {
    int32_t i = 0;
    uint8_t lastCC = 0;
    while (i < len) {
        uint8_t b = s[i];
        if (b < 0x80) { i++; lastCC = 0; continue; }
        /* two-byte fast path: U+0080-U+02FF (leads C2-CB) and Cyrillic U+0400-U+04FF except the
           combining marks U+0483-U+0489 (D2 83-89) */
        if (i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
            if ((b >= 0xC2 && b <= 0xCB) || b == 0xD0 || b == 0xD1 || b == 0xD3 ||
                (b == 0xD2 && (s[i + 1] < 0x83 || s[i + 1] > 0x89))) { i += 2; lastCC = 0; continue; }
        }
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c < 0) return start; /* ill-formed: not our business here, but not "certainly NFC" */
        if (fast_stable(c)) { lastCC = 0; continue; }
        uint8_t cc = u_getCombiningClass(c);
        if (cc != 0 && lastCC > cc) return start;
        if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return start;
        lastCC = cc;
    }
    return len;
}

int32_t kenes_first_digit(const uint8_t *s, int32_t n) {
    for (int32_t i = 0; i < n; i++) if ((uint8_t)(s[i] - 0x30) < 10) return i;
    return -1;
}

kenes_utf8_scan_result kenes_utf8_scan(const uint8_t *p, int32_t n) {
    kenes_utf8_scan_result r = { n, n, 0, n };
    int32_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) {
            if (c == 0 && r.firstNul == n) r.firstNul = i;
            if (c == 0x0D) r.hasCR = 1;
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            /* two-byte sequences: Cyrillic and Latin-1, nearly all of an act */
            if (r.firstNonNFC == n && !((c >= 0xC2 && c <= 0xCB) || c == 0xD0 || c == 0xD1 || c == 0xD3 ||
                                         (c == 0xD2 && (p[i + 1] < 0x83 || p[i + 1] > 0x89)))) {
                r.firstNonNFC = i; /* let the full quick check decide from here */
            }
            i += 2;
            continue;
        }
        int need; uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) need = 2;
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        else { r.firstInvalid = i; return r; }
        if (i + need >= n) { r.firstInvalid = i; return r; }
        if (p[i + 1] < lo || p[i + 1] > hi) { r.firstInvalid = i; return r; }
        for (int k = 2; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80) { r.firstInvalid = i; return r; }
        }
        if (r.firstNonNFC == n) {
            /* three- and four-byte code points: punctuation (U+2000-U+206F), № and the like; ask ICU */
            int32_t j = i;
            UChar32 cp;
            U8_NEXT(p, j, n, cp);
            if (!(cp >= 0x2010 && cp <= 0x2027) && !(cp >= 0x2030 && cp <= 0x205E) && cp != 0x2116 &&
                (u_getCombiningClass(cp) != 0 || u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)) {
                r.firstNonNFC = i;
            }
        }
        i += need + 1;
    }
    return r;
}

int32_t kenes_nfc_utf8(const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&e);
    if (U_FAILURE(e)) { *err = e; return 0; }
    int32_t u16len = 0;
    u_strFromUTF8(NULL, 0, &u16len, (const char *)src, len, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR) e = U_ZERO_ERROR;
    if (U_FAILURE(e)) { *err = e; return 0; }
    UChar *in = malloc(sizeof(UChar) * (size_t)(u16len + 1));
    /* NFC output is at most 3x the input in UTF-16 units (Unicode's stated bound). */
    int32_t outcap = u16len * 3 + 16;
    UChar *out = malloc(sizeof(UChar) * (size_t)outcap);
    if (!in || !out) { free(in); free(out); *err = U_MEMORY_ALLOCATION_ERROR; return 0; }
    u_strFromUTF8(in, u16len + 1, NULL, (const char *)src, len, &e);
    int32_t outlen = U_SUCCESS(e) ? unorm2_normalize(nfc, in, u16len, out, outcap, &e) : 0;
    int32_t n = 0;
    if (U_SUCCESS(e)) {
        u_strToUTF8((char *)dst, cap, &n, out, outlen, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR || e == U_STRING_NOT_TERMINATED_WARNING) e = U_ZERO_ERROR;
    }
    free(in); free(out);
    *err = e;
    return n;
}

int32_t kenes_to_utf8(const char *charset, const uint8_t *src, int32_t len, uint8_t *dst, int32_t cap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = ucnv_convert("UTF-8", charset, (char *)dst, cap, (const char *)src, len, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR || e == U_STRING_NOT_TERMINATED_WARNING) e = U_ZERO_ERROR;
    *err = e;
    return n;
}

struct kenes_words { UBreakIterator *brk; UText *text; };

kenes_words *kenes_words_open(const char *locale, const uint8_t *text, int32_t len, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    kenes_words *w = calloc(1, sizeof(kenes_words));
    if (!w) { *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    w->text = utext_openUTF8(NULL, (const char *)text, len, &e);
    if (U_SUCCESS(e)) w->brk = ubrk_open(UBRK_WORD, locale, NULL, 0, &e);
    if (U_SUCCESS(e)) ubrk_setUText(w->brk, w->text, &e);
    *err = e;
    if (U_FAILURE(e)) { kenes_words_close(w); return NULL; }
    return w;
}

int32_t kenes_words_next(kenes_words *w) {
    int32_t n = ubrk_next(w->brk);
    return n == UBRK_DONE ? -1 : n;
}

int32_t kenes_words_status(kenes_words *w) { return ubrk_getRuleStatus(w->brk); }

void kenes_words_close(kenes_words *w) {
    if (!w) return;
    if (w->brk) ubrk_close(w->brk);
    if (w->text) utext_close(w->text);
    free(w);
}

int32_t kenes_collate_utf8(const char *locale, const uint8_t *a, int32_t alen,
                           const uint8_t *b, int32_t blen, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    UCollator *c = ucol_open(locale, &e);
    int32_t r = 0;
    if (U_SUCCESS(e)) r = ucol_strcollUTF8(c, (const char *)a, alen, (const char *)b, blen, &e);
    if (c) ucol_close(c);
    *err = e;
    return r;
}

int32_t kenes_char_name(uint32_t c, char *buf, int32_t cap) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)c, U_UNICODE_CHAR_NAME, buf, cap, &e);
    return U_FAILURE(e) ? 0 : n;
}

int32_t kenes_plural_category(const char *locale, double n, char *buf, int32_t cap) {
    UErrorCode err = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_open(locale, &err);
    if (U_FAILURE(err)) return 0;
    UChar keyword[32];
    int32_t len = uplrules_select(rules, n, keyword, 32, &err);
    uplrules_close(rules);
    if (U_FAILURE(err) || len >= cap) return 0;
    u_UCharsToChars(keyword, buf, len);
    buf[len] = 0;
    return len;
}
