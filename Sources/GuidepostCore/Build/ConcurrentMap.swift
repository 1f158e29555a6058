import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in the original order.
    ///
    /// Work is cut into about 32 chunks per core: small items do not pay for a task each, and
    /// a chunk of costly items (a long list page) does not leave the other cores idle at the end.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await concurrentMap(carrying: {}) { element, _ in transform(element) }
    }

    /// `concurrentMap` where each chunk starts a value with `start` and hands it from one item
    /// to the next, such as a cache of what the items have in common.
    func concurrentMap<T: Sendable, State>(
        carrying start: @escaping @Sendable () -> State, _ transform: @escaping @Sendable (Element, inout State) -> T
    ) async -> [T] {
        func mapped(_ items: ArraySlice<Element>) -> [T] {
            var state = start()
            return items.map { transform($0, &state) }
        }
        let count = self.count
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, workers > 1 else { return mapped(self[...]) }
        let chunkSize = Swift.max(1, (count + workers * 32 - 1) / (workers * 32))
        let chunkCount = (count + chunkSize - 1) / chunkSize
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for chunk in 0..<chunkCount {
                let slice = self[(chunk * chunkSize)..<Swift.min((chunk + 1) * chunkSize, count)]
                group.addTask { (chunk, mapped(slice)) }
            }
            var results = [[T]](repeating: [], count: chunkCount)
            for await (chunk, values) in group {
                results[chunk] = values
            }
            return results.flatMap { $0 }
        }
    }
}
