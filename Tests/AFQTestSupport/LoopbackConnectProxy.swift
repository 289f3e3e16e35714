import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A proxy on 127.0.0.1 that knows only `CONNECT` (how clients reach an `https://` URL through
/// a proxy): it opens a TCP connection to the named port on 127.0.0.1, answers `200`, and then
/// copies bytes both ways until either side closes. It records each `CONNECT` target and its
/// `Proxy-Authorization` header. Tunnels to loopback only, so no test reaches the internet.
public final class LoopbackConnectProxy: @unchecked Sendable {
    public struct Tunnel: Sendable {
        /// As the client sent it, e.g. `localhost:8443`.
        public var target: String
        public var proxyAuthorization: String?
    }

    public let port: UInt16
    public var url: String { "http://127.0.0.1:\(port)" }
    private let listener: Int32
    private let lock = NSLock()
    private var _tunnels: [Tunnel] = []
    private var stopped = false

    /// Every `CONNECT` received so far, in order.
    public var tunnels: [Tunnel] {
        lock.lock()
        defer { lock.unlock() }
        return _tunnels
    }

    public init() throws {
        // Close-on-exec from the start, so processes tests start do not inherit it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw LoopbackHTTPServer.ServerError.socket }
        var address = LoopbackConnectProxy.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw LoopbackHTTPServer.ServerError.bind
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

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private func acceptLoop() {
        while !isStopped {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 200) > 0 else { continue }
            SpawnLock.shared.lock()
            let client = accept(listener, nil, nil)
            if client >= 0 { _ = fcntl(client, F_SETFD, FD_CLOEXEC) }
            SpawnLock.shared.unlock()
            if client < 0 {
                if isStopped { return }
                continue
            }
            let thread = Thread { [weak self] in
                self?.serve(client)
                close(client)
            }
            thread.start()
        }
    }

    /// Reads the `CONNECT` head (at most 16 KiB), connects, answers, relays.
    private func serve(_ client: Int32) {
        var head: [UInt8] = []
        let end: [UInt8] = [13, 10, 13, 10]
        while !head.suffix(4).elementsEqual(end) {
            guard head.count < 16_384 else { return }
            var byte: UInt8 = 0
            // One byte at a time, so nothing after the head (the TLS hello) is read here.
            guard recv(client, &byte, 1, 0) == 1 else { return }
            head.append(byte)
        }
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, parts[0] == "CONNECT", let colon = parts[1].lastIndex(of: ":"),
            let targetPort = UInt16(parts[1][parts[1].index(after: colon)...])
        else {
            reply(client, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        }
        let authorization = lines.dropFirst().first { $0.lowercased().hasPrefix("proxy-authorization:") }
            .map { String($0.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces) }
        lock.lock()
        _tunnels.append(Tunnel(target: String(parts[1]), proxyAuthorization: authorization))
        lock.unlock()
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard upstream >= 0 else { return }
        defer { close(upstream) }
        var address = LoopbackConnectProxy.loopback(port: targetPort)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            reply(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        }
        guard reply(client, "HTTP/1.1 200 Connection established\r\n\r\n") else { return }
        relay(client, upstream)
    }

    @discardableResult
    private func reply(_ socket: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Copies bytes both ways until a side closes, an error, the proxy stops, or 60 seconds.
    private func relay(_ a: Int32, _ b: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(60)
        while !isStopped && Date() < deadline {
            var fds = [
                pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, 200)
            if ready < 0 { return }
            for (index, entry) in fds.enumerated() where entry.revents != 0 {
                let from = index == 0 ? a : b
                let to = index == 0 ? b : a
                let n = recv(from, &buffer, buffer.count, 0)
                if n <= 0 { return }
                var sent = 0
                while sent < n {
                    let m = buffer[sent..<n].withUnsafeBytes { send(to, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    if m <= 0 { return }
                    sent += m
                }
            }
        }
    }
}
