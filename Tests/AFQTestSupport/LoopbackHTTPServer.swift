import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for tests (fake AppFlow, container and instance-metadata
/// credential endpoints, a proxy): a thread per connection, keep-alive, and a handler that may
/// answer, answer late, or drop the connection. It counts the connections it accepts, so tests
/// can see whether a client reused one.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names lower-cased; values as sent.
        public var headers: [String: String]
        public var body: [UInt8]
        /// Which connection it came on: 1 for the first the server accepted, and so on.
        public var connection: Int
        /// Its place on that connection: 1 for the connection's first request.
        public var indexOnConnection: Int

        public var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    public indirect enum Reply: Sendable {
        case response(status: Int, headers: [String: String], body: String)
        /// Wait, then answer (a slow server).
        case delayed(seconds: Double, Reply)
        /// Close the connection without answering (a dropped connection).
        case drop

        public static func json(_ body: String, status: Int = 200, headers: [String: String] = [:]) -> Reply {
            var all = headers
            all["Content-Type"] = "application/json"
            return .response(status: status, headers: all, body: body)
        }
    }

    public let port: UInt16
    public var baseURL: String { "http://127.0.0.1:\(port)" }
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let closesIdleConnections: Bool
    private let lock = NSLock()
    private var _requests: [Request] = []
    private var _acceptedConnections = 0
    private var stopped = false
    /// Connections being served, shut down by `stop`: a connection left open after its server
    /// stopped stays in libcurl's process-wide pool, and a later server given the same port
    /// would have its requests answered by this one's handler.
    private var openConnections: Set<Int32> = []

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return _requests
    }

    /// How many connections the server has accepted so far.
    public var acceptedConnections: Int {
        lock.lock()
        defer { lock.unlock() }
        return _acceptedConnections
    }

    /// - Parameters:
    ///   - closesIdleConnections: close each connection as soon as a request on it is answered,
    ///     without a `Connection: close` header, as a server does whose idle timeout has passed
    ///     before the client's next request.
    ///   - handler: the reply to each request.
    public init(closesIdleConnections: Bool = false, handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        self.closesIdleConnections = closesIdleConnections
        // Close-on-exec, so binaries the tests start do not inherit the server's sockets (an
        // inherited copy would keep a "dropped" connection open).
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 256) == 0 else {
            close(fd)
            throw ServerError.bind
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [weak self] in self?.acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        for connection in openConnections { shutdown(connection, Int32(SHUT_RDWR)) }
        lock.unlock()
        if !wasStopped {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            // Accept and mark close-on-exec while no test can start a process in between.
            SpawnLock.shared.lock()
            let connection = accept(listener, nil, nil)
            if connection >= 0 { _ = fcntl(connection, F_SETFD, FD_CLOEXEC) }
            SpawnLock.shared.unlock()
            if connection < 0 {
                if isStopped { return }
                continue
            }
            lock.lock()
            _acceptedConnections += 1
            let number = _acceptedConnections
            openConnections.insert(connection)
            lock.unlock()
            let thread = Thread { [weak self] in
                self?.serve(connection, number: number)
                self?.forget(connection)
                shutdown(connection, Int32(SHUT_RDWR))
                close(connection)
            }
            thread.start()
        }
    }

    /// Before the descriptor is closed, so that `stop` never shuts down a number reused since.
    private func forget(_ connection: Int32) {
        lock.lock()
        openConnections.remove(connection)
        lock.unlock()
    }

    private func serve(_ connection: Int32, number: Int) {
        var buffer: [UInt8] = []
        var index = 0
        while !isStopped {
            guard var request = readRequest(connection, &buffer), !isStopped else { return }
            index += 1
            request.connection = number
            request.indexOnConnection = index
            lock.lock()
            _requests.append(request)
            lock.unlock()
            var reply = handler(request)
            while case .delayed(let seconds, let inner) = reply {
                usleep(UInt32(seconds * 1_000_000))
                reply = inner
            }
            guard case .response(let status, let headers, let body) = reply else { return }
            var head = "HTTP/1.1 \(status) \(LoopbackHTTPServer.reason(status))\r\n"
            let bodyBytes = Array(body.utf8)
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Content-Length: \(bodyBytes.count)\r\n\r\n"
            let bytes = Array(head.utf8) + bodyBytes
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes {
                    send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if n <= 0 { return }
                sent += n
            }
            if closesIdleConnections || request.headers["connection"]?.lowercased() == "close" { return }
        }
    }

    /// Reads one request: the head up to a blank line, then Content-Length bytes of body.
    private func readRequest(_ connection: Int32, _ buffer: inout [UInt8]) -> Request? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int? = nil
        while headEnd == nil {
            if let range = find(separator, in: buffer) {
                headEnd = range
                break
            }
            guard receive(connection, into: &buffer) else { return nil }
        }
        guard let end = headEnd else { return nil }
        let head = String(decoding: buffer[0..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        let bodyStart = end + 4
        while buffer.count < bodyStart + length {
            guard receive(connection, into: &buffer) else { return nil }
        }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        buffer.removeFirst(bodyStart + length)
        return Request(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body, connection: 0,
            indexOnConnection: 0)
    }

    private func receive(_ connection: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = recv(connection, &chunk, chunk.count, 0)
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    private func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count)
        where bytes[i] == pattern[0] && Array(bytes[i..<i + pattern.count]) == pattern {
            return i
        }
        return nil
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }

    public enum ServerError: Error {
        case socket
        case bind
    }
}
