// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FollowUp",
    products: [
        .executable(name: "followup", targets: ["followup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .target(
            name: "FollowUpAssistant",
            dependencies: ["FollowUpCore", "FollowUpStore", "FollowUpLanguage"]
        ),
        .executableTarget(
            name: "followup",
            dependencies: [
                "FollowUpAssistant", "FollowUpStore", "FollowUpLanguage", "FollowUpCore", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FollowUpCoreTests", dependencies: ["FollowUpCore"]),
        .testTarget(name: "FollowUpStoreTests", dependencies: ["FollowUpStore", "FollowUpCore"]),
        .testTarget(
            name: "FollowUpLanguageTests",
            dependencies: ["FollowUpLanguage", "FollowUpCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FollowUpAssistantTests",
            dependencies: ["FollowUpAssistant", "FollowUpStore", "FollowUpLanguage", "FollowUpCore"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["followup", "FollowUpAssistant", "FollowUpStore", "FollowUpCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
