import CCurlShim
import Foundation

/// The real transport: libcurl, HTTPS with the system's certificate store or the CA bundle of
/// `settings`, the proxies of `settings`, no redirects followed (AWS endpoints never redirect;
/// following one would resend a signed request).
///
/// libcurl is loaded with `dlopen` on the first request (`CCurlShim`), not linked: linking it,
/// as FoundationNetworking's URLSession did, made every run map and relocate libcurl and its
/// ~30 libraries, most of the release build's start-up (README, "Dependencies, and why"), for the
/// few runs that use `--live`.
///
/// The request's headers are sent exactly as given, `Host` included when it has one (it was
/// signed); otherwise curl derives `Host` from the URL just as the signer does.
///
/// Connections are kept alive and reused by later requests to the same host, from any
/// `CurlTransport` (the pool is the process's, in `CCurlShim`): fetching every connector of an
/// organisation's accounts sends many requests to a few hosts, and a TLS handshake per request
/// (two round trips, more through a proxy) would cost more than the answers. A kept connection
/// that the server has since closed does not cost the request its deadline, as one did with
/// URLSession: libcurl checks an idle connection before reusing it, and sends the request again
/// on a fresh connection when a reused one ends without an answer. The deadline is curl's own
/// (`CURLOPT_TIMEOUT_MS`), which, unlike URLSession's on Linux, fires on time.
///
/// Every request runs on a thread of its own (`ThreadedCall`), so hundreds may be in flight.
public struct CurlTransport: HTTPTransport {
    /// The CA bundle and proxies (resolve them with `HTTPSettings.resolve`); by default the
    /// system's certificate store and no proxy, whatever the process environment says.
    public var settings: HTTPSettings
    /// Seconds to establish a connection (name lookup, TCP, TLS, proxy tunnel); the request's
    /// own `timeout` bounds the whole exchange.
    public var connectTimeout: Double
    /// Sent when the request has no `User-Agent` (it is never signed).
    public var userAgent: String?

    public init(settings: HTTPSettings = HTTPSettings(), connectTimeout: Double = 10, userAgent: String? = "afq") {
        self.settings = settings
        self.connectTimeout = connectTimeout
        self.userAgent = userAgent
    }

    public func send(_ request: HTTPRequest) async throws(HTTPTransportError) -> HTTPResponse {
        var lines: [String] = []
        for header in request.headers {
            guard CurlTransport.isValid(name: header.name), CurlTransport.isValid(value: header.value) else {
                throw HTTPTransportError(.other, "header \(header.name) has a character HTTP does not allow there")
            }
            lines.append("\(header.name): \(header.value)")
        }
        if let userAgent, request.header("User-Agent") == nil { lines.append("User-Agent: \(userAgent)") }
        let (headerLines, connectTimeout, settings, flag) = (lines, self.connectTimeout, self.settings, CancelFlag())
        let call = ThreadedCall<Result<HTTPResponse, HTTPTransportError>>(
            cancelledValue: .failure(HTTPTransportError(.other, "cancelled")), cancel: { flag.set() },
            work: {
                CurlTransport.perform(
                    request, headerLines: headerLines, connectTimeout: connectTimeout, settings: settings, cancel: flag)
            })
        return try await call.value().get()
    }

