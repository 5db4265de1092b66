import FollowUpCore

/// One fact of a customer's file said in plain words (`customer.file`): a contact's role or
/// birthday, how the customer likes to be reached, a note, one of seed 002's judgements, or the
/// tier. The customer is `Slots.customer`, the person `Slots.contact`, each as typed.
public enum CustomerFileFact: Sendable, Equatable {
    /// `Li Wei is Acme's economic buyer`, 王经理是东方酒店的技术负责人.
    case role(ContactRole)
    /// `Li Wei's birthday is May 3`, 张总生日3月5日.
    case birthday(MonthDay)
    /// `Acme prefers WeChat`, 东方酒店喜欢用微信联系.
    case prefers(ContactMethod)
    /// `note for Acme: closed on Sundays`, 东方酒店备注:周日不营业 (also `Acme prefers X` for anything
    /// that is no way of reaching them: the words are kept as a note).
    case note(String)
    /// `Acme needs a lot of service` (high), 华强电子需要很多服务.
    case service(Degree)
    /// `Acme is price sensitive` (high), 东方酒店对价格很敏感.
    case price(Degree)
    /// `Acme wants a long-term partnership`, 东方酒店希望长期合作.
    case partnership(Bool)
    /// `make Acme a key account`, 把东方酒店设为大客户.
    case tier(Tier)
    /// `Acme was founded on 1998-06-01`, 东方酒店成立于2001年3月8日; the year may be left out
    /// (`Acme was founded on March 5`, 东方酒店的成立日是3月5日).
    case founded(MonthDay)
    /// `no holiday greetings for Acme` (false), `holiday greetings for Acme again` (true),
    /// 东方酒店不发节日问候.
    case holidayGreetings(Bool)

    /// The name `parse --json` prints for the fact's kind.
    public var name: String {
        switch self {
        case .role: return "role"
        case .birthday: return "birthday"
        case .prefers: return "prefers"
        case .note: return "note"
        case .service: return "service"
        case .price: return "price"
        case .partnership: return "partnership"
        case .tier: return "tier"
        case .founded: return "founded"
        case .holidayGreetings: return "holiday_greetings"
        }
    }

    /// The value as `parse --json` prints it.
    public var value: String {
        switch self {
        case .role(let r): return r.rawValue
        case .birthday(let d): return d.description
        case .prefers(let m): return m.rawValue
        case .note(let t): return t
        case .service(let d), .price(let d): return d.rawValue
        case .partnership(let b): return b ? "yes" : "no"
        case .tier(let t): return t.rawValue
        case .founded(let d): return d.description
        case .holidayGreetings(let b): return b ? "yes" : "no"
        }
    }
}
