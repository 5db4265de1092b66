import Dispatch

/// Work split in two halves run on two threads, for the few loops a large book makes slow
/// (reading one is bound by one core otherwise). Results come back in order, as a plain loop
/// would give them.
public enum TwoCores {
    /// `transform` of each element, in order; the halves are computed concurrently when there
    /// are at least `minimumCount` elements.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], minimumCount: Int = 2,
                                                     _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count >= max(2, minimumCount) else { return items.map(transform) }
        let half = items.count / 2
        let parts = Parts<R>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let range = part == 0 ? 0..<half : half..<items.count
            parts.set(part, items[range].map(transform))
        }
        return parts.first + parts.second
    }
}

/// The two halves' results: each thread writes only its own property, and both are read after
/// `concurrentPerform` returns, which orders the writes before the reads.
private final class Parts<R: Sendable>: @unchecked Sendable {
    var first: [R] = []
    var second: [R] = []

    func set(_ part: Int, _ result: [R]) {
        if part == 0 { first = result } else { second = result }
    }
}
