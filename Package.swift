// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vadesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vadesk", targets: ["vadesk"]),
        .library(name: "DeskKit", targets: ["DeskKit"]),
        .library(name: "DeskStoreSQLite", targets: ["DeskStoreSQLite"]),
        .library(name: "DeskStorePostgres", targets: ["DeskStorePostgres"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0")
    ],
    targets: [
        // GNU readline, found through pkg-config (Debian: libreadline-dev).
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // Pure: text + reference time -> Parse. No files, clock, database or terminal.
        .target(name: "Understanding"),
        // Turns the files in Intents/ into Swift string constants, and the grammar built from them into an
        // archive the binary reads at start-up instead of the text.
        .executableTarget(name: "EmbedIntentsTool", dependencies: ["Understanding"]),
        .plugin(
            name: "EmbedIntents",
            capability: .buildTool(),
            dependencies: ["EmbedIntentsTool"]
        ),
        // The engine: conversation, bookings, pricing, transcripts; storage only as protocols.
        .target(
            name: "DeskKit",
            dependencies: ["Understanding"],
            plugins: ["EmbedIntents"]
        ),
        // The embedded default store: SQLite through GRDB, the only code that knows its SQL.
        .target(
            name: "DeskStoreSQLite",
            dependencies: [
                "DeskKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift")
            ]
        ),
        // The shared store: PostgreSQL through postgres-nio, the only code that knows its SQL.
        .target(
            name: "DeskStorePostgres",
            dependencies: [
                "DeskKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log")
            ]
        ),
        .executableTarget(
            name: "vadesk",
            dependencies: [
                "DeskKit",
                "DeskStoreSQLite",
                "DeskStorePostgres",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            // readline's C globals and callbacks are single-threaded by nature; Swift 6's
            // data-race checks cannot see that, so this thin terminal layer uses Swift 5 mode.
            swiftSettings: [.swiftLanguageMode(.v5)],
            // Release builds are one static executable: the Swift runtime, Foundation, SQLite, readline and the
            // C and C++ libraries linked in, so the loader binds nothing at start-up (binding libstdc++,
            // readline and SQLite and relocating a position-independent binary was a quarter of
            // `echo help | vadesk`). libstdc++ and libm come again after Foundation's ICU, which needs them and
            // is linked after the runtime's own libraries; readline needs libtinfo named, having no .so to say so.
            // Looking up users and host names still loads glibc's NSS modules at run time, which must be those
            // of the glibc vadesk was built with: build it on the machine (or release) that runs it.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-executable", "-ltinfo", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                        "-l_FoundationCollections", "-lswiftSynchronization", "-Xlinker", "-lstdc++", "-Xlinker", "-lm"
                    ], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // The man page, written from the command definitions: `swift run vadesk-manual > docs/vadesk.1`.
        .executableTarget(name: "vadesk-manual"),
        // Release-mode figures: `swift run -c release vadesk-bench`.
        .executableTarget(name: "vadesk-bench", dependencies: ["Understanding", "DeskKit", "DeskStoreSQLite", "DeskStorePostgres"]),
        .testTarget(name: "UnderstandingTests", dependencies: ["Understanding", "DeskKit"]),
        .testTarget(
            name: "DeskKitTests",
            dependencies: [
                "DeskKit", "DeskStoreSQLite", "DeskStorePostgres", "VadeskTestSupport",
                .product(name: "GRDB", package: "GRDB.swift")
            ]),
        // What the test suites share: desks at the fixed clock, temporary folders, finding the built binary.
        .target(name: "VadeskTestSupport", dependencies: ["DeskKit", "DeskStoreSQLite", "Understanding"], path: "Tests/TestSupport"),
        .testTarget(
            name: "VadeskCLITests", dependencies: ["DeskKit", "DeskStoreSQLite", "DeskStorePostgres", "vadesk", "vadesk-manual", "VadeskTestSupport"]),
        // Processes, crashes, signals, hostile input and bad files. VADESK_SOAK=1 raises the counts.
        .testTarget(
            name: "RobustnessTests",
            dependencies: [
                "DeskKit", "DeskStoreSQLite", "Understanding", "vadesk", "VadeskTestSupport",
                .product(name: "GRDB", package: "GRDB.swift")
            ])
    ]
)
