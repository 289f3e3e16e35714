#include "CCurlShim.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* From curl.h: option numbers are a type base (long 0, pointer 10000, function 20000,
 * curl_off_t 30000) plus an index. */
enum {
    CURLOPT_WRITEDATA = 10001,
    CURLOPT_URL = 10002,
    CURLOPT_PROXY = 10004,
    CURLOPT_ERRORBUFFER = 10010,
    CURLOPT_WRITEFUNCTION = 20011,
    CURLOPT_POSTFIELDS = 10015,
    CURLOPT_HTTPHEADER = 10023,
    CURLOPT_HEADERDATA = 10029,
    CURLOPT_CUSTOMREQUEST = 10036,
    CURLOPT_NOPROGRESS = 43,
    CURLOPT_NOBODY = 44,
    CURLOPT_FOLLOWLOCATION = 52,
    CURLOPT_XFERINFODATA = 10057,
    CURLOPT_SSL_VERIFYPEER = 64,
    CURLOPT_CAINFO = 10065,
    CURLOPT_HEADERFUNCTION = 20079,
    CURLOPT_HTTPGET = 80,
    CURLOPT_SSL_VERIFYHOST = 81,
    CURLOPT_CAPATH = 10097,
    CURLOPT_NOSIGNAL = 99,
    CURLOPT_POSTFIELDSIZE_LARGE = 30120,
    CURLOPT_TIMEOUT_MS = 155,
    CURLOPT_CONNECTTIMEOUT_MS = 156,
    CURLOPT_NOPROXY = 10177,
    CURLOPT_PROTOCOLS = 181,
    CURLOPT_XFERINFOFUNCTION = 20219,
    CURLOPT_MAXAGE_CONN = 288,
    CURLOPT_PROTOCOLS_STR = 10318,
};
enum { CURLINFO_RESPONSE_CODE = 0x200000 + 2 };
enum { CURL_GLOBAL_DEFAULT = 3 };
enum { CURLPROTO_HTTP = 1, CURLPROTO_HTTPS = 2 };
enum { CURLE_OUT_OF_MEMORY = 27, CURLE_UNKNOWN_OPTION = 48 };
enum { CURL_ERROR_SIZE = 256 };

typedef void CURL;
typedef int CURLcode;
typedef long long curl_off_t;
struct curl_slist;
typedef size_t (*curl_write_callback)(char *, size_t, size_t, void *);
typedef int (*curl_xferinfo_callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, int, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    void (*easy_reset)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[200];

/* libcurl.so.4 is Debian's libcurl4 (OpenSSL); libcurl-gnutls.so.4 has the same API. The
 * handle is kept for the life of the process. */
static void load_curl(void) {
    static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4"};
    void *library = NULL;
    const char *name = names[0];
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (library != NULL) {
            name = names[i];
        } else if (i == 0) {
            const char *why = dlerror();
            snprintf(load_error, sizeof load_error, "%s", why ? why : "libcurl.so.4 not found");
        }
    }
    if (library == NULL) return;
#define AFQ_SYMBOL(field, symbol)                                              \
    if ((*(void **)&curl.field = dlsym(library, symbol)) == NULL) {            \
        snprintf(load_error, sizeof load_error, "%s has no %s", name, symbol); \
        return;                                                                \
    }
    AFQ_SYMBOL(global_init, "curl_global_init")
    AFQ_SYMBOL(easy_init, "curl_easy_init")
    AFQ_SYMBOL(easy_setopt, "curl_easy_setopt")
    AFQ_SYMBOL(easy_perform, "curl_easy_perform")
    AFQ_SYMBOL(easy_getinfo, "curl_easy_getinfo")
    AFQ_SYMBOL(easy_cleanup, "curl_easy_cleanup")
    AFQ_SYMBOL(easy_reset, "curl_easy_reset")
    AFQ_SYMBOL(easy_strerror, "curl_easy_strerror")
    AFQ_SYMBOL(slist_append, "curl_slist_append")
    AFQ_SYMBOL(slist_free_all, "curl_slist_free_all")
#undef AFQ_SYMBOL
    /* Not thread-safe in older libcurl, hence inside pthread_once. */
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != 0) {
        snprintf(load_error, sizeof load_error, "curl_global_init failed");
        return;
    }
    loaded = 1;
}

