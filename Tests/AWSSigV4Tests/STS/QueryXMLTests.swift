import AFQTestSupport
import Foundation
import Testing

@testable import AWSSigV4

/// The XML reader for STS answers: real response texts, the XML it must refuse, its bounds,
/// and random input that must never crash it.
struct QueryXMLTests {
    @Test func readsAnAssumeRoleResponse() throws {
        let root = try QueryXML.parse(STSResponses.assumeRole)
        #expect(root.name == "AssumeRoleResponse")
        let result = try #require(root.child("AssumeRoleResult"))
        #expect(
            result.children.map(\.name) == ["SourceIdentity", "Credentials", "AssumedRoleUser", "PackedPolicySize"])
        #expect(result.value(at: "Credentials", "AccessKeyId") == "ASIA444455556666TEST")
        #expect(result.value(at: "Credentials", "SecretAccessKey") == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")
        #expect(result.value(at: "Credentials", "SessionToken") == "IQoJb3JpZ2luX2VjEXAMPLE+token/with/slashes==")
        #expect(result.value(at: "Credentials", "Expiration") == "2026-12-07T05:15:08.209089Z")
        #expect(
            result.value(at: "AssumedRoleUser", "Arn")
                == "arn:aws:sts::444455556666:assumed-role/AppFlowRead/afq-1796616908")
        #expect(root.value(at: "ResponseMetadata", "RequestId") == "c6104cbe-af31-11e0-8154-cbc7ccf896c7")
        #expect(result.element(at: "Credentials", "AccessKeyId")?.text == "ASIA444455556666TEST")
        #expect(result.value(at: "Credentials", "Nothing") == nil)
    }

    @Test func readsAWebIdentityResponseInAnyElementOrder() throws {
        let root = try QueryXML.parse(STSResponses.assumeRoleWithWebIdentity)
        let result = try #require(root.child("AssumeRoleWithWebIdentityResult"))
        #expect(result.value(at: "Credentials", "AccessKeyId") == "ASIA111122223333TEST")
        #expect(result.value(at: "AssumedRoleUser", "AssumedRoleId") == "AROACLKWSDQRAOEXAMPLE:app1")
        #expect(result.value(at: "Audience") == "sts.amazonaws.com")
    }

    @Test func readsAGetCallerIdentityResponse() throws {
        let root = try QueryXML.parse(STSResponses.getCallerIdentity)
        #expect(root.value(at: "GetCallerIdentityResult", "Account") == "123456789012")
        #expect(root.value(at: "GetCallerIdentityResult", "Arn") == "arn:aws:iam::123456789012:user/Alice")
        #expect(root.value(at: "GetCallerIdentityResult", "UserId") == "AKIAI44QH8DHBEXAMPLE")
    }

    @Test func decodesEntitiesAndCharacterReferences() throws {
        let root = try QueryXML.parse(STSResponses.accessDenied)
        #expect(root.name == "ErrorResponse")
        #expect(root.value(at: "Error", "Code") == "AccessDenied")
        #expect(
            root.value(at: "Error", "Message")
                == "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/AppFlowRead because \"sts:ExternalId\" <> 'x' & A"
        )
        let text = try QueryXML.parse("<m>&#128512;&#x1F600;&#xe9;é</m>").text
        #expect(text == "😀😀éé")
    }

    @Test func dropsNamespacePrefixesAndIgnoresAttributes() throws {
        let root = try QueryXML.parse(
            "<s:Envelope xmlns:s='urn:x' a=\"1\"><s:Body id='b&amp;c'><Value>v</Value></s:Body></s:Envelope>")
        #expect(root.name == "Envelope")
        #expect(root.value(at: "Body", "Value") == "v")
    }

    @Test func acceptsCDATACommentsProcessingInstructionsAndAByteOrderMark() throws {
        let text =
            "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- before -->\n<?app x?>"
            + "<a><b/><c>x<![CDATA[<not markup> & ]]>y<!-- note -->z<?pi data?></c><d></d></a>\n<!-- after -->\n"
        let root = try QueryXML.parse(text)
        #expect(root.children.map(\.name) == ["b", "c", "d"])
        #expect(root.child("c")?.text == "x<not markup> & yz")
        #expect(root.child("b")?.text == "")
        #expect(root.value(at: "d") == nil)
    }

    @Test func normalisesLineEnds() throws {
        #expect(try QueryXML.parse("<a>1\r\n2\r3&#13;</a>").text == "1\n2\n3\r")
    }

    @Test(arguments: [
        ("", "no root element"),
        ("   ", "no root element"),
        ("<a>", "<a> is not closed"),
        ("<a><b></a>", "</a> closes <b>"),
        ("<a></a>trailing", "content after the root element"),
        ("<a/><b/>", "content after the root element"),
        ("text<a/>", "text before the root element"),
        ("<a>&nbsp;</a>", "unknown entity"),
        ("<a>&#0;</a>", "a character reference to a character XML does not allow"),
        ("<a>&#xD800;</a>", "a character reference to a character XML does not allow"),
        ("<a>&#x+41;</a>", "unknown entity"),
        ("<a>&#;</a>", "unknown entity"),
        ("<a>AT&T</a>", "'&' that starts no reference"),
        ("<a>x & y;</a>", "unknown entity"),
        ("<!DOCTYPE a [<!ENTITY e 'boom'>]><a>&e;</a>", "document type declarations"),
        ("<a><!ELEMENT x></a>", "<! constructs"),
        ("<a b='1' b='2'/>", "attribute b appears twice"),
        ("<a b=1/>", "not quoted"),
        ("<a b='1'c='2'/>", "separated by white space"),
        ("<a b='<'/>", "'<' inside the value of attribute b"),
        ("<a b></a>", "'=' expected after attribute b"),
        ("<a>\u{01}</a>", "a control character"),
        ("<a>]]></a>", "']]>' in character data"),
        ("<a><!-- x -- y --></a>", "'--' inside a comment"),
        ("<a><!-- open</a>", "ends inside a comment"),
        ("<a><![CDATA[x</a>", "ends inside a CDATA section"),
        ("<a/><?xml version='1.0'?>", "an XML declaration that is not at the start"),
        ("<1a/>", "a name was expected"),
        ("<a></ a>", "a name was expected"),
        ("<a></a", "'>' expected after the end tag name"),
        ("<a", "ends inside a start tag"),
        ("</a>", "unexpected end tag"),
    ])
    func refusesMalformedXML(_ text: String, _ problem: String) {
        let error = #expect(throws: QueryXMLError.self) { _ = try QueryXML.parse(text) }
        #expect(error?.problem.contains(problem) == true, "\(String(describing: error))")
    }

    @Test func refusesInvalidUTF8AndSaysWhere() {
        let bytes = Array("<a>ok".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        #expect(throws: QueryXMLError(offset: 5, problem: "the document is not valid UTF-8")) {
            _ = try QueryXML.parse(bytes)
        }
    }

    @Test func boundsTheDepth() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "<e>", count: depth) + "x" + String(repeating: "</e>", count: depth)
        }
        var element = try QueryXML.parse(nested(32))
        for _ in 1..<32 { element = try #require(element.child("e")) }
        #expect(element.text == "x")
        #expect(throws: QueryXMLError(offset: 96, problem: "elements nest deeper than 32 levels")) {
            _ = try QueryXML.parse(nested(33))
        }
        #expect(throws: QueryXMLError.self) { _ = try QueryXML.parse(nested(5), maxDepth: 4) }
        // Far deeper than any stack would survive by recursion: refused at once.
        #expect(throws: QueryXMLError.self) { _ = try QueryXML.parse(String(repeating: "<e>", count: 200_000)) }
    }

    @Test func boundsTheSize() throws {
        let text = "<a>" + String(repeating: "x", count: 100) + "</a>"
        _ = try QueryXML.parse(Array(text.utf8), maxBytes: 107)
        #expect(throws: QueryXMLError(offset: 106, problem: "the document is longer than 106 bytes")) {
            _ = try QueryXML.parse(Array(text.utf8), maxBytes: 106)
        }
        let long = "<" + String(repeating: "n", count: 300) + "/>"
        #expect(throws: QueryXMLError.self) { _ = try QueryXML.parse(long) }
    }

    /// A malformed answer may still hold credentials: the error says where, not what.
    @Test func errorsNeverQuoteTheDocument() {
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"
        for text in [
            "<a><SecretAccessKey>\(secret)</SecretAccessKey>&bogus;</a>", "<a>\(secret)", "<a>\(secret)</b>",
            "<a x='\(secret)' x='\(secret)'/>", "\(secret)<a/>",
        ] {
            do {
                _ = try QueryXML.parse(text)
                Issue.record("accepted \(text.count) bytes of malformed XML")
            } catch {
                #expect(!error.description.contains(secret))
                #expect(!error.description.contains("EXAMPLEKEY"))
            }
        }
    }

    /// Random trees, written out with every character that needs escaping, read back equal.
    @Test func readsBackWhatAWriterEscaped() throws {
        var random = SplitMix64(seed: 0x5157_4D4C)
        let alphabet = Array("ab <>&\"'\t\n;#xé😀]")
        for _ in 0..<300 {
            let tree = Self.randomTree(&random, depth: 0, alphabet: alphabet)
            let parsed = try QueryXML.parse(Self.write(tree))
            #expect(parsed == tree)
        }
    }

    /// Random token soup and mutated real answers: each is read or refused with a
    /// `QueryXMLError`, never a crash or a hang.
    @Test func randomInputNeverCrashes() {
        var random = SplitMix64(seed: 0xF022_0001)
        let tokens = [
            "<", ">", "</", "/>", "<a>", "</a>", "<b x='1'>", "</b>", "&", "&amp;", "&#", "&#x", "1", "F", ";", "<!--",
            "-->", "<![CDATA[", "]]>", "<?", "?>", "<?xml ", "<!DOCTYPE", "'", "\"", "=", " ", "\n", "\r", "é", "\u{0}",
            "text", ":", "ns:a",
        ]
        var accepted = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.next(below: 40) { text += tokens[random.next(below: tokens.count)] }
            if (try? QueryXML.parse(text)) != nil { accepted += 1 }
        }
        let samples = [STSResponses.assumeRole, STSResponses.accessDenied, STSResponses.getCallerIdentity].map {
            Array($0.utf8)
        }
        for _ in 0..<3_000 {
            var bytes = samples[random.next(below: samples.count)]
            for _ in 0..<(1 + random.next(below: 4)) {
                let index = random.next(below: bytes.count)
                switch random.next(below: 3) {
                case 0: bytes[index] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: index)
                default: bytes.insert(Array("<>&;/'\"".utf8)[random.next(below: 7)], at: index)
                }
            }
            do {
                _ = try QueryXML.parse(bytes)
                accepted += 1
            } catch {
                #expect(error.offset >= 0 && error.offset <= bytes.count)
            }
        }
        // Some inputs are well formed, so the reader is not refusing everything.
        #expect(accepted > 0)
    }

    static func randomTree(_ random: inout SplitMix64, depth: Int, alphabet: [Character]) -> QueryXMLElement {
        var text = ""
        for _ in 0..<random.next(below: 6) { text.append(alphabet[random.next(below: alphabet.count)]) }
        var children: [QueryXMLElement] = []
        if depth < 4 {
            for _ in 0..<random.next(below: 3) {
                children.append(randomTree(&random, depth: depth + 1, alphabet: alphabet))
            }
        }
        let names = ["A", "b1", "c-d", "e.f", "_g", "Ünï"]
        return QueryXMLElement(name: names[random.next(below: names.count)], children: children, text: text)
    }

    /// Text first, then children; `\r` never occurs, so no line-end normalisation applies.
    static func write(_ element: QueryXMLElement) -> String {
        var escaped = ""
        for character in element.text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "😀": escaped += "&#x1F600;"
            default: escaped.append(character)
            }
        }
        return "<\(element.name)>\(escaped)" + element.children.map(write).joined() + "</\(element.name)>"
    }
}
