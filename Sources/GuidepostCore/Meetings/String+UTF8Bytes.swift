extension String {
    /// Runs `body` on the text's UTF-8 bytes, copying them only when the string does not store
    /// them contiguously (a bridged string).
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body) ?? Array(copy.utf8).withUnsafeBufferPointer(body)
    }
}
