#include "CJSONSkip.h"

#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/* JSONParser.maxDepth: deeper nesting is the Swift reader's error to report. */
#define AFQ_MAX_DEPTH 512

static inline long skip_whitespace(const uint8_t *b, long p, long end) {
    while (p < end && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t')) p++;
    return p;
}

static inline int is_digit(uint8_t byte) { return (uint8_t)(byte - '0') < 10; }

/* A number (RFC 8259 section 6): the offset after it, or -1. Numbers the Swift reader might
 * find out of range (it refuses infinities) are left to it: more than 200 digits before or
 * after the point, or an exponent of more than two digits. */
static inline long scan_number(const uint8_t *b, long p, long end) {
    if (b[p] == '-') p++;
    if (p >= end || !is_digit(b[p])) return -1;
    long integer_digits = 0, fraction_digits = 0;
    if (b[p] == '0') {
        p++;
        if (p < end && is_digit(b[p])) return -1;
    } else {
        while (p < end && is_digit(b[p])) {
            p++;
            integer_digits++;
        }
    }
    if (p < end && b[p] == '.') {
        p++;
        if (p >= end || !is_digit(b[p])) return -1;
        while (p < end && is_digit(b[p])) {
            p++;
            fraction_digits++;
        }
    }
    if (p < end && (b[p] == 'e' || b[p] == 'E')) {
        p++;
        if (p < end && (b[p] == '+' || b[p] == '-')) p++;
        if (p >= end || !is_digit(b[p])) return -1;
        long exponent_digits = 0;
        while (p < end && is_digit(b[p])) {
            p++;
            exponent_digits++;
        }
        if (exponent_digits > 2) return -1;
    }
    if (integer_digits > 200 || fraction_digits > 200) return -1;
    return p;
}

static inline long hex_quad(const uint8_t *b, long p, long end) {
    if (end - p < 4) return -1;
    long code = 0;
    for (int i = 0; i < 4; i++) {
        uint8_t byte = b[p + i];
        int digit;
        if (byte >= '0' && byte <= '9') digit = byte - '0';
        else if (byte >= 'a' && byte <= 'f') digit = byte - 'a' + 10;
        else if (byte >= 'A' && byte <= 'F') digit = byte - 'A' + 10;
        else return -1;
        code = code << 4 | digit;
    }
    return code;
}

/* An escape from its backslash: the offset after it, or -1. Surrogates must pair, as in
 * JSONParser.decodeEscape. */
static inline long scan_escape(const uint8_t *b, long p, long end) {
    if (end - p < 2) return -1;
    uint8_t letter = b[p + 1];
    p += 2;
    switch (letter) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return p;
    case 'u': {
        long code = hex_quad(b, p, end);
        if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) return -1;
        p += 4;
        if (code < 0xD800 || code > 0xDBFF) return p;
        if (end - p < 2 || b[p] != '\\' || b[p + 1] != 'u') return -1;
        long low = hex_quad(b, p + 2, end);
        if (low < 0xDC00 || low > 0xDFFF) return -1;
        return p + 6;
    }
    default:
        return -1;
    }
}

/* One multi-byte UTF-8 sequence (RFC 3629, Unicode table 3-7): the offset after it, or -1. */
static inline long scan_utf8_sequence(const uint8_t *b, long p, long end) {
    uint8_t lead = b[p], low = 0x80, high = 0xBF;
    long length;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; low = 0xA0; }
    else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) length = 3;
    else if (lead == 0xED) { length = 3; high = 0x9F; }
    else if (lead == 0xF0) { length = 4; low = 0x90; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) { length = 4; high = 0x8F; }
    else return -1;
    if (end - p < length) return -1;
    if (b[p + 1] < low || b[p + 1] > high) return -1;
    for (long i = 2; i < length; i++) {
        if ((b[p + i] & 0xC0) != 0x80) return -1;
    }
    return p + length;
}

uint64_t afq_json_key_hash(const uint8_t *key, long count) {
    const uint64_t multiplier = 0x9E3779B97F4A7C15ull;
    uint64_t hash = 0xcbf29ce484222325ull ^ (uint64_t)count;
    long i = 0;
    for (; i + 8 <= count; i += 8) {
        uint64_t word;
        memcpy(&word, key + i, 8);
        hash = (hash ^ word) * multiplier;
    }
    if (i < count) {
        uint64_t tail = 0;
        for (int shift = 0; i < count; i++, shift += 8) tail |= (uint64_t)key[i] << shift;
        hash = (hash ^ tail) * multiplier;
    }
    return hash ^ (hash >> 31);
}

