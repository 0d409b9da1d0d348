extension Reply {
    /// The store refused the line's changes (disk full, file damaged, busy too long): nothing the
    /// line asked for was kept, and the lines after it would most likely fail the same way.
    /// `Desk.respond` marks such replies with an error starting "storage: ".
    public var storageFailed: Bool { !ok && (error?.hasPrefix("storage: ") ?? false) }
}
