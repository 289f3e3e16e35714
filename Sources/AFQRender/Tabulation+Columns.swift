import AFQQuery

extension Tabulation {
    /// A tabulation with one more column at the right, for a renderer that draws a column of its
    /// own (`chart`'s bars); `cells` holds one value per row.
    func appending(column: String, cells: [Value]) -> Tabulation {
        Tabulation(columns: columns + [column], rows: zip(rows, cells).map { $0 + [$1] })
    }
}
