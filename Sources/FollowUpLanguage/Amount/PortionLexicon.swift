/// Shares of what is owed said in words: "the rest", "half", "in full", 余款, 一半, 全部.
enum PortionLexicon {
    static let portions = PhraseTable<AmountPortion>([
        ("the rest", .rest), ("rest", .rest), ("the remainder", .rest), ("remainder", .rest), ("the remaining", .rest),
        ("remaining balance", .rest), ("the remaining balance", .rest), ("what's left", .rest), ("what is left", .rest),
        ("whatever is left", .rest), ("the rest of it", .rest), ("balance due", .rest), ("the outstanding balance", .all),
        ("half", .half), ("half of it", .half), ("half the amount", .half), ("half of what they owe", .half),
        ("50%", .half), ("in full", .all), ("everything", .all), ("all of it", .all), ("the full amount", .all),
        ("the whole amount", .all), ("the whole thing", .all), ("everything owed", .all), ("all they owe", .all),
        ("all it owes", .all), ("paid up", .all), ("paid off", .all), ("settled up", .all),
        ("余款", .rest), ("剩下的", .rest), ("剩余的", .rest), ("剩下", .rest), ("剩余", .rest), ("尾款", .rest),
        ("余下的", .rest), ("剩余款项", .rest), ("一半", .half), ("一半的钱", .half), ("半数", .half),
        ("全部", .all), ("全款", .all), ("全额", .all), ("所有欠款", .all), ("全部欠款", .all), ("结清", .all),
        ("付清", .all), ("还清", .all), ("全部付清", .all), ("全部结清", .all),
    ])

    /// `the balance` is what is left to pay only in a promise or payment; elsewhere it asks for
    /// a statement ("what's the balance of Acme").
    static let balance = PhraseTable<AmountPortion>([("the balance", .rest), ("the remaining balance", .rest),
                                                    ("balance", .rest), ("the full balance", .all)])

    /// The first portion phrase on free tokens, with the tokens it covers.
    static func find(_ a: Analysis, balanceToo: Bool = false) -> (portion: AmountPortion, range: Range<Int>)? {
        var i = 0
        while i < a.count {
            for table in balanceToo ? [portions, balance] : [portions] {
                if a.isFree(i), let m = table.match(a.tokens, at: i), (i..<(i + m.length)).allSatisfy({ a.isFree($0) }) {
                    return (m.value, i..<(i + m.length))
                }
            }
            i += 1
        }
        return nil
    }
}
