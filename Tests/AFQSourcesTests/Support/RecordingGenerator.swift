/// Random recordings in every shape `RecordedData` reads, with the oddities the streamed reader
/// must get right: unknown keys, duplicate keys, escapes, timestamps in every spelling (and bad
/// ones), map entries without a type, summaries, recordings, and now and then a broken line.
struct RecordingGenerator {
    var random: SplitMix64

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func recording(lines: Int, malformed: Bool) -> String {
        var out: [String] = []
        for _ in 0..<lines { out.append(line()) }
        if malformed, !out.isEmpty {
            let i = Int(random.next() % UInt64(out.count))
            out[i] = String(out[i].dropLast(Int(random.next() % 5) + 1))
        }
        if chance(30) { out.insert("", at: Int(random.next() % UInt64(out.count))) }
        return out.joined(separator: "\n") + (chance(50) ? "\n" : "")
    }

    mutating func line() -> String {
        let region = pick(["us-east-1", "eu-west-1"])
        let account = pick(["111122223333", "444455556666"])
        switch random.next() % 20 {
        case 0, 1:
            return row(type: true)
        case 2:
            let summary = "{\"connectorType\":\"CustomConnector\",\"connectorLabel\":\"\(pick(["a", "b", "c"]))\"}"
            return
                "{\"connectorConfigurations\":{\"S3\":\(row(type: false)),\"Slack\":null},\"connectors\":[\(summary)],\"nextToken\":\"x\",\"region\":\"\(region)\"}"
        case 3:
            return
                "{\"connectorConfigurations\":{\"S3\":\(row(type: false)),\"CustomConnector\":\(row(type: true))},\"accountId\":\"\(account)\"}"
        case 4:
            return
                "{\"afqRecording\":1,\"region\":\"\(region)\",\"accountId\":\"\(account)\",\"operation\":\"DescribeConnector\",\"response\":{\"connectorConfiguration\":\(row(type: true))}}"
        case 5:
            return
                "[{\"connectorConfiguration\":\(row(type: true))},{\"region\":\"\(region)\",\"connectorConfiguration\":\(row(type: true))}]"
        default:
            let provenance = chance(80) ? "\"region\":\"\(region)\",\"accountId\":\"\(account)\"," : ""
            return "{\(provenance)\"connectorConfiguration\":\(row(type: true))}"
        }
    }

    /// Write operations spelled with escapes, beside values that are not operations, texts
    /// holding one, and values that are not lists.
    static let oddWriteOperations = [
        #"["UPS\u0045RT","INSERT"]"#, #"[1,null,["UPSERT"],{"x":"UPSERT"},"UPSERT",true]"#,
        #"["x\"UPSERT\"","UPSERTED","Ü","UPSERT"]"#, #"["INS\u00c9RT","INSÉRT", "INSERT" ]"#,
        #""UPSERT INSERT""#, #"{"UPSERT":true}"#, "[ ]", #"["\u0055PSERT"]"#,
    ]

    mutating func row(type: Bool) -> String {
        var members: [String] = []
        func add(_ key: String, _ value: String) { members.append("\"\(key)\":\(value)") }
        if chance(80) { add("canUseAsSource", pick(["true", "false"])) }
        if chance(80) { add("canUseAsDestination", pick(["true", "false", "null"])) }
        if chance(70) {
            let ops = ["INSERT", "UPSERT", "UPDATE", "DELETE", "MERGE"].filter { _ in chance(50) }
            add("supportedWriteOperations", "[" + ops.map { "\"\($0)\"" }.joined(separator: ",") + "]")
        } else if chance(40) {
            // What a reader keeping only some texts of a list must not get wrong (`KeptTexts`).
            add("supportedWriteOperations", pick(Self.oddWriteOperations))
        }
        if type, chance(90) { add("connectorType", "\"\(pick(["S3", "Slack", "Salesforce", "CustomConnector"]))\"") }
        if chance(60) { add("connectorLabel", "\"\(pick(["a", "b", "c", "l\\u00e9", "q\\\"x"]))\"") }
        if chance(85) {
            add("connectorName", pick(["\"Amazon S3\"", "\"Slack\"", "\"Caf\\u00e9 \\ud83d\\ude00\"", "\"x\"", "7"]))
        }
        if chance(60) {
            add(
                "connectorArn",
                "\"arn:aws:appflow:\(pick(["ap-south-1", "eu-west-1"])):\(pick(["999988887777", "111122223333"])):connector/x\""
            )
        }
        if chance(50) { add("connectorModes", pick(["[]", "[\"SOURCE\"]", "[\"SOURCE\",\"DESTINATION\"]"])) }
        if chance(60) {
            let grants = pick([
                "", ",\"grants\":[\"CLIENT_CREDENTIALS\",\"JWT_BEARER\"]", ",\"grants\":[\"JWT_BEARER\"]",
            ])
            add(
                "authenticationConfig",
                "{\"isOAuth2Supported\":\(pick(["true", "false"])),\"isBasicAuthSupported\":true,\"more\":{\"deep\":[1,2,{\"x\":null}]}\(grants)}"
            )
        }
        if chance(60) {
            add(
                "registeredAt",
                pick([
                    "1612345678", "1612345678.5", "\"2023-05-04T12:00:00Z\"", "\"1700000000\"", "\"soon\"", "null",
                    "true",
                ]))
        }
        if chance(30) {
            add(
                "versionHistory",
                "[{\"version\":\"1\",\"releasedAt\":1600000000},{\"version\":\"2\",\"releasedAt\":\"later\"}]")
        }
        if chance(25) { add("extraField", pick(["5", "1", "{\"inner\":true}", "\"text\""])) }
        if chance(10) { add("connectorName", "\"Duplicate\"") }
        if chance(20) { add("region", "\"bare-region\"") }
        var shuffled = members
        if chance(30) { shuffled.shuffle(using: &random) }
        return "{" + shuffled.joined(separator: pick([",", ", "])) + "}"
    }
}

import AFQTestSupport
