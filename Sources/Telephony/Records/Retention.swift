/// How much finished work the engine keeps in memory (issue 9). Whatever is kept, a completed
/// contact shrinks to its record: once its call has ended and every segment on the call is
/// completed, the segments are dropped and only their records stay.
///
/// The default keeps every record, every ended call and every transcript line, which is what
/// scripts need: their expectations may read any record, any caller, any transcript. A long run
/// (the CCP, the benchmark) bounds the rest; records can also stream out as they complete
/// (`Engine.onRecord`).
public struct Retention: Sendable, Equatable {
    /// Completed records kept for `completedRecords` and `allRecords`, the latest ones; nil keeps all.
    public var records: Int?
    /// Ended calls kept (with their callers' and external parties' transcripts), the latest to
    /// end; nil keeps all.
    public var endedCalls: Int?
    /// Lines kept in each party's transcript, the latest; nil keeps all.
    public var transcriptLines: Int?

    public init(records: Int? = nil, endedCalls: Int? = nil, transcriptLines: Int? = nil) {
        self.records = records.map { max(0, $0) }
        self.endedCalls = endedCalls.map { max(0, $0) }
        self.transcriptLines = transcriptLines.map { max(1, $0) }
    }

    /// Everything kept: scripts and tests.
    public static let everything = Retention()

    /// The CCP: what its panels and its `:` line can show, for as long as it runs.
    public static let interactive = Retention(records: 1000, endedCalls: 50, transcriptLines: 2000)
}
