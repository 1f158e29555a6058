// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Guidepost",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guidepost", targets: ["guidepost"]),
        .library(name: "GuidepostCore", targets: ["GuidepostCore"]),
        // For the fuzz-qr target in Fuzz/, which has no other way to reach it.
        .library(name: "GuidepostQR", targets: ["GuidepostQR"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Exact: compiled templates read swift-mustache's parsed tokens by reflection, in the
        // layout of this version (see CompiledTemplate+Reading.swift).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "GuidepostMarkdown",
            dependencies: ["CCmarkGFM"]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "GuidepostQR",
            dependencies: ["CQRencode"]
        ),
        .target(
            name: "GuidepostCore",
            dependencies: [
                "GuidepostMarkdown",
                "GuidepostQR",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Starter/content"]
        ),
        .target(
            name: "GuidepostPreview",
            dependencies: [
                "GuidepostCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "guidepost",
            dependencies: [
                "GuidepostCore",
                "GuidepostPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc instead of glibc's allocator: cmark-gfm and Swift allocate many small
            // blocks from every core, and a build takes 15% less time (docs/benchmarks.md).
            // `make deps` installs libjemalloc-dev.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "guidepost-bench",
            dependencies: ["GuidepostCore"]
        ),
        .testTarget(name: "GuidepostMarkdownTests", dependencies: ["GuidepostMarkdown"]),
        .testTarget(name: "GuidepostQRTests", dependencies: ["GuidepostQR"]),
        .testTarget(
            name: "GuidepostCoreTests",
            dependencies: [
                "GuidepostCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "GuidepostPreviewTests",
            dependencies: [
                "GuidepostPreview",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "GuidepostCLITests",
            dependencies: [
                "guidepost",
                // A feed server on loopback for the tests of 'guidepost meetings fetch'.
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
