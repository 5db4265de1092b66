// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FollowUp",
    products: [
        .executable(name: "followup", targets: ["followup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Play files are YAML (comments, multi-line text); Yams reads them with line numbers for errors.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // RFC 4180 CSV out of every report and in from accounting exports.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "FollowUpCore"),
        .target(name: "FollowUpStore", dependencies: ["FollowUpCore"]),
        .target(name: "FollowUpLanguage", dependencies: ["FollowUpCore"]),
        // The bundled plays are compiled into the binary, so `followup` copied alone still has them.
        .target(
            name: "FollowUpPlaybook",
            dependencies: ["FollowUpCore", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Plays")]
        ),
        .target(
            name: "FollowUpAssistant",
            dependencies: ["FollowUpCore", "FollowUpStore", "FollowUpLanguage", "FollowUpPlaybook",
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "followup",
            dependencies: [
                "FollowUpAssistant", "FollowUpStore", "FollowUpLanguage", "FollowUpCore", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FollowUpCoreTests", dependencies: ["FollowUpCore"]),
        .testTarget(name: "FollowUpStoreTests", dependencies: ["FollowUpStore", "FollowUpCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "FollowUpLanguageTests",
            dependencies: ["FollowUpLanguage", "FollowUpCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FollowUpPlaybookTests",
            dependencies: ["FollowUpPlaybook", "FollowUpCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FollowUpAssistantTests",
            // CSV: the tests read the reports' CSV back with the library's own reader.
            dependencies: ["FollowUpAssistant", "FollowUpStore", "FollowUpLanguage", "FollowUpCore", "FollowUpPlaybook",
                           .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["followup", "FollowUpAssistant", "FollowUpStore", "FollowUpCore", "FollowUpPlaybook"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
