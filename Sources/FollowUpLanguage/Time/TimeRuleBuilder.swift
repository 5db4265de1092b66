/// Short constructors for time patterns, so rule tables read like grammar.
enum TP {
    static func w(_ phrases: String...) -> TimePiece { .word(PhraseTable(phrases)) }
    static func opt(_ phrases: String...) -> TimePiece { .optional(PhraseTable(phrases)) }
    static func t<T: Sendable>(_ table: PhraseTable<T>) -> TimePiece { .table(TimeTable(table)) }
    static func optT<T: Sendable>(_ table: PhraseTable<T>, absent: T) -> TimePiece {
        .optionalTable(TimeTable(table), absent: absent)
    }
    static func n(_ range: ClosedRange<Int>, words: Bool = false) -> TimePiece { .number(range, words: words) }
    static func g(_ p: TimePiece) -> TimePiece { .glued(p) }
    static func e(_ kind: SpanKind) -> TimePiece { .expr(kind) }
    static let ordinal = TimePiece.ordinal
    static let year = TimePiece.year
    static let dotted = TimePiece.dotted
    static let chineseOrdinal = TimePiece.chineseOrdinal
}
