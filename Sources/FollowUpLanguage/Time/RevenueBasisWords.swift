import FollowUpCore

/// What a key-account report counts, when the line says: `by payments`, `by cash received`,
/// 按回款 (money received), or `by invoices`, 按开票 (the default, said outright).
enum RevenueBasisWords {
    static let table = PhraseTable<RevenueBasis>([
        ("by payments", .paid), ("by payment", .paid), ("by paid", .paid), ("by money received", .paid),
        ("by cash received", .paid), ("by cash", .paid), ("by collections", .paid), ("by receipts", .paid),
        ("by amount paid", .paid), ("by what they paid", .paid), ("on payments", .paid), ("paid basis", .paid),
        ("by invoices", .invoiced), ("by invoiced", .invoiced), ("by sales", .invoiced), ("by invoice", .invoiced),
        ("by revenue", .invoiced), ("by billing", .invoiced),
        ("按回款", .paid), ("按收款", .paid), ("按到账", .paid), ("按付款", .paid), ("按实收", .paid), ("按回款额", .paid),
        ("按开票", .invoiced), ("按发票", .invoiced), ("按销售额", .invoiced), ("按开票额", .invoiced), ("按销售", .invoiced),
    ])

    static func find(_ a: Analysis) -> (RevenueBasis, Range<Int>)? {
        table.firstMatch(a.tokens).map { ($0.value, $0.start..<($0.start + $0.length)) }
    }
}