/* Eight bytes at a time, by the haszero/hasless tricks of JSONByteScan.attentionFlags: only
 * the lowest flag is exact, and that is the one used. */
static inline long scan_plain_portable(const uint8_t *b, long p, long end) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (p + 8 <= end) {
        uint64_t word;
        memcpy(&word, b + p, 8);
        uint64_t quote = word ^ (ones * '"'), backslash = word ^ (ones * '\\');
        uint64_t flags = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)
                          | ((word - ones * 0x20) & ~word) | word) & highs;
        if (flags) return p + (__builtin_ctzll(flags) >> 3);
        p += 8;
    }
    return p;
}

#define SKIP_ATTRIBUTES
#define SKIP_WALK skip_walk_portable
#define SKIP_VALUE skip_value_portable
#define SKIP_MEMBERS skip_members_portable
#define SCAN_PLAIN_KEY scan_plain_key_portable
#define SCAN_STRING scan_string_portable
#define SCAN_PLAIN scan_plain_portable
#include "skip_value.h"
#undef SKIP_ATTRIBUTES
#undef SKIP_WALK
#undef SKIP_VALUE
#undef SKIP_MEMBERS
#undef SCAN_PLAIN_KEY
#undef SCAN_STRING
#undef SCAN_PLAIN

#if defined(__x86_64__)
/* 32 bytes at a time: quote, backslash, and (as signed bytes below 0x20) both the control
 * characters and every byte of 0x80 and above. */
__attribute__((target("avx2"))) static inline long scan_plain_avx2(const uint8_t *b, long p, long end) {
    const __m256i quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\');
    const __m256i space = _mm256_set1_epi8(0x20);
    while (p + 32 <= end) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(b + p));
        __m256i hits = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash)),
                                       _mm256_cmpgt_epi8(space, v));
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(hits);
        if (mask) return p + __builtin_ctz(mask);
        p += 32;
    }
    return scan_plain_portable(b, p, end);
}

#define SKIP_ATTRIBUTES __attribute__((target("avx2")))
#define SKIP_WALK skip_walk_avx2
#define SKIP_VALUE skip_value_avx2
#define SKIP_MEMBERS skip_members_avx2
#define SCAN_PLAIN_KEY scan_plain_key_avx2
#define SCAN_STRING scan_string_avx2
#define SCAN_PLAIN scan_plain_avx2
#include "skip_value.h"
#endif

/* -1: not decided yet; 0: portable; 1: AVX2. Decided once, on first use. */
static int avx2_usable = -1;

int afq_json_skip_uses_avx2(void) {
    int usable = __atomic_load_n(&avx2_usable, __ATOMIC_RELAXED);
    if (usable < 0) {
#if defined(__x86_64__)
        __builtin_cpu_init();
        usable = __builtin_cpu_supports("avx2") ? 1 : 0;
#else
        usable = 0;
#endif
        __atomic_store_n(&avx2_usable, usable, __ATOMIC_RELAXED);
    }
    return usable;
}

long afq_json_skip_value(const uint8_t *bytes, long position, long end, long depth_budget) {
#if defined(__x86_64__)
    if (afq_json_skip_uses_avx2()) return skip_value_avx2(bytes, position, end, depth_budget);
#endif
    return skip_value_portable(bytes, position, end, depth_budget);
}

long afq_json_skip_value_portable(const uint8_t *bytes, long position, long end, long depth_budget) {
    return skip_value_portable(bytes, position, end, depth_budget);
}

long afq_json_skip_members(const uint8_t *bytes, long position, long end, long depth_budget, const uint64_t *wanted,
                           long wanted_count, const uint8_t *skips_numbers, int *closed, long *wanted_index,
                           long *key_start, long *key_end) {
#if defined(__x86_64__)
    if (afq_json_skip_uses_avx2())
        return skip_members_avx2(bytes, position, end, depth_budget, wanted, wanted_count, skips_numbers, closed,
                                 wanted_index, key_start, key_end);
#endif
    return skip_members_portable(bytes, position, end, depth_budget, wanted, wanted_count, skips_numbers, closed,
                                 wanted_index, key_start, key_end);
}

long afq_json_skip_members_portable(const uint8_t *bytes, long position, long end, long depth_budget,
                                    const uint64_t *wanted, long wanted_count, const uint8_t *skips_numbers,
                                    int *closed, long *wanted_index, long *key_start, long *key_end) {
    return skip_members_portable(bytes, position, end, depth_budget, wanted, wanted_count, skips_numbers, closed,
                                 wanted_index, key_start, key_end);
}
