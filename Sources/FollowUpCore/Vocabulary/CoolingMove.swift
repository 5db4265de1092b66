/// The three changes that calm an angry customer (seeds 001, 步骤一: 人、地、时).
public enum CoolingMove: String, Sendable, CaseIterable, Equatable {
    /// Change the person: bring in a manager or a colleague.
    case person
    /// Change the place: move the talk somewhere quieter.
    case place
    /// Change the time: promise a reply after looking into it.
    case time
}
