/// Short constructors for time patterns, so rule tables read like grammar.
enum TP {
    static func w(_ phrases: String...) -> TimePiece { .word(PhraseTable(phrases)) }
    static func opt(_ phrases: String...) -> TimePiece { .optional(PhraseTable(phrases)) }
    static func t(_ table: PhraseTable<Int>) -> TimePiece { .table(table) }
    static func optT(_ table: PhraseTable<Int>, absent: Int) -> TimePiece { .optionalTable(table, absent: absent) }
    static func n(_ range: ClosedRange<Int>, words: Bool = false) -> TimePiece { .number(range, words: words) }
    static func g(_ p: TimePiece) -> TimePiece { .glued(p) }
    static let ordinal = TimePiece.ordinal
    static let year = TimePiece.year
}
