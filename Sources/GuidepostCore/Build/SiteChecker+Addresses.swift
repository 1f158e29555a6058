/// Addresses: two things written to one place, a file where another needs a folder, paths with
/// `.` or empty segments, and names the output folder keeps for itself. All are found over the
/// plan, before rendering, so `guidepost check` finds them too.
extension SiteChecker {
    /// Claims in the order that decides where a clash is reported: what the build and the theme
    /// make first, what the publisher wrote in front matter last, so the message points at the
    /// line the publisher can change.
    func addressClaims(plan: SitePlan, contentDisplayFolder: String) -> [AddressClaim] {
        var claims: [AddressClaim] = plan.dataFiles.map {
            AddressClaim(
                outputPath: $0, owner: "the generated '\($0)'", location: SourceLocation(file: contentDisplayFolder),
                isWrittenByPublisher: false, isPublisherFile: false
            )
        }
        claims += plan.staticFiles.map {
            AddressClaim(outputPath: $0.outputPath, owner: $0.displayPath, location: SourceLocation(file: $0.displayPath), isWrittenByPublisher: false)
        }
        var markdown: [AddressClaim] = [], redirects: [AddressClaim] = []
        for page in plan.pages {
            switch page.identity {
            case .notFound:
                claims.append(AddressClaim(
                    outputPath: page.outputPath, owner: "the not-found page", location: SourceLocation(file: contentDisplayFolder),
                    isWrittenByPublisher: false, isPublisherFile: false
                ))
            case .meetings(let meetingPage):
                claims.append(AddressClaim(
                    outputPath: page.outputPath, owner: "the meeting directory's page '\(meetingPage.title)'",
                    location: SourceLocation(file: contentDisplayFolder), isWrittenByPublisher: false, isPublisherFile: false
                ))
            case .handout(let handout):
                let location = config.handouts.location ?? SourceLocation(file: contentDisplayFolder)
                claims.append(AddressClaim(
                    outputPath: page.outputPath, owner: "the handout '\(handout.title)' (\(location))", location: location, isWrittenByPublisher: false
                ))
            case .catalog(let generated), .listing(let generated):
                let owner = generated.location.line == nil ? "the theme's '\(generated.template)' page" : "the catalog (\(generated.location))"
                claims.append(AddressClaim(outputPath: page.outputPath, owner: owner, location: generated.location, isWrittenByPublisher: false))
            case .listPage(let list, let number):
                let owner: String, location: SourceLocation
                switch list {
                case .section(let index):
                    let source = content.pages[index]
                    owner = "page \(number) of the list of \(source.displayPath ?? "the section '\(source.folder)'")"
                    location = SourceLocation(file: source.displayPath ?? contentDisplayFolder)
                case .topic(let slug):
                    owner = "page \(number) of the topic '\(slug)'"
                    location = SourceLocation(file: "Templates")
                }
                claims.append(AddressClaim(outputPath: page.outputPath, owner: owner, location: location, isWrittenByPublisher: false, isPublisherFile: false))
            case .markdown(let index):
                let source = content.pages[index]
                let location = source.frontMatter.slugLocation ?? source.frontMatter.titleLocation
                markdown.append(AddressClaim(
                    outputPath: page.outputPath, owner: source.displayPath ?? "the section '\(source.folder)'",
                    location: location, sourceLine: sourceLine(of: source, at: location), isWrittenByPublisher: true
                ))
            case .redirect(let alias, let target):
                let source = content.pages[target]
                redirects.append(AddressClaim(
                    outputPath: page.outputPath, owner: "an alias in \(source.displayPath ?? source.urlPath)",
                    location: alias.location, sourceLine: sourceLine(of: source, at: alias.location), isWrittenByPublisher: true
                ))
            }
        }
        return claims + markdown + redirects
    }

    func addressProblems(plan: SitePlan, contentDisplayFolder: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var files: [String: AddressClaim] = [:]
        var folders: [String: String] = [:]
        for claim in addressClaims(plan: plan, contentDisplayFolder: contentDisplayFolder) {
            let segments = claim.outputPath.split(separator: "/", omittingEmptySubsequences: false)
            let url = "/" + (claim.outputPath.hasSuffix("index.html") ? String(claim.outputPath.dropLast("index.html".count)) : claim.outputPath)
            func report(_ message: String) {
                problems.append(Diagnostic(at: claim.location, message, sourceLine: claim.sourceLine))
            }
            if claim.isWrittenByPublisher, let odd = segments.first(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
                let what = odd.isEmpty ? "an empty part ('//')" : "a '\(odd)' part"
                report("the address '\(url)' has \(what); write each part of the path once, such as /old/page/")
                continue
            }
            if segments.contains(where: { $0 == Substring(OutputFolder.markerName) }) {
                report("the address '\(url)' uses the name '\(OutputFolder.markerName)', which the output folder keeps for itself; choose another address")
                continue
            }
            if let folder = plan.dataFolders.first(where: { claim.outputPath == $0 || claim.outputPath.hasPrefix($0 + "/") }) {
                report("the address '\(url)' is inside '/\(folder)/', which the generated search index uses; choose another address")
                continue
            }
            if let existing = files[claim.outputPath] {
                let (here, other) = existing.reportRank > claim.reportRank ? (existing, claim) : (claim, existing)
                problems.append(Diagnostic(at: here.location, "URL '\(url)' is produced twice: here and by \(other.owner)", sourceLine: here.sourceLine))
                continue
            }
            if let existing = folders[claim.outputPath] {
                report("'\(url)' would be a file, but \(existing) needs a folder of that name; choose another address")
                continue
            }
            var prefix = ""
            var clash: String?
            for segment in segments.dropLast() {
                prefix += prefix.isEmpty ? String(segment) : "/" + segment
                if let owner = files[prefix]?.owner { clash = "'/\(prefix)' is a file made by \(owner)"; break }
            }
            if let clash {
                report("the address '\(url)' would need a folder where \(clash); choose another address")
                continue
            }
            files[claim.outputPath] = claim
            prefix = ""
            for segment in segments.dropLast() {
                prefix += prefix.isEmpty ? String(segment) : "/" + segment
                if folders[prefix] == nil { folders[prefix] = claim.owner }
            }
        }
        return problems
    }

    /// A site-relative menu entry must lead to something the site publishes.
    func menuProblems(plan: SitePlan) -> [Diagnostic] {
        var published = Set(plan.pages.map(\.outputPath))
        published.formUnion(plan.staticFiles.map(\.outputPath))
        published.formUnion(plan.dataFiles)
        let urls = plan.pages.compactMap { page -> String? in
            if case .redirect = page.identity { return nil }
            return page.urlPath
        }
        return config.menu.compactMap { item in
            guard item.url.hasPrefix("/") else { return nil }
            let path = String(item.url.prefix { $0 != "#" && $0 != "?" })
            guard !published.contains(SiteBuilder.outputPath(for: path)) else { return nil }
            let hint = Suggestion.hint(for: path, in: urls)
            return Diagnostic(at: item.location, "menu entry '\(item.title)' links to '\(item.url)', which is not a page of this site\(hint)")
        }
    }
}
