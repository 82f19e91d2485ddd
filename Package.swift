// swift-tools-version:6.0
import PackageDescription

/// Release builds of the engine (and of the benchmark's driver, which runs in the same loop):
/// - skip Swift's runtime exclusivity checks: both are single-threaded and touch their tables constantly, and
///   the checks cost a tenth of the engine's time;
/// - end each reference's life at its last use rather than at the end of its scope (lexical lifetimes off), which
///   lets the optimizer drop retain/release pairs: these atomic operations were about 40% of the contact loop's
///   CPU time, and this removes 6% of them (issue 9, perf and callgrind). Safe here because these modules have no
///   deinit with side effects and no weak reference whose object only a local keeps alive (the one weak
///   reference, `Engine.flowActionInterceptor`, is held by its owner in another module).
/// Debug builds, and so every test run, keep the defaults.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-enable-lexical-lifetimes=false"], .when(configuration: .release))]

let package = Package(
    name: "termccp",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "termccp", targets: ["termccp"]),
        .executable(name: "termccp-bench", targets: ["Benchmark"]),
        .executable(name: "termccp-render-bench", targets: ["RenderBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Text cut and wrapped to terminal columns between whole words: the CCP's screens and every lower
        // module's messages cut text one way.
        .target(name: "TextFit"),
        .target(
            name: "Telephony",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: releaseSpeed
        ),
        .target(
            name: "Flows",
            dependencies: ["Telephony", "TextFit"],
            resources: [.embedInCode("Defaults/Resources")],
            swiftSettings: releaseSpeed
        ),
        .target(
            name: "Scenario",
            dependencies: ["Telephony", "Flows", "TextFit", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources")]
        ),
        .target(name: "Script", dependencies: ["Telephony", "Flows", "Scenario", "TextFit"]),
        .target(name: "ConnectTests", dependencies: ["Flows", "Telephony"]),
        .target(name: "Reports", dependencies: ["Telephony", "TextFit"]),
        .target(name: "Import", dependencies: ["Flows", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Training",
            dependencies: ["Telephony", "Flows", "Scenario", "Script", "TextFit", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources")]
        ),
        .target(name: "CCP", dependencies: ["Telephony", "Flows", "Script", "Training", "TextFit"], exclude: ["KEYS.md"]),
        // ncursesw and tinfo linked through a shim header, not pkg-config: SwiftPM drops pkg-config's -D flags,
        // which hides the wide-character API (docs/swift-ncurses.md).
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "Terminal", dependencies: ["CCP", "CNcurses", "Reports"]),
        .target(name: "OutputFiles", dependencies: ["Terminal"]),
        .executableTarget(
            name: "termccp",
            dependencies: [
                "Telephony", "Flows", "Scenario", "Script", "Training", "CCP", "Terminal", "ConnectTests", "Reports", "Import", "OutputFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "Benchmark",
            dependencies: ["Telephony", "Flows", "Scenario", "OutputFiles", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // The driver plays the agents inside the timed loop: its checks are the harness's cost, not the engine's.
            swiftSettings: releaseSpeed
        ),
        .executableTarget(
            name: "RenderBench",
            dependencies: ["CCP", "Scenario", "Script", "Telephony", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "TelephonyTests", dependencies: ["Telephony", "Flows", "Scenario", "Script"]),
        .testTarget(name: "FlowsTests", dependencies: ["Flows", "Telephony"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Telephony", "Flows"]),
        .testTarget(name: "CCPTests", dependencies: ["CCP", "Telephony", "Script", "Scenario", "Training", "TextFit"], exclude: ["Golden", "Scenarios"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Telephony"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "CCP", "Script", "Scenario", "Telephony", "Flows", "TextFit"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ConnectTestsTests", dependencies: ["ConnectTests", "Flows", "Telephony", "Scenario"], resources: [.copy("Cases")]),
        .testTarget(name: "ScriptTests", dependencies: ["Script", "Scenario", "Telephony", "Flows", "Reports"], resources: [.copy("Scripts")]),
    ],
    swiftLanguageModes: [.v6]
)
