import AFQModel
import AFQQuery
import Foundation
import Testing

/// The timestamp forms of AppFlow responses: the wire's epoch seconds (a JSON number, integer or
/// fractional) and the ISO 8601 strings the AWS CLI prints (AWS CLI User Guide, "Configuration
/// and credential file settings", `cli_timestamp_format`); docs/recording.md, "What afq reads".
struct APITimestampTests {
    /// 2021-02-03T09:47:58.123Z (epoch 1612345678.123), the instant of the examples in
    /// docs/recording.md, "What afq reads".
    static let exampleInstant = 1_612_345_678.123

    private struct Holder: Decodable {
        let registeredAt: APITimestamp?
    }

    private func decode(_ jsonValue: String) throws -> APITimestamp? {
        try Fixture.decode(Holder.self, json: #"{"registeredAt": \#(jsonValue)}"#).registeredAt
    }

    @Test(arguments: [
        ("1612345678", 1_612_345_678.0),
        ("1612345678.123", exampleInstant),
        (#""1612345678""#, 1_612_345_678.0),
        (#""1612345678.123""#, exampleInstant),
        (#""2021-02-03T09:47:58Z""#, 1_612_345_678.0),
        (#""2021-02-03T09:47:58+00:00""#, 1_612_345_678.0),
        (#""2021-02-03T09:47:58.123000+00:00""#, exampleInstant),
        (#""2021-02-03T01:47:58.123000-08:00""#, exampleInstant),
        (#""2021-02-03T15:17:58.123+05:30""#, exampleInstant),
    ])
    func readsTheInstantFromEveryWireAndCLIForm(json: String, seconds: Double) throws {
        let timestamp = try #require(try decode(json))
        #expect(abs(timestamp.timestamp.secondsSince1970 - seconds) < 1e-6)
    }

    @Test func readsTheCLIsLocalOffsetAsTheExactUTCInstant() throws {
        let timestamp = try #require(try decode(#""2021-02-03T01:47:58.123000-08:00""#))
        #expect(timestamp.timestamp.iso8601 == "2021-02-03T09:47:58.123Z")
        #expect(timestamp.description == "2021-02-03T09:47:58.123Z")
    }

    @Test func readsNullAsAbsent() throws {
        #expect(try decode("null") == nil)
    }

    /// Instants outside years 0001 to 9999 too: afq could not print them as ISO 8601.
    @Test(arguments: [
        #""yesterday""#, #""nan""#, #""inf""#, #""0x10""#, "true", #""2021-13-01T00:00:00Z""#, "1e20", "-1e20",
        #""1e20""#, "253402300800", #""0000-01-01""#,
    ])
    func rejectsWhatIsNotATimestamp(json: String) {
        #expect(throws: DecodingError.self) { try decode(json) }
    }

    @Test func encodesAsEpochSeconds() throws {
        let encoder = JSONEncoder()
        let whole = try encoder.encode([APITimestamp(secondsSince1970: 1_683_201_600)])
        #expect(String(decoding: whole, as: UTF8.self) == "[1683201600]")
        let fractional = try encoder.encode([APITimestamp(secondsSince1970: 1_683_201_600.25)])
        #expect(String(decoding: fractional, as: UTF8.self) == "[1683201600.25]")
    }

    @Test func tellsOutOfRangeFromNotATimestamp() {
        #expect(APITimestamp.reading("1e20") == .outOfRange)
        #expect(APITimestamp.reading("1e400") == .outOfRange)
        #expect(APITimestamp.reading("0000-06-01T00:00:00Z") == .outOfRange)
        #expect(APITimestamp.reading("soon") == .notATimestamp)
        #expect(APITimestamp.reading("1.2.3") == .notATimestamp)
        #expect(APITimestamp.reading("253402300799") == .timestamp(APITimestamp(secondsSince1970: 253_402_300_799)))
    }
}
