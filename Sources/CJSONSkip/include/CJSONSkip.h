/* Stepping over one JSON value at machine speed, for the JSON reader's projections.
 *
 * A query reads a few members of each row; the reader must still check every byte of the rest
 * (afq reports a syntax error wherever it is, whatever the query reads). That checking was a
 * large part of a streamed query's time in Swift (measured: docs/performance.md, "Results").
 * This file does the same checks in C, 32 bytes at a time through strings with AVX2 where the
 * CPU has it (8 at a time otherwise).
 *
 * The contract is one-sided: a value this skipper accepts is one the Swift reader accepts, and
 * it ends at the same offset; anything else -- a syntax error, a number that might be out of
 * range, nesting deeper than the budget -- is answered with -1, and the Swift reader then skips
 * the value itself and names the error exactly. JSONSkipTests (AFQSourcesTests) checks the
 * contract on random and damaged JSON against the Swift reader. */
#ifndef CJSON_SKIP_H
#define CJSON_SKIP_H

#include <stdint.h>

/* The offset just past the JSON value that starts (after optional whitespace) at `position`
 * in `bytes[0..<end]`, or -1 when the caller must check the value itself. `depth_budget` is
 * how many arrays and objects may still be opened. */
long afq_json_skip_value(const uint8_t *bytes, long position, long end, long depth_budget);

/* The same with the eight-bytes-at-a-time string scanner, which afq_json_skip_value uses when
 * the CPU lacks AVX2; for tests, which check both. */
long afq_json_skip_value_portable(const uint8_t *bytes, long position, long end, long depth_budget);

/* Steps over the members of an object that a projection skips (JSONProjection's `.skip`),
 * from just after its '{' or one of its ','s: each member whose key is plain (no escape or byte
 * of 0x80 and above, as JSONParser.plainStringEnd) and whose key hash (afq_json_key_hash) is not
 * one of `wanted`, with its value and the ',' after it. Stops before the first member it does
 * not step over -- a wanted or non-plain key, or anything the Swift reader must judge -- and
 * returns the offset after the last ',' it consumed (`position` when none); or, when the object
 * ends after a member it stepped over, returns the offset after the '}' and sets *closed.
 * A wanted key whose flag in `skips_numbers` (NULL: none) is set is wanted only when its value
 * is not a number or null; such a member is stepped over otherwise.
 * When it stops at a wanted key, *wanted_index is its index in `wanted` (else -1) and the key's
 * text is bytes[*key_start..<*key_end], so the caller need not scan it again (it must still
 * compare the text: equal hashes are not equal keys). */
long afq_json_skip_members(const uint8_t *bytes, long position, long end, long depth_budget, const uint64_t *wanted,
                           long wanted_count, const uint8_t *skips_numbers, int *closed, long *wanted_index,
                           long *key_start, long *key_end);
long afq_json_skip_members_portable(const uint8_t *bytes, long position, long end, long depth_budget,
                                    const uint64_t *wanted, long wanted_count, const uint8_t *skips_numbers,
                                    int *closed, long *wanted_index, long *key_start, long *key_end);

/* KeyHash.of in C: the same bits for the same bytes (JSONSkipTests checks it). */
uint64_t afq_json_key_hash(const uint8_t *key, long count);

/* Whether afq_json_skip_value scans strings with AVX2 on this CPU. */
int afq_json_skip_uses_avx2(void);

#endif
