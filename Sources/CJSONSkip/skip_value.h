/* The body of the skipper, included once per string scanner (skip.c): SKIP_VALUE, SKIP_MEMBERS,
 * SCAN_STRING and SCAN_PLAIN_KEY name its functions, and SCAN_PLAIN(bytes, p, end) returns the
 * offset of the first byte at or after p that is '"', '\\', below 0x20 or 0x80 and above (or some
 * offset before `end` from which the byte-at-a-time loop finishes the job). The grammar is RFC
 * 8259's, with the Swift reader's limits (JSONParser.skipValue). */

/* A string from its opening quote: the offset after its closing quote, or -1. */
SKIP_ATTRIBUTES static inline __attribute__((always_inline)) long SCAN_STRING(const uint8_t *b, long p, long end) {
    p++;
    for (;;) {
        p = SCAN_PLAIN(b, p, end);
        if (p >= end) return -1;
        uint8_t byte = b[p];
        if (byte == '"') return p + 1;
        if (byte == '\\') {
            p = scan_escape(b, p, end);
            if (p < 0) return -1;
        } else if (byte < 0x20) {
            return -1;
        } else if (byte >= 0x80) {
            p = scan_utf8_sequence(b, p, end);
            if (p < 0) return -1;
        } else {
            p++;
        }
    }
}

SKIP_ATTRIBUTES static long SKIP_VALUE(const uint8_t *b, long p, long end, long budget) {
    uint8_t open[AFQ_MAX_DEPTH];
    long depth = 0;
    if (budget > AFQ_MAX_DEPTH) budget = AFQ_MAX_DEPTH;

value:
    p = skip_whitespace(b, p, end);
    if (p >= end) return -1;
    switch (b[p]) {
    case '{':
    case '[': {
        uint8_t opener = b[p];
        if (depth >= budget) return -1;
        open[depth++] = opener;
        p = skip_whitespace(b, p + 1, end);
        if (p < end && b[p] == (opener == '{' ? '}' : ']')) {
            p++;
            depth--;
            goto after_value;
        }
        if (opener == '{') goto key;
        goto value;
    }
    case '"':
        p = SCAN_STRING(b, p, end);
        if (p < 0) return -1;
        goto after_value;
    case 't':
        if (end - p < 4 || memcmp(b + p, "true", 4) != 0) return -1;
        p += 4;
        goto after_value;
    case 'f':
        if (end - p < 5 || memcmp(b + p, "false", 5) != 0) return -1;
        p += 5;
        goto after_value;
    case 'n':
        if (end - p < 4 || memcmp(b + p, "null", 4) != 0) return -1;
        p += 4;
        goto after_value;
    default:
        p = scan_number(b, p, end);
        if (p < 0) return -1;
        goto after_value;
    }

key:
    p = skip_whitespace(b, p, end);
    if (p >= end || b[p] != '"') return -1;
    p = SCAN_STRING(b, p, end);
    if (p < 0) return -1;
    p = skip_whitespace(b, p, end);
    if (p >= end || b[p] != ':') return -1;
    p++;
    goto value;

after_value:
    if (depth == 0) return p;
    p = skip_whitespace(b, p, end);
    if (p >= end) return -1;
    if (b[p] == ',') {
        p++;
        if (open[depth - 1] == '{') goto key;
        goto value;
    }
    if (b[p] == (open[depth - 1] == '{' ? '}' : ']')) {
        p++;
        depth--;
        goto after_value;
    }
    return -1;
}

/* A key's closing quote when nothing in it needs decoding or checking (as
 * JSONParser.plainStringEnd), else -1. */
SKIP_ATTRIBUTES static inline long SCAN_PLAIN_KEY(const uint8_t *b, long p, long end) {
    for (;;) {
        p = SCAN_PLAIN(b, p, end);
        if (p >= end) return -1;
        uint8_t byte = b[p];
        if (byte == '"') return p;
        if (byte == '\\' || byte < 0x20 || byte >= 0x80) return -1;
        p++;
    }
}

SKIP_ATTRIBUTES static long SKIP_MEMBERS(const uint8_t *b, long p, long end, long budget, const uint64_t *wanted,
                                         long wanted_count, const uint8_t *skips_numbers, int *closed,
                                         long *wanted_index, long *found_key_start, long *found_key_end) {
    long resume = p;
    *closed = 0;
    *wanted_index = -1;
    for (;;) {
        long q = skip_whitespace(b, p, end);
        if (q >= end || b[q] != '"') return resume;
        long key_end = SCAN_PLAIN_KEY(b, q + 1, end);
        if (key_end < 0) return resume;
        uint64_t hash = afq_json_key_hash(b + q + 1, key_end - q - 1);
        long found = -1;
        for (long i = 0; i < wanted_count; i++) {
            if (wanted[i] == hash) {
                found = i;
                break;
            }
        }
        long key_start = q + 1;
        if (found >= 0 && !(skips_numbers && skips_numbers[found])) goto stop_at_wanted;
        q = skip_whitespace(b, key_end + 1, end);
        if (q >= end || b[q] != ':') return resume;
        q = skip_whitespace(b, q + 1, end);
        if (found >= 0) {
            /* Wanted unless its value is a number or null. */
            if (q < end && (b[q] == '-' || is_digit(b[q]))) q = scan_number(b, q, end);
            else if (end - q >= 4 && memcmp(b + q, "null", 4) == 0) q += 4;
            else goto stop_at_wanted;
        }
        /* Strings and literals here, to spare most members a call. */
        else if (q < end && b[q] == '"') q = SCAN_STRING(b, q, end);
        else if (end - q >= 4 && memcmp(b + q, "true", 4) == 0) q += 4;
        else if (end - q >= 5 && memcmp(b + q, "false", 5) == 0) q += 5;
        else q = SKIP_VALUE(b, q, end, budget);
        if (q < 0) return resume;
        q = skip_whitespace(b, q, end);
        if (q >= end) return resume;
        if (b[q] == ',') {
            p = resume = q + 1;
        } else if (b[q] == '}') {
            *closed = 1;
            return q + 1;
        } else {
            return resume;
        }
        continue;
    stop_at_wanted:
        *wanted_index = found;
        *found_key_start = key_start;
        *found_key_end = key_end;
        return resume;
    }
}
