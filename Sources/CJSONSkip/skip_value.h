/* The body of the skipper, included once per string scanner (skip.c): SKIP_WALK, SKIP_VALUE,
 * SKIP_MEMBERS, SCAN_STRING and SCAN_PLAIN_KEY name its functions, and SCAN_PLAIN(bytes, p, end)
 * returns the offset of the first byte at or after p that is '"', '\\', below 0x20 or 0x80 and
 * above (or some offset before `end` from which the byte-at-a-time loop finishes the job). The
 * grammar is RFC 8259's, with the Swift reader's limits (JSONParser.readValue). */

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

/* The grammar, written once for both entry points: SKIP_VALUE (`members` 0) steps over one value
 * as afq_json_skip_value says; SKIP_MEMBERS (`members` 1) starts inside an object, just after its
 * '{' or a ',', and steps over its members as afq_json_skip_members says. `members` is a constant
 * at each use, so each compiles to its own code and the value skipper pays nothing for the
 * members' checks. With `members`, the object is open[0] and depth 1 is its members: there a key
 * must be plain and is looked up in `wanted`, a ',' is where to resume, the '}' closes it, and
 * anything the skipper cannot vouch for returns the last place to resume rather than -1. */
SKIP_ATTRIBUTES static inline __attribute__((always_inline)) long SKIP_WALK(
    const uint8_t *b, long p, long end, long budget, const int members, const uint64_t *wanted, long wanted_count,
    const uint8_t *skips_numbers, int *closed, long *wanted_index, long *found_key_start, long *found_key_end) {
    uint8_t open[AFQ_MAX_DEPTH + 1];
    long depth = 0;
    long resume = p;
    long found = -1, key_start = 0, key_end = 0;
    if (budget > AFQ_MAX_DEPTH) budget = AFQ_MAX_DEPTH;
#define FAIL return members ? resume : -1
    if (members) {
        *closed = 0;
        *wanted_index = -1;
        /* The object is open already; the budget counts what opens inside it. */
        open[depth++] = '{';
        budget++;
        goto key;
    }

value:
    p = skip_whitespace(b, p, end);
    if (p >= end) FAIL;
    switch (b[p]) {
    case '{':
    case '[': {
        uint8_t opener = b[p];
        if (depth >= budget) FAIL;
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
        if (p < 0) FAIL;
        goto after_value;
    case 't':
        if (end - p < 4 || memcmp(b + p, "true", 4) != 0) FAIL;
        p += 4;
        goto after_value;
    case 'f':
        if (end - p < 5 || memcmp(b + p, "false", 5) != 0) FAIL;
        p += 5;
        goto after_value;
    case 'n':
        if (end - p < 4 || memcmp(b + p, "null", 4) != 0) FAIL;
        p += 4;
        goto after_value;
    default:
        p = scan_number(b, p, end);
        if (p < 0) FAIL;
        goto after_value;
    }

key:
    p = skip_whitespace(b, p, end);
    if (p >= end || b[p] != '"') FAIL;
    if (members && depth == 1) {
        key_start = p + 1;
        key_end = SCAN_PLAIN_KEY(b, key_start, end);
        if (key_end < 0) FAIL;
        found = -1;
        if (wanted_count > 0) {
            uint64_t hash = afq_json_key_hash(b + key_start, key_end - key_start);
            for (long i = 0; i < wanted_count; i++) {
                if (wanted[i] == hash) {
                    found = i;
                    break;
                }
            }
        }
        if (found >= 0 && !(skips_numbers && skips_numbers[found])) goto stop_at_wanted;
        p = key_end + 1;
    } else {
        p = SCAN_STRING(b, p, end);
        if (p < 0) FAIL;
    }
    p = skip_whitespace(b, p, end);
    if (p >= end || b[p] != ':') FAIL;
    p++;
    if (members && found >= 0) {
        /* Wanted unless its value is a number or null. */
        p = skip_whitespace(b, p, end);
        if (p < end && (b[p] == '-' || is_digit(b[p]))) {
            p = scan_number(b, p, end);
            if (p < 0) FAIL;
        } else if (end - p >= 4 && memcmp(b + p, "null", 4) == 0) {
            p += 4;
        } else {
            goto stop_at_wanted;
        }
        found = -1;
        goto after_value;
    }
    goto value;

after_value:
    if (!members && depth == 0) return p;
    p = skip_whitespace(b, p, end);
    if (p >= end) FAIL;
    if (members && depth == 1) {
        /* Between the object's own members: a ',' is where to resume, its '}' closes it. */
        if (b[p] == ',') {
            resume = ++p;
            goto key;
        }
        if (b[p] != '}') FAIL;
        *closed = 1;
        return p + 1;
    }
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
    FAIL;

stop_at_wanted:
    if (members) {
        *wanted_index = found;
        *found_key_start = key_start;
        *found_key_end = key_end;
    }
    return resume;
#undef FAIL
}

SKIP_ATTRIBUTES static long SKIP_VALUE(const uint8_t *b, long p, long end, long budget) {
    return SKIP_WALK(b, p, end, budget, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL);
}

SKIP_ATTRIBUTES static long SKIP_MEMBERS(const uint8_t *b, long p, long end, long budget, const uint64_t *wanted,
                                         long wanted_count, const uint8_t *skips_numbers, int *closed,
                                         long *wanted_index, long *found_key_start, long *found_key_end) {
    return SKIP_WALK(b, p, end, budget, 1, wanted, wanted_count, skips_numbers, closed, wanted_index, found_key_start,
                     found_key_end);
}
