// swift-tools-version:6.0
import PackageDescription

/// Targets depend one way only, never back up the chain, so the language (AFQQuery) builds and is
/// tested without AWS, a terminal, output formats or the engine's threads and caches. Only the
/// executable reads the arguments, owns standard output and exits; the libraries throw typed
/// errors and write to the streams they are given.
/// afq → AFQShell → {AFQEngine, AFQQuery, AFQRender, AFQSources, AFQModel, CEditLine};
/// AFQSources → {AFQEngine, AFQModel, AWSSigV4, CJSONSkip}; AFQEngine → {AFQQuery, CPrefetch};
/// AFQModel → AFQQuery; AFQRender → AFQQuery. AFQQuery depends on nothing; AWSSigV4 only on
/// swift-crypto and CCurlShim.
let package = Package(
    name: "afq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "afq", targets: ["afq"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0")
    ],
    targets: [
        /// Its command line is parsed by hand (CommandLineParser), not by swift-argument-parser,
        /// whose reflection showed in afq's start-up (README, "Dependencies, and why").
        .executableTarget(name: "afq", dependencies: ["AFQShell"]),
        /// libFuzzer targets for the JSON reader, the query front end, the renderers and the regular
        /// expressions (`make
        /// fuzz` builds it with `-sanitize=fuzzer,address -D AFQ_FUZZING`); built plainly, it replays
        /// the files it is given, which the tests do with the seed corpora (docs/reliability.md).
        .executableTarget(
            name: "afq-fuzz", dependencies: ["AFQQuery", "AFQEngine", "AFQModel", "AFQSources", "AFQRender"],
            path: "Sources/AFQFuzz"
        ),
        .target(
            name: "AFQShell",
            dependencies: [
                "AFQQuery", "AFQEngine", "AFQRender", "AFQSources", "AFQModel", "CEditLine", "CEditLineShim",
            ]
        ),
        /// libedit, the line editor of the interactive shell (Debian: libedit-dev).
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        /// Fixed-arity wrappers for libedit's variadic calls, and the SIGINT flag.
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        /// The CPU's prefetch hint for the evaluator's loop over loaded rows (RowPrefetch).
        .target(name: "CPrefetch"),
        /// The language: syntax, checker, values, functions and stages, and the reference
        /// evaluator that says what a pipeline means.
        .target(name: "AFQQuery"),
        /// How pipelines run fast: the execution plan, the stages' sinks, compiled expressions,
        /// caches, worker threads and lending (docs/performance.md), each tested against
        /// AFQQuery's reference evaluator.
        .target(name: "AFQEngine", dependencies: ["AFQQuery", "CPrefetch"]),
        .target(name: "AFQModel", dependencies: ["AFQQuery"]),
        /// SigV4 signing, credentials and endpoints: the only user of swift-crypto.
        .target(
            name: "AWSSigV4", dependencies: [.product(name: "Crypto", package: "swift-crypto"), "CCurlShim"]),
        /// One blocking HTTP call through libcurl, loaded with dlopen on first use: linking it (as
        /// FoundationNetworking did) made every run pay to load it (README, "Dependencies, and why").
        .target(name: "CCurlShim", linkerSettings: [.linkedLibrary("dl")]),
        /// Stepping over the JSON a query does not read, checked, in C with AVX2 where the CPU
        /// has it: in Swift it was a large part of a streamed query's time (measured:
        /// docs/performance.md, "Results").
        .target(name: "CJSONSkip"),
        .target(
            name: "AFQSources",
            dependencies: ["AFQModel", "AFQQuery", "AFQEngine", "AWSSigV4", "CJSONSkip"],
            resources: [.copy("Resources/sample.json")]
        ),
        .target(name: "AFQRender", dependencies: ["AFQQuery"]),
        .target(
            name: "AFQTestSupport",
            dependencies: ["AFQQuery", "AFQEngine", "AFQSources", .product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/AFQTestSupport"
        ),
        .testTarget(name: "AFQQueryTests", dependencies: ["AFQQuery", "AFQTestSupport"]),
        .testTarget(name: "AFQEngineTests", dependencies: ["AFQEngine", "AFQTestSupport"]),
        .testTarget(
            name: "AFQModelTests", dependencies: ["AFQModel", "AFQTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AFQSourcesTests", dependencies: ["AFQSources", "CJSONSkip", "AFQTestSupport"]),
        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4", "AFQTestSupport"]),
        .testTarget(name: "AFQRenderTests", dependencies: ["AFQRender", "AFQTestSupport"]),
        .testTarget(name: "AFQShellTests", dependencies: ["AFQShell", "AFQTestSupport"]),
        .testTarget(
            name: "afqTests", dependencies: ["afq", "afq-fuzz", "AFQTestSupport"],
            exclude: ["Cases", "FuzzRegressions", "FuzzSeeds"]),
    ]
)