/* Keep-alive: a bounded pool of idle easy handles, each remembering the origin (scheme, host,
 * port), proxy and CA bundle of its last request. curl keeps a handle's connections (and its DNS
 * and TLS session caches) across curl_easy_reset, so a request that takes the idle handle last
 * used for its origin reuses that handle's open connection.
 *
 * Not a share handle with CURL_LOCK_DATA_CONNECT: curl's documentation of CURLSHOPT_SHARE says
 * sharing connections between concurrent threads is not supported, and every request here runs
 * on a thread of its own. A handle is used by one thread at a time, which libcurl does support.
 *
 * A request with no idle handle for its origin gets a fresh one rather than another origin's:
 * that one's connection would be of no use, and taking it would close a connection that its own
 * origin's next request could have reused. When more than POOL_CAPACITY handles are idle (after
 * a burst of concurrent requests), the least recently used are cleaned up, closing their
 * connections. */
enum { POOL_CAPACITY = 64 };

typedef struct idle_handle {
    CURL *easy;
    char *key;
} idle_handle;

static struct {
    pthread_mutex_t lock;
    /* Oldest first. */
    idle_handle idle[POOL_CAPACITY];
    size_t count;
} pool = {PTHREAD_MUTEX_INITIALIZER, {{0}}, 0};

/* The length of the URL's scheme and authority ("https://host:port"); the whole URL when it
 * has no path. */
static size_t origin_length(const char *url) {
    const char *authority = strstr(url, "://");
    if (authority == NULL) return strlen(url);
    authority += 3;
    return (size_t)(authority - url) + strcspn(authority, "/?#");
}

/* The pool key: origin, proxy and CA bundle, each followed by a newline; NULL when out of
 * memory. Were two keys alike (a newline inside one part), a request would only miss a
 * connection to reuse: curl reuses a connection only for the same origin, proxy and TLS
 * settings. */
static char *pool_key(const char *url, const afq_http_options *options) {
    const char *proxy = options->proxy ? options->proxy : "";
    const char *bundle = options->ca_bundle ? options->ca_bundle : "";
    size_t origin = origin_length(url), proxy_length = strlen(proxy), bundle_length = strlen(bundle);
    char *key = malloc(origin + proxy_length + bundle_length + 4);
    if (key == NULL) return NULL;
    char *end = key;
    memcpy(end, url, origin), end += origin, *end++ = '\n';
    memcpy(end, proxy, proxy_length), end += proxy_length, *end++ = '\n';
    memcpy(end, bundle, bundle_length), end += bundle_length, *end++ = '\n';
    *end = '\0';
    return key;
}

/* The most recently returned idle handle for `key`, removed from the pool; NULL when none. */
static CURL *pool_take(const char *key) {
    CURL *easy = NULL;
    pthread_mutex_lock(&pool.lock);
    for (size_t i = pool.count; i-- > 0;) {
        if (strcmp(pool.idle[i].key, key) != 0) continue;
        easy = pool.idle[i].easy;
        free(pool.idle[i].key);
        memmove(&pool.idle[i], &pool.idle[i + 1], (pool.count - i - 1) * sizeof pool.idle[0]);
        pool.count--;
        break;
    }
    pthread_mutex_unlock(&pool.lock);
    return easy;
}

/* Resets `easy` (its options pointed at this call's buffers) and keeps it idle under `key`,
 * which the pool then owns; cleans up the oldest idle handle when the pool is full. Without a
 * key (out of memory) the handle is cleaned up. */
static void pool_give(CURL *easy, char *key) {
    if (key == NULL) {
        curl.easy_cleanup(easy);
        return;
    }
    curl.easy_reset(easy);
    idle_handle evicted = {NULL, NULL};
    pthread_mutex_lock(&pool.lock);
    if (pool.count == POOL_CAPACITY) {
        evicted = pool.idle[0];
        memmove(&pool.idle[0], &pool.idle[1], (POOL_CAPACITY - 1) * sizeof pool.idle[0]);
        pool.count--;
    }
    pool.idle[pool.count++] = (idle_handle){easy, key};
    pthread_mutex_unlock(&pool.lock);
    /* Outside the lock: closing connections may take a moment (TLS close_notify). */
    if (evicted.easy != NULL) curl.easy_cleanup(evicted.easy);
    free(evicted.key);
}

size_t afq_http_idle_handles(void) {
    pthread_mutex_lock(&pool.lock);
    size_t count = pool.count;
    pthread_mutex_unlock(&pool.lock);
    return count;
}

typedef struct buffer {
    uint8_t *data;
    size_t length;
    size_t capacity;
} buffer;

static int append(buffer *b, const void *bytes, size_t count) {
    if (b->length + count > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->length + count) capacity *= 2;
        uint8_t *data = realloc(b->data, capacity);
        if (data == NULL) return 0;
        b->data = data;
        b->capacity = capacity;
    }
    if (count) memcpy(b->data + b->length, bytes, count);
    b->length += count;
    return 1;
}

