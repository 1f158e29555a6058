import Foundation

/// Stops the process when a property that must hold for every input does not: libFuzzer then
/// saves the input as a crash, like any other failure.
func expect(_ condition: Bool, _ message: @autoclosure () -> String, input: @autoclosure () -> String) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("property violated: \(message())\ninput: \(input().debugDescription)\n".utf8))
    abort()
}
