// swift-tools-version:6.0
// libFuzzer targets for Guidepost, kept out of the main package so that its `swift build` and
// `swift test` never see them. Build and run them with `make fuzz` (see Fuzz/fuzz.sh).
import PackageDescription

/// libFuzzer supplies `main`; each target only defines `LLVMFuzzerTestOneInput`.
let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "GuidepostFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Guidepost", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "GuidepostCore", package: "Guidepost")]
        ),
        .executableTarget(
            name: "fuzz-markdown",
            dependencies: ["FuzzSupport", .product(name: "GuidepostCore", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
        .executableTarget(
            name: "fuzz-catalog",
            dependencies: ["FuzzSupport", .product(name: "GuidepostCore", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
        .executableTarget(
            name: "fuzz-templates",
            dependencies: ["FuzzSupport", .product(name: "GuidepostCore", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
        .executableTarget(
            name: "fuzz-links",
            dependencies: ["FuzzSupport", .product(name: "GuidepostCore", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
        .executableTarget(
            name: "fuzz-meetings",
            dependencies: ["FuzzSupport", .product(name: "GuidepostCore", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
        .executableTarget(
            name: "fuzz-qr",
            dependencies: ["FuzzSupport", .product(name: "GuidepostQR", package: "Guidepost")],
            swiftSettings: fuzzerSettings
        ),
    ]
)
