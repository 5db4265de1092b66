#if canImport(Glibc)
import Glibc
#endif

/// The process environment as a dictionary.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }
}
