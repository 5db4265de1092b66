/// How much attention a customer gets.
public enum Tier: String, Sendable, CaseIterable {
    case key, regular, watch
}
