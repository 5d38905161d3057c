#ifndef KENES_INFLATE_H
#define KENES_INFLATE_H
#include <stddef.h>
#include <stdint.h>

/* Raw deflate (a ZIP entry's data) into a caller's buffer, in one bounded call: zlib never writes
   past out_cap and never waits for more input, so a damaged or hostile stream ends in a status,
   never a loop. zlib.h stays out of this header: Swift sees no z_stream to clash with others'. */
enum {
    KENES_INFLATE_OK = 0,        /* the stream ended and fit */
    KENES_INFLATE_DAMAGED = 1,   /* not valid deflate data */
    KENES_INFLATE_OVERFLOW = 2,  /* more output than out_cap */
    KENES_INFLATE_TRUNCATED = 3  /* the input ended before the stream did */
};

int kenes_inflate_raw(const uint8_t *in, size_t in_len, uint8_t *out, size_t out_cap, size_t *out_len);
uint32_t kenes_crc32(const uint8_t *bytes, size_t len);

#endif
