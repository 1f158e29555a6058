import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in the original order.
    ///
    /// Work is cut into about 32 chunks per core: small items do not pay for a task each, and
    /// a chunk of costly items (a long list page) does not leave the other cores idle at the end.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        let count = self.count
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, workers > 1 else { return map(transform) }
        let chunkSize = Swift.max(1, (count + workers * 32 - 1) / (workers * 32))
        let chunkCount = (count + chunkSize - 1) / chunkSize
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for chunk in 0..<chunkCount {
                let slice = self[(chunk * chunkSize)..<Swift.min((chunk + 1) * chunkSize, count)]
                group.addTask { (chunk, slice.map(transform)) }
            }
            var results = [[T]](repeating: [], count: chunkCount)
            for await (chunk, values) in group {
                results[chunk] = values
            }
            return results.flatMap { $0 }
        }
    }
}
