import ArgumentParser
import Foundation
import GuidepostCore
import GuidepostPreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser; it rebuilds and reloads as you edit.",
        discussion: """
        Builds the site in memory and serves it at http://127.0.0.1:8080/ (nothing is written to \
        the output folder). Whenever a file under Content/ or Templates/ is saved, the site is \
        built again and open pages reload by themselves; a stylesheet change is applied without \
        a reload. While the site has errors, every page shows them, and the last good build's \
        images and stylesheets stay available. Press Ctrl-C to stop.
        """
    )

    @OptionGroup var site: SiteLocationOptions

    @Option(name: .long, help: ArgumentHelp(
        "The address to listen on. Keep the default to make the preview reachable from this computer only.",
        valueName: "address"
    ))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("The port must be between 0 and 65535, found \(port).")
        }
        guard !host.isEmpty else { throw ValidationError("The host must not be empty.") }
    }

    func run() async throws {
        let options = site.buildOptions()
        let name = SiteBuilder(options: options).siteTitle() ?? (options.displayRoot.isEmpty ? "." : options.displayRoot)
        if !AllowedHosts.isLoopback(host) {
            DiagnosticPrinter.write("""
            warning: listening on \(host): the preview is reachable from other machines on the network, \
            error messages and drafts included. Use --host 127.0.0.1 to keep it to this computer.

            """)
        }
        // An IPv6 address is written in brackets in a URL, and without them to listen on.
        let bindHost = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let urlHost = bindHost.contains(":") ? "[\(bindHost)]" : bindHost
        let runner = PreviewRunner(options: options, host: bindHost, port: port)
        do {
            try await runner.run { port in
                PreviewLog.console.output("Serving \(name) at http://\(urlHost):\(port)/ (Ctrl-C to stop)\n")
            }
        } catch let error as FileWatcherError {
            let folder = options.displayRoot.isEmpty ? "." : options.displayRoot
            DiagnosticPrinter.write("\(folder): error: cannot watch the site folder for changes: \(error.reason)\n")
            throw ExitCode.failure
        } catch {
            let reason = "\(error)".contains("Address already in use")
                ? "the port is already in use; choose another with --port, or --port 0 for any free port"
                : "\(error)"
            DiagnosticPrinter.write("error: cannot listen on \(urlHost):\(port): \(reason)\n")
            throw ExitCode.failure
        }
    }
}