static size_t on_body(char *bytes, size_t size, size_t count, void *context) {
    return append(context, bytes, size * count) ? size * count : 0;
}

/* Called once per header line, for every response (1xx, proxy CONNECT, final): a status line
 * starts the block again, so what is left is the final response's. */
static size_t on_header(char *bytes, size_t size, size_t count, void *context) {
    buffer *headers = context;
    size_t length = size * count;
    if (length >= 5 && memcmp(bytes, "HTTP/", 5) == 0) headers->length = 0;
    return append(headers, bytes, length) ? length : 0;
}

static int on_progress(void *context, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
    const volatile int *cancel = context;
    return cancel != NULL && __atomic_load_n(cancel, __ATOMIC_SEQ_CST) != 0;
}

void afq_http_cancel(volatile int *cancel) { __atomic_store_n(cancel, 1, __ATOMIC_SEQ_CST); }

/* Whether `line` sets header `name` (case-insensitive, followed by ':' or ';'). */
static int names_header(const char *line, const char *name) {
    size_t length = strlen(name);
    return strncasecmp(line, name, length) == 0 && (line[length] == ':' || line[length] == ';');
}

static struct curl_slist *append_line(struct curl_slist *list, const char *line, int *failed) {
    struct curl_slist *next = curl.slist_append(list, line);
    if (next == NULL) *failed = 1;
    return next ? next : list;
}

/* A header of the request. curl drops a header given as "Name:" (that is how its own are
 * suppressed), so an empty value is sent as "Name;". */
static struct curl_slist *append_header(struct curl_slist *list, const char *line, int *failed) {
    const char *colon = strchr(line, ':');
    if (colon == NULL || colon[1 + strspn(colon + 1, " \t")] != '\0') return append_line(list, line, failed);
    size_t length = (size_t)(colon - line);
    char *empty = malloc(length + 2);
    if (empty == NULL) {
        *failed = 1;
        return list;
    }
    memcpy(empty, line, length);
    empty[length] = ';';
    empty[length + 1] = '\0';
    list = append_line(list, empty, failed);
    free(empty);
    return list;
}

static void fail(afq_http_result *result, int code, const char *detail) {
    result->curl_code = code;
    snprintf(result->message, sizeof result->message, "%s", detail && *detail ? detail : curl.easy_strerror(code));
}

afq_http_outcome afq_http_perform(
    const char *method, const char *url, const char *const *headers, size_t header_count, const uint8_t *body,
    size_t body_length, const afq_http_options *options, const volatile int *cancel, afq_http_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&load_once, load_curl);
    if (!loaded) {
        snprintf(result->message, sizeof result->message, "%s", load_error);
        return AFQ_HTTP_UNAVAILABLE;
    }

    char *key = pool_key(url, options);
    CURL *easy = key ? pool_take(key) : NULL;
    if (easy == NULL) easy = curl.easy_init();
    if (easy == NULL) {
        free(key);
        fail(result, CURLE_OUT_OF_MEMORY, "curl_easy_init failed");
        return AFQ_HTTP_CURL_ERROR;
    }
    char error[CURL_ERROR_SIZE] = "";
    buffer head = {0}, content = {0};
    struct curl_slist *list = NULL;
    int failed = 0, has_expect = 0, has_content_type = 0;
    for (size_t i = 0; i < header_count; i++) {
        if (headers[i] == NULL) {
            failed = 1;
            continue;
        }
        has_expect |= names_header(headers[i], "expect");
        has_content_type |= names_header(headers[i], "content-type");
        list = append_header(list, headers[i], &failed);
    }
    /* No "Expect: 100-continue" wait before a body, and no form Content-Type for POSTFIELDS:
     * only the request's own headers, which were signed. */
    if (!has_expect) list = append_line(list, "Expect:", &failed);
    if (!has_content_type) list = append_line(list, "Content-Type:", &failed);
    if (failed) {
        curl.slist_free_all(list);
        pool_give(easy, key);
        fail(result, CURLE_OUT_OF_MEMORY, "out of memory");
        return AFQ_HTTP_CURL_ERROR;
    }

    CURLcode code = 0;
