import Foundation
import Testing

@testable import AWSSigV4

struct SigningDateTests {
    @Test func formatsTheVectorTime() {
        #expect(Vectors.date.amzDate == "20150830T123600Z")
        #expect(Vectors.date.dateStamp == "20150830")
    }

    @Test(arguments: [
        (Int64(0), "19700101T000000Z"), (951_782_400, "20000229T000000Z"), (1_709_251_199, "20240229T235959Z"),
        (4_102_444_800, "21000101T000000Z"), (-1, "19691231T235959Z"),
    ])
    func formatsCalendarEdges(_ seconds: Int64, _ expected: String) {
        #expect(SigningDate(secondsSince1970: seconds).amzDate == expected)
    }

    @Test func truncatesFoundationDates() {
        #expect(SigningDate(Date(timeIntervalSince1970: 1_440_938_160.9)) == Vectors.date)
    }
}
