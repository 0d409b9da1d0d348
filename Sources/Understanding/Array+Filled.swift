extension Array {
    /// `count` copies of `value`. `Array(repeating:count:)` allocates through an unspecialised path of the
    /// standard library that looks the storage type up in the runtime's metadata cache on every call (about
    /// a thousand instructions); reserving and appending here is specialised for the element type, so a
    /// parse's few small arrays cost what their bytes cost.
    @inline(__always) init(filling value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
