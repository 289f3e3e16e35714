import AFQQuery
import AFQSources

/// What a pipeline's source word reads: the data's rows for `connectors`; for `changes`, the
/// comparison with the baseline, whose warnings are reported once the statement ends.
struct StatementRows {
    var rows: any RowSupplier
    var changes: ConnectorChanges? = nil
    var baseline: LoadedData? = nil
    /// The baseline names the data's own files, so the comparison is empty (and said so once).
    var baselineIsTheData = false
}
