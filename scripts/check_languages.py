"""The language editions of a built site, for scripts/check_site.py.

`edition_pages` gives one page of each kind of every edition other than the default (the
folders such as `es/` that hold a home page and a feed), so that the browser checks (axe at
1280px and 320px, sideways scroll, requests) run on them too; the Nu HTML Checker already
reads every .html file. `check_language_attributes` reads every page: `<html lang>` must be
the edition's language, every `hreflang` alternate must lead to a page of the site in that
language, and every page of an edition must link to its alternates or say it is untranslated.
"""
import html.parser
import re
import urllib.parse
from pathlib import Path

LANGUAGE_FOLDER = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{1,8})*$")


def editions(root):
    """The folders of editions other than the default: `es` for `Output/es/`."""
    return [d.name for d in sorted(root.iterdir())
            if d.is_dir() and LANGUAGE_FOLDER.match(d.name)
            and (d / "index.html").is_file() and (d / "feed.xml").is_file()]


def edition_pages(root):
    from check_site import pages_by_kind
    pages = {}
    for folder in editions(root):
        for kind, url in pages_by_kind(root / folder).items():
            if kind != "404" and url is not None:
                pages[f"{folder}-{kind}"] = f"/{folder}{url}"
    return pages


class LanguageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_lang = None
        self.alternates = []
        self.hreflang_links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates.append((attrs["hreflang"], attrs.get("href", "")))
        elif tag == "a" and "hreflang" in attrs:
            self.hreflang_links.append((attrs["hreflang"], attrs.get("href", "")))


def output_file(root, base_path, url):
    path = urllib.parse.urlparse(url).path
    if not path.startswith(base_path):
        return None
    rel = urllib.parse.unquote(path[len(base_path):])
    target = root / rel
    return target / "index.html" if rel == "" or rel.endswith("/") else target


def check_language_attributes(root, report):
    folders = editions(root)
    if not folders:
        print("note  the site has one language; language checks skipped")
        return
    home = (root / "index.html").read_text(encoding="utf-8")
    default = re.search(r'<html lang="([^"]+)"', home)
    default = default.group(1) if default else "en"
    base_match = re.search(r'<link rel="canonical" href="(https?://[^/]+)(/[^"]*)"', home)
    base_path = base_match.group(2) if base_match else "/"
    problems, alternates_checked, pages = [], 0, 0
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or rel.name == "404.html":
            continue
        text = path.read_text(encoding="utf-8")
        if "http-equiv=\"refresh\"" in text:
            continue
        pages += 1
        parser = LanguageParser()
        parser.feed(text)
        expected = rel.parts[0] if rel.parts[0] in folders else default
        if parser.html_lang != expected:
            problems.append(f"{rel}: <html lang=\"{parser.html_lang}\">, expected \"{expected}\"")
        for language, href in parser.alternates + parser.hreflang_links:
            alternates_checked += 1
            if language == "x-default":
                continue
            target = output_file(root, base_path, href)
            if target is None or not target.is_file():
                problems.append(f"{rel}: hreflang=\"{language}\" leads to {href}, which is not a page of the site")
                continue
            found = LanguageParser()
            found.feed(target.read_text(encoding="utf-8"))
            if found.html_lang != language:
                problems.append(f"{rel}: hreflang=\"{language}\" leads to {href}, whose language is \"{found.html_lang}\"")
        if expected != default and not parser.alternates and "lang=\"" + default + "\"" not in text:
            problems.append(f"{rel}: neither links to the same page in '{default}' nor says it is not translated")
    report.record("language of every page and every hreflang target", problems,
                  f"{pages} pages in {len(folders) + 1} languages, {alternates_checked} hreflang links lead to pages in their language")
