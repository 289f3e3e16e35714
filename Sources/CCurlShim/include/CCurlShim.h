/* One blocking HTTP call through libcurl, which is loaded with dlopen on first use rather than
 * linked: afq then starts without mapping libcurl and its ~30 libraries, which only `--live`
 * needs. No libcurl headers are used; the few constants needed are copied from curl.h. */
#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H

#include <stddef.h>
#include <stdint.h>

/* CURLcode values (curl.h) the transport tells apart. */
#define AFQ_CURLE_OK 0
#define AFQ_CURLE_UNSUPPORTED_PROTOCOL 1
#define AFQ_CURLE_URL_MALFORMAT 3
#define AFQ_CURLE_COULDNT_RESOLVE_PROXY 5
#define AFQ_CURLE_COULDNT_RESOLVE_HOST 6
#define AFQ_CURLE_COULDNT_CONNECT 7
#define AFQ_CURLE_WEIRD_SERVER_REPLY 8
#define AFQ_CURLE_HTTP2 16
#define AFQ_CURLE_PARTIAL_FILE 18
#define AFQ_CURLE_OPERATION_TIMEDOUT 28
#define AFQ_CURLE_SSL_CONNECT_ERROR 35
#define AFQ_CURLE_ABORTED_BY_CALLBACK 42
#define AFQ_CURLE_GOT_NOTHING 52
#define AFQ_CURLE_SEND_ERROR 55
#define AFQ_CURLE_RECV_ERROR 56
#define AFQ_CURLE_PEER_FAILED_VERIFICATION 60
#define AFQ_CURLE_SSL_CACERT_BADFILE 77
#define AFQ_CURLE_HTTP2_STREAM 92

/* What afq_http_perform returns. */
typedef enum afq_http_outcome {
    /* A response arrived (any status); `result` holds it. */
    AFQ_HTTP_RESPONSE = 0,
    /* libcurl failed; `result.curl_code` and `result.message` say why. */
    AFQ_HTTP_CURL_ERROR = 1,
    /* libcurl could not be loaded; `result.message` says why. */
    AFQ_HTTP_UNAVAILABLE = 2,
} afq_http_outcome;

typedef struct afq_http_result {
    /* HTTP status of the final response; 0 when none arrived. */
    long status;
    /* The header block of the final response, status line included, as received. */
    uint8_t *headers;
    size_t headers_length;
    uint8_t *body;
    size_t body_length;
    /* The CURLcode of curl_easy_perform (AFQ_CURLE_OK after a response). */
    int curl_code;
    char message[256];
} afq_http_result;

/* How a request is sent, beside the request itself. */
typedef struct afq_http_options {
    /* Bounds the whole request, in milliseconds (at least 1). */
    long timeout_ms;
    /* Bounds establishing the connection (name lookup, TCP, TLS, proxy tunnel). */
    long connect_timeout_ms;
    /* A PEM file of trusted roots that replaces the default certificate store; NULL for the
     * default store. Certificates are always verified. */
    const char *ca_bundle;
    /* The proxy URL for this request (it may hold user:password); NULL or "" for none. curl
     * never reads proxy settings from the process environment. */
    const char *proxy;
    /* Hosts that bypass the proxy, comma-separated (CURLOPT_NOPROXY: "*" for all, a domain
     * covers its subdomains); NULL or "" for none. */
    const char *no_proxy;
} afq_http_options;

/* Sends one request and waits for the whole response. `headers` are complete lines
 * ("Name: value"), sent exactly as given: curl adds Host from the URL only when they have none,
 * and adds no `Expect` and no default `Content-Type`. Redirects are not followed. The call
 * gives up soon (within about a second) after `*cancel` becomes non-zero (see
 * afq_http_cancel). Thread-safe. Connections are kept alive and reused by later calls to the
 * same origin (through the same proxy, with the same CA bundle); a kept connection that the
 * server has closed is replaced by a fresh one, with no error. Release `result` with
 * afq_http_result_free. */
afq_http_outcome afq_http_perform(
    const char *method, const char *url, const char *const *headers, size_t header_count, const uint8_t *body,
    size_t body_length, const afq_http_options *options, const volatile int *cancel, afq_http_result *result);

/* How many idle curl handles (each keeping its connections) the pool holds now; at most 64. */
size_t afq_http_idle_handles(void);

/* Frees the buffers of `result` (not `result` itself). */
void afq_http_result_free(afq_http_result *result);

/* Sets a cancel flag from any thread. */
void afq_http_cancel(volatile int *cancel);

#endif
