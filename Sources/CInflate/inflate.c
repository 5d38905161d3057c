#include "kenes_inflate.h"
#include <limits.h>
#include <string.h>
#include <zlib.h>

int kenes_inflate_raw(const uint8_t *in, size_t in_len, uint8_t *out, size_t out_cap, size_t *out_len) {
    *out_len = 0;
    if (in_len > UINT_MAX || out_cap > UINT_MAX) return KENES_INFLATE_OVERFLOW;
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) return KENES_INFLATE_DAMAGED;
    s.next_in = (Bytef *)in;
    s.avail_in = (uInt)in_len;
    s.next_out = out;
    s.avail_out = (uInt)out_cap;
    /* with all input and all output space given, Z_FINISH completes or fails in this one call */
    int r = inflate(&s, Z_FINISH);
    *out_len = out_cap - s.avail_out;
    inflateEnd(&s);
    if (r == Z_STREAM_END) return KENES_INFLATE_OK;
    if (r == Z_BUF_ERROR || r == Z_OK) return s.avail_out == 0 ? KENES_INFLATE_OVERFLOW : KENES_INFLATE_TRUNCATED;
    return KENES_INFLATE_DAMAGED;
}

uint32_t kenes_crc32(const uint8_t *bytes, size_t len) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (len > 0) {
        uInt n = len > UINT_MAX ? UINT_MAX : (uInt)len;
        crc = crc32(crc, bytes, n);
        bytes += n;
        len -= n;
    }
    return (uint32_t)crc;
}
