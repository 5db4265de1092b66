/// The play files compiled into the binary (`Plays/*.yaml`), by file name.
public enum BundledPlays {
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("README.yaml", PackageResources.README_yaml),
    ]
}