    /// The blocking call, on its own thread (internal for a test that times it on its own).
    static func perform(
        _ request: HTTPRequest, headerLines: [String], connectTimeout: Double, settings: HTTPSettings = HTTPSettings(),
        cancel: CancelFlag
    ) -> Result<HTTPResponse, HTTPTransportError> {
        let timeout = request.timeout
        let started = ContinuousClock.now
        var result = afq_http_result()
        let copies = headerLines.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
        let proxy = settings.proxy.proxy(for: request.url)
        let outcome = withOptionalCString(settings.caBundle) { caBundle in
            withOptionalCString(proxy) { proxyURL in
                withOptionalCString(settings.proxy.noProxy) { noProxy in
                    var options = afq_http_options(
                        timeout_ms: milliseconds(timeout),
                        connect_timeout_ms: milliseconds(min(connectTimeout, timeout)), ca_bundle: caBundle,
                        proxy: proxyURL, no_proxy: noProxy)
                    return pointers.withUnsafeBufferPointer { headers in
                        request.body.withUnsafeBufferPointer { body in
                            afq_http_perform(
                                request.method, request.url, headers.baseAddress, headers.count, body.baseAddress,
                                body.count, &options, cancel.pointer, &result)
                        }
                    }
                }
            }
        }
        defer { afq_http_result_free(&result) }
        // curl quotes a proxy URL it cannot use, credentials and all.
        let message = ProxySettings.redacting(
            withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) },
            credentialsOf: proxy)
        switch outcome {
        case AFQ_HTTP_RESPONSE:
            let headers =
                result.headers.map { Array(UnsafeBufferPointer(start: $0, count: result.headers_length)) } ?? []
            let body = result.body.map { Array(UnsafeBufferPointer(start: $0, count: result.body_length)) } ?? []
            return .success(HTTPResponse(status: Int(result.status), headers: parseHeaders(headers), body: body))
        case AFQ_HTTP_UNAVAILABLE:
            let advice = "on Debian: apt-get install libcurl4"
            return .failure(
                HTTPTransportError(.other, "live data needs libcurl, which could not be loaded (\(message)); \(advice)")
            )
        default:
            // A connection timeout shorter than the request's shows as its own limit.
            let elapsed = started.duration(to: .now).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            let limit = seconds + 0.05 < timeout ? min(connectTimeout, timeout) : timeout
            return .failure(error(code: result.curl_code, message: message, timeoutLimit: limit, settings: settings))
        }
    }

    /// `body` with a C string of `text`, or with `nil`.
    private static func withOptionalCString<Value>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Value) -> Value {
        guard let text else { return body(nil) }
        return text.withCString { body($0) }
    }

    /// curl's milliseconds, at least 1 (0 would mean no limit).
    private static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite else { return 0 }
        return max(1, Int(min((seconds * 1000).rounded(.up), Double(Int32.max))))
    }

    /// Names: not empty, no colon, space or control character. Values: no CR, LF or NUL, which
    /// would split the line (header injection) or end it.
    private static func isValid(name: String) -> Bool {
        !name.isEmpty && !name.utf8.contains { $0 <= 32 || $0 == 58 || $0 == 127 }
    }

    private static func isValid(value: String) -> Bool {
        !value.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }

    /// The response headers, names lower-cased, repeated ones joined with ", ". `block` is the
    /// final response's header block as received (status line first).
    static func parseHeaders(_ block: [UInt8]) -> [String: String] {
        var headers: [String: String] = [:]
        var last: String? = nil
        let lines = String(decoding: block, as: UTF8.self).split(omittingEmptySubsequences: true) {
            $0 == "\r\n" || $0 == "\n" || $0 == "\r"
        }
        for line in lines.dropFirst() {
            if let first = line.first, first == " " || first == "\t", let name = last {
                // An obsolete folded continuation of the previous header.
                headers[name, default: ""] += " " + line.trimmingWhitespace()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            if let earlier = headers[name] { headers[name] = earlier + ", " + value } else { headers[name] = value }
            last = name
        }
        return headers
    }

    /// Maps a CURLcode to afq's kinds: the connection-level failures a retry may cure are
    /// `.connectionFailed`; a timeout is `.timedOut`; the rest (a bad URL, a certificate that
    /// does not verify) are `.other`. A certificate's failure names the CA bundle in use and
    /// says how to set one, since a network that inspects TLS is its likeliest cause.
    static func error(code: Int32, message: String, timeoutLimit: Double, settings: HTTPSettings = HTTPSettings())
        -> HTTPTransportError
    {
        let bundle = settings.caBundle.map { "the CA bundle \($0) from \(settings.caBundleOrigin ?? "settings")" }
        switch code {
        case AFQ_CURLE_OPERATION_TIMEDOUT:
            let seconds = timeoutLimit.isFinite ? Int(max(timeoutLimit, 0).rounded(.up)) : 0
            return HTTPTransportError(.timedOut, "no answer within \(seconds) s")
        case AFQ_CURLE_PEER_FAILED_VERIFICATION:
            guard let bundle else {
                return HTTPTransportError(
                    .other,
                    "the server's certificate did not verify (\(message)); if your network inspects TLS with its "
                        + "own certificate authority, set AWS_CA_BUNDLE or the profile's ca_bundle to a PEM file "
                        + "holding it")
            }
            return HTTPTransportError(
                .other,
                "the server's certificate did not verify against \(bundle) (\(message)); add the authority that "
                    + "issued it to the bundle, or point AWS_CA_BUNDLE or the profile's ca_bundle at one that holds it")
        case AFQ_CURLE_SSL_CACERT_BADFILE:
            guard let bundle else {
                return HTTPTransportError(
                    .other,
                    "could not load the system's certificate store (\(message)); install the CA certificates "
                        + "(on Debian: apt-get install ca-certificates) or set AWS_CA_BUNDLE to a PEM file")
            }
            return HTTPTransportError(
                .other, "could not load \(bundle) (\(message)); it must be a PEM file of certificates")
        case AFQ_CURLE_COULDNT_RESOLVE_PROXY, AFQ_CURLE_COULDNT_RESOLVE_HOST, AFQ_CURLE_COULDNT_CONNECT,
            AFQ_CURLE_WEIRD_SERVER_REPLY, AFQ_CURLE_HTTP2, AFQ_CURLE_PARTIAL_FILE, AFQ_CURLE_SSL_CONNECT_ERROR,
            AFQ_CURLE_GOT_NOTHING, AFQ_CURLE_SEND_ERROR, AFQ_CURLE_RECV_ERROR, AFQ_CURLE_HTTP2_STREAM:
            return HTTPTransportError(.connectionFailed, message)
        case AFQ_CURLE_ABORTED_BY_CALLBACK:
            return HTTPTransportError(.other, "cancelled")
        default:
            return HTTPTransportError(.other, message)
        }
    }
}

extension CurlTransport {
    /// The flag curl's progress callback reads on the request's thread; freed with the last
    /// reference, so a late cancellation never writes to freed memory.
    final class CancelFlag: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Int32>

        init() {
            pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
            pointer.initialize(to: 0)
        }

        deinit { pointer.deallocate() }

        func set() { afq_http_cancel(pointer) }
    }
}