/* Stops at the first option libcurl refuses. */
#define AFQ_SET(option, value)                                         \
    do {                                                               \
        if (code == 0) code = curl.easy_setopt(easy, option, value);   \
    } while (0)
    AFQ_SET(CURLOPT_ERRORBUFFER, error);
    AFQ_SET(CURLOPT_URL, url);
    AFQ_SET(CURLOPT_NOSIGNAL, 1L);
    /* AWS endpoints never redirect; following one would resend a signed request elsewhere. */
    AFQ_SET(CURLOPT_FOLLOWLOCATION, 0L);
    AFQ_SET(CURLOPT_TIMEOUT_MS, options->timeout_ms);
    AFQ_SET(CURLOPT_CONNECTTIMEOUT_MS, options->connect_timeout_ms);
    /* Always set, "" meaning none: curl would otherwise read http_proxy, HTTPS_PROXY and
     * NO_PROXY from the process environment, while afq reads them from the environment it was
     * given (tests give their own). */
    AFQ_SET(CURLOPT_PROXY, options->proxy ? options->proxy : "");
    AFQ_SET(CURLOPT_NOPROXY, options->no_proxy ? options->no_proxy : "");
    /* The defaults, stated: a certificate that does not verify always fails the request. */
    AFQ_SET(CURLOPT_SSL_VERIFYPEER, 1L);
    AFQ_SET(CURLOPT_SSL_VERIFYHOST, 2L);
    if (options->ca_bundle != NULL) {
        /* The bundle replaces the default store: no CA directory either. */
        AFQ_SET(CURLOPT_CAINFO, options->ca_bundle);
        AFQ_SET(CURLOPT_CAPATH, (const char *)NULL);
    }
    AFQ_SET(CURLOPT_HTTPHEADER, list);
    AFQ_SET(CURLOPT_WRITEFUNCTION, (curl_write_callback)on_body);
    AFQ_SET(CURLOPT_WRITEDATA, (void *)&content);
    AFQ_SET(CURLOPT_HEADERFUNCTION, (curl_write_callback)on_header);
    AFQ_SET(CURLOPT_HEADERDATA, (void *)&head);
    AFQ_SET(CURLOPT_NOPROGRESS, 0L);
    AFQ_SET(CURLOPT_XFERINFOFUNCTION, (curl_xferinfo_callback)on_progress);
    AFQ_SET(CURLOPT_XFERINFODATA, (void *)cancel);
    /* An idle connection is not reused after this many seconds. A server or proxy that closes
     * one is noticed (curl checks an idle connection before reusing it, and sends a request
     * again on a fresh connection when a reused one ends with no answer), but a firewall or
     * NAT device that forgets an idle flow says nothing, and the request would wait out its
     * deadline. Elastic Load Balancing closes connections idle for 60 s by default, so little
     * reuse is lost. Only since libcurl 7.65, whose default is 118 s; older versions refuse it,
     * which is harmless. */
    if (code == 0) {
        code = curl.easy_setopt(easy, CURLOPT_MAXAGE_CONN, 30L);
        if (code == CURLE_UNKNOWN_OPTION) code = 0;
    }
    if (code == 0) {
        code = curl.easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
        if (code == CURLE_UNKNOWN_OPTION) {  /* libcurl before 7.85 */
            code = curl.easy_setopt(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
        }
    }
    int is_post = strcmp(method, "POST") == 0;
    if (strcmp(method, "HEAD") == 0) {
        AFQ_SET(CURLOPT_NOBODY, 1L);
    } else if (strcmp(method, "GET") == 0 && body_length == 0) {
        AFQ_SET(CURLOPT_HTTPGET, 1L);
    } else {
        if (body_length > 0 || is_post || strcmp(method, "PUT") == 0 || strcmp(method, "PATCH") == 0) {
            /* Never NULL: curl would then read the body from stdin. */
            AFQ_SET(CURLOPT_POSTFIELDS, body ? (const void *)body : (const void *)"");
            AFQ_SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
        }
        if (!is_post) AFQ_SET(CURLOPT_CUSTOMREQUEST, method);
    }
#undef AFQ_SET

    if (code == 0) code = curl.easy_perform(easy);
    afq_http_outcome outcome = AFQ_HTTP_RESPONSE;
    if (code == 0) {
        curl.easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &result->status);
        result->headers = head.data;
        result->headers_length = head.length;
        result->body = content.data;
        result->body_length = content.length;
    } else {
        fail(result, code, error);
        free(head.data);
        free(content.data);
        outcome = AFQ_HTTP_CURL_ERROR;
    }
    curl.slist_free_all(list);
    pool_give(easy, key);
    return outcome;
}

void afq_http_result_free(afq_http_result *result) {
    free(result->headers);
    free(result->body);
    result->headers = NULL;
    result->body = NULL;
    result->headers_length = 0;
    result->body_length = 0;
}
