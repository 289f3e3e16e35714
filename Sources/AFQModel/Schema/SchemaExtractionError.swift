/// Why a model type could not be described as a schema; always a mistake in AFQModel itself.
enum SchemaExtractionError: Error, CustomStringConvertible {
    /// The type's decoder asked for a member with `decode` rather than `decodeIfPresent`; every
    /// member must be optional so that lenient decoding and schema derivation agree
    /// (`ModelStructure`).
    case requiredMember(String)
    /// The type's decoder asked for a container other than a keyed one.
    case unsupportedContainer(String)
    /// No schema type corresponds to this Swift type.
    case unsupportedType(String)
    /// A structure contains itself; the walk would not end.
    case recursiveStructure(String)

    var description: String {
        switch self {
        case .requiredMember(let key): return "member `\(key)` is decoded as required"
        case .unsupportedContainer(let kind): return "the decoder asked for a \(kind) container"
        case .unsupportedType(let name): return "no schema type for `\(name)`"
        case .recursiveStructure(let name): return "`\(name)` contains itself"
        }
    }
}
