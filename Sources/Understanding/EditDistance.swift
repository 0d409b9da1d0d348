/// Damerau-Levenshtein distance over bytes (optimal string alignment: a swap of neighbours is one slip),
/// stopping early past a limit. The rows live on the stack, so a comparison allocates nothing.
enum EditDistance {
    /// The distance when it is at most `limit`; `limit + 1` for any greater one.
    static func between(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                // Letters both words begin or end with change no distance (a misspelling keeps most of
                // the word), so only the middle where they differ is measured.
                var start = 0, endA = n, endB = m
                while start < endA && start < endB && a[start] == b[start] { start += 1 }
                while endA > start && endB > start && a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
                return banded(UnsafeBufferPointer(rebasing: a[start..<endA]), UnsafeBufferPointer(rebasing: b[start..<endB]), limit: limit)
            }
        }
    }

    /// `between` over two words with nothing in common at either end, when their lengths differ by `limit` at most.
    private static func banded(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return max(n, m) }
        // A cell further than `limit` from the diagonal holds more than the limit, so only the band around it
        // is worked out; the cells just outside it read as `over`, which is what any distance past the limit counts as.
        let over = limit + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var previous2 = 0, previous = m + 1, current = 2 * (m + 1)
            for j in 0...m { rows[previous + j] = min(j, over); rows[previous2 + j] = over }
            for i in 1...n {
                let low = max(1, i - limit), high = min(m, i + limit)
                rows[current] = min(i, over)
                if low > 1 { rows[current + low - 1] = over }
                if high < m { rows[current + high + 1] = over }
                var rowMin = rows[current]
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, rows[previous2 + j - 2] + 1) }
                    rows[current + j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return over }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return min(rows[previous + m], over)
        }
    }
}
