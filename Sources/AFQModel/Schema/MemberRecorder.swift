/// The members one structure's decoder asked for, first request of each key only.
final class MemberRecorder {
    private(set) var members: [(key: String, type: any Decodable.Type)] = []

    func record(_ key: String, _ type: any Decodable.Type) {
        guard !members.contains(where: { $0.key == key }) else { return }
        members.append((key, type))
    }
}
