import AFQModel
import AFQQuery
import AFQSources
import AFQEngine

/// Any text must end in checked pipelines or a diagnostic whose position lies in the text; a
/// pipeline that checks runs on the bundled sample, and the engine's answer (values with their
/// key order, or the run-time error) must be the reference evaluator's.
enum QueryFuzzing {
    static let sample: RecordedData = {
        do {
            return try RecordedData(
                documents: [try BundledSample.document()], modelSchema: ConnectorConfiguration.schema)
        } catch {
            fatalError("the bundled sample does not load: \(error)")
        }
    }()

    static func check(_ bytes: [UInt8]) {
        let source = SourceFile(name: "fuzz", text: String(decoding: bytes, as: UTF8.self))
        let program: Program
        do {
            program = try Query.parse(source)
        } catch {
            expectPositioned(error, in: source)
            return
        }
        for statement in program.statements {
            guard case .pipeline(let pipeline) = statement else { continue }
            let checked: CheckedPipeline
            do {
                checked = try Checker(context: CheckContext(schema: sample.schema)).check(pipeline)
            } catch {
                expectPositioned(error, in: source)
                continue
            }
            // One `now()` for both, or a query reading the clock would differ by the time between.
            let now = StatementClock.current()
            let engine = answer { try Evaluator(now: now).run(checked, on: sample) }
            let reference = answer { try ReferenceEvaluator(now: now).run(checked, on: sample.rows) }
            guard engine == reference else {
                fatalError(
                    "engine and reference differ for \(source.text)\nengine:\n\(engine)\nreference:\n\(reference)")
            }
        }
    }

    static func answer(_ body: () throws -> [Value]) -> String {
        do {
            return JSONText.lines(try body())
        } catch {
            return "error: \(error)"
        }
    }

    /// A query's error must say where: a range inside the text (or just past its end), rendered
    /// without trouble.
    static func expectPositioned(_ error: any Error, in source: SourceFile) {
        guard let convertible = error as? any DiagnosticConvertible else {
            fatalError("an error without a diagnostic for \(source.text): \(error)")
        }
        let diagnostic = convertible.diagnostic
        guard let range = diagnostic.range else { fatalError("a diagnostic without a position: \(diagnostic.message)") }
        // The end of the input is a place too: "found the end of the input" points just past it.
        let length = source.text.utf8.count
        guard range.lowerBound >= 0, range.lowerBound <= range.upperBound, range.upperBound <= length + 1 else {
            fatalError("a position outside the text (\(range.lowerBound)..<\(range.upperBound) of \(length))")
        }
        _ = DiagnosticRenderer().render(diagnostic, in: source)
    }
}
