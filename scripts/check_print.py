#!/usr/bin/env python3
"""Checks how a built Guidepost site prints: `python3 scripts/check_print.py Output`
(scripts/check_site.py runs it too, so `make check-site`).

One page of each kind (check_site.pages_by_kind) is printed to PDF by headless Chromium
(Page.printToPDF) on US Letter and on A4 paper with JavaScript on; the longest article with a
comparison table, and a comparison page, are printed with JavaScript off too. Then, with
pdftotext from poppler-utils:
- every printed page holds the number of the site's first help line ("988" on the example guide),
  which the theme's print-only crisis block repeats at the foot of each page;
- that block covers no text: nothing else is printed in its place;
- a group's page is one sheet;
- each handout (every sheet under /handouts/ of each edition) is one page, with the crisis
  lines, the address of its page and the date it was made (its own crisis block stands for the
  print-only one, which it hides), and its QR code, when it has one, scans as that address
  (scripts/check_qr.py: drawn with rsvg-convert, read with zbarimg);
- every column header of a comparison table is printed as words (not as empty sort buttons), and
  on every page where the table goes on;
- a link to another site is followed by its address.
The PDFs are kept in <DIR>/.print/<kind>-<paper>[-no-js].pdf to be looked at as a reader would
(`pdftoppm -png -r 60`). Needs Debian's chromium, chromium-driver and poppler-utils.
Prints a line per check, then 'N passed, M failed'; exits 1 when a check failed.
"""
import argparse
import base64
import collections
import html
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import check_qr
import check_site

MM = 1 / 25.4
PAPERS = {"Letter": (8.5, 11.0), "A4": (210 * MM, 297 * MM)}  # inches, as printToPDF wants them
FOOT_TOLERANCE = 0.5  # points: words this close above the crisis block's top still count as above

# What the page shows, read before printing: the print-only crisis block's text, the first number
# of the help bar ("Call 988": 988), the captions, column headers and shown rows of each comparison
# table, and the addresses of links to other sites in the main text.
PAGE_FACTS_SCRIPT = """
const address = document.querySelector('.sheet-address');
const made = document.querySelector('.sheet-footer time');
const shown = cell => getComputedStyle(cell).display !== 'none';  // a column the reader hid is not printed
const block = document.querySelector('.print-help');
const number = document.querySelector('.help-bar a[href^="tel:"], .help-bar a[href^="sms:"]');
return {
  block: block ? block.textContent : '',
  sheet_address: address ? address.textContent.trim() : null,
  made_on: made ? made.textContent.trim() : null,
  number: number ? number.textContent.replace(/^\\D+/, '').trim() : null,
  tables: [...document.querySelectorAll('main table.comparison-table')].map(t => ({
    caption: t.caption ? t.caption.textContent.trim() : '',
    headers: [...t.querySelectorAll('thead th')].filter(shown).map(th => th.textContent),
    rows: [...t.querySelectorAll('tbody tr:not([hidden])')].map(tr => [...tr.cells].filter(shown).map(c => c.textContent).join(' ')),
  })),
  links: [...document.querySelectorAll('main a[href^="http://"], main a[href^="https://"]')]
    .map(a => a.getAttribute('href')),
};
"""


def print_pdf(driver, paper):
    width, height = PAPERS[paper]
    result = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": width, "paperHeight": height, "printBackground": False,
        "preferCSSPageSize": False, "displayHeaderFooter": False})
    return base64.b64decode(result["data"])


def pdf_pages(path):
    """The text of each page, in pdftotext's reading order (a table cell's lines stay together)."""
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_words(path):
    """[(page number, [(word, yMin, yMax)])] from pdftotext -bbox (points, from the top)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                           capture_output=True, text=True).stdout
    pages = []
    for number, page in enumerate(xhtml.split("<page ")[1:], start=1):
        words = [(html.unescape(w), float(y0), float(y1)) for y0, y1, w in
                 re.findall(r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)</word>', page)]
        pages.append((number, words))
    return pages


def vocabulary(text):
    """The words of a printed page without their hyphens, and the starts of words hyphenated at a
    line's end ("Abs-" of "Abstinence"), to tell whether a page holds a text in any layout.
    (pdftotext joins some hyphenated words itself, keeping or dropping the hyphen.)"""
    words, starts = set(), set()
    for token in text.split():
        word = token.replace("-", "")
        words.add(word)
        if token.endswith("-") and len(word) >= 3:
            starts.add(word)
    return words, starts


def missing_words(vocabulary, text):
    words, starts = vocabulary
    return [word for word in (token.replace("-", "") for token in text.split())
            if word and word not in words and not any(word.startswith(start) for start in starts)]


def letters(text):
    return collections.Counter(ch for ch in text if ch.isalnum())


# Checks ----------------------------------------------------------------------------------------

def crisis_problems(pages, number):
    return [f"page {i} of {len(pages)} has no {number}" for i, page in enumerate(pages, 1) if number not in page]


def covered_text_problems(word_pages, block):
    """Text printed where the crisis block is (at the foot of each page) that is not its own."""
    block_words = block.split()
    if not block_words:
        return ["the page has no print-only crisis block (.print-help)"]
    first = block_words[:3]
    problems = []
    for number, page in word_pages:
        texts = [w for w, _, _ in page]
        starts = [i for i in range(len(texts)) if texts[i:i + len(first)] == first]
        if not starts:
            problems.append(f"page {number}: the crisis block is not printed")
            continue
        top = max(page[i][1] for i in starts)  # the lowest start: the block at the foot
        below = [w for w, y0, y1 in page if y1 > top + FOOT_TOLERANCE]
        extra = letters("".join(below)) - letters(block)
        if extra:
            problems.append(f"page {number}: text under the crisis block's top, not its own: "
                            f"{' '.join(below)[:160]}")
    return problems


def table_problems(pages, tables):
    """Column headers printed as words, again on every page where the table's rows go on."""
    problems, pages_with_rows = [], 0
    for table in tables:
        headers = " ".join(table["headers"])
        for number, page in enumerate(pages, 1):
            page_words = vocabulary(page)
            if not any(not missing_words(page_words, row) for row in table["rows"]):
                continue
            pages_with_rows += 1
            missing = missing_words(page_words, headers)
            if missing:
                problems.append(f"page {number}: rows of the table '{table['caption']}' without its "
                                f"header row; missing: {' '.join(missing)}")
    if not pages_with_rows:
        problems.append("no page holds a whole row of the table(s)")
    return problems, pages_with_rows


def is_sheet(kind):
    return kind == "handout" or kind.startswith("handout-")


def handout_problems(pages, facts):
    problems = [] if len(pages) == 1 else [f"{len(pages)} pages"]
    text = "".join("".join(page.split()) for page in pages)
    for what in ("sheet_address", "made_on"):
        value = facts.get(what)
        if not value:
            problems.append(f"the sheet shows no {what.replace('_', ' ')}")
        elif "".join(value.split()).replace("-", "") not in text.replace("-", ""):
            problems.append(f"{what.replace('_', ' ')} '{value}' not printed")
    return problems


def qr_check(page, address, label, report):
    """The sheet's QR code (in `page`, its HTML), when it has one, holds its address."""
    svgs = check_qr.qr_svgs(page, False)
    if not svgs:
        return
    with tempfile.TemporaryDirectory(prefix="check-print-qr-") as folder:
        read, problem = check_qr.scan(svgs[0], folder, 1)
    problems = [problem] if problem else ([] if address in read else [f"the code reads {read}, not {address}"])
    report.record(f"print {label}: QR code scans as the sheet's address", problems, address)


def link_problems(pages, links):
    # pdftotext joins a line that ends in a hyphen to the next one without it: compare without hyphens
    text = "".join("".join(page.split()) for page in pages).replace("-", "")
    return [f"no address printed for {link}" for link in dict.fromkeys(links) if link.replace("-", "") not in text]


# Running ---------------------------------------------------------------------------------------

def long_article(root):
    """The longest article page with a comparison table (the longest article when none has one)."""
    from check_languages import editions
    section_urls = [url for url in check_site.child_pages(root)
                    if url.strip("/") not in check_site.SPECIAL_FOLDERS and url.strip("/") not in editions(root)]
    articles = [url for section in section_urls for url in check_site.child_pages(root, section.lstrip("/"))
                if not url.rstrip("/").split("/")[-1] == "page"]

    def size(url):
        return (root / url.strip("/") / "index.html").stat().st_size

    with_table = [url for url in articles
                  if "comparison-table" in (root / url.strip("/") / "index.html").read_text(encoding="utf-8")]
    return max(with_table or articles, key=size, default=None)


def print_jobs(root):
    """(kind, url, JavaScript on) for each page to print."""
    pages = check_site.pages_by_kind(root)
    jobs = [(kind, url, True) for kind, url in pages.items() if url is not None]
    article = long_article(root)
    if article:
        jobs += [("long-article", article, True), ("long-article", article, False)]
    if pages.get("comparison"):
        jobs.append(("comparison", pages["comparison"], False))
    jobs += [(kind, url, False) for kind, url in check_site.handout_sheets(root)]
    return jobs





def check_printing(root, report):
    started = time.monotonic()
    folder = root / ".print"
    folder.mkdir(exist_ok=True)
    try:
        driver = check_site.start_browser()
    except Exception as error:
        report.record("start headless Chromium for printing", [f"{type(error).__name__}: {error}"])
        return
    try:
        with check_site.serve(root) as base_url:
            for kind, url, scripts in print_jobs(root):
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not scripts})
                for paper in PAPERS:
                    check_print(driver, base_url, folder, kind, url, scripts, paper, report)
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    except Exception as error:
        report.record("printing in headless Chromium", [f"{type(error).__name__}: {error}".strip()])
    finally:
        driver.quit()
    print(f"Printed pages are in {folder}; checked in {time.monotonic() - started:.0f}s")


def check_print(driver, base_url, folder, kind, url, scripts, paper, report):
    label = f"{kind} {url} ({paper}, JavaScript {'on' if scripts else 'off'})"
    try:
        driver.get(base_url + url)
        time.sleep(0.3)  # let deferred scripts settle
        facts = driver.execute_script(PAGE_FACTS_SCRIPT)
        path = folder / f"{kind}-{paper}{'' if scripts else '-no-js'}.pdf"
        path.write_bytes(print_pdf(driver, paper))
        pages = pdf_pages(path)
        number = facts["number"]
        if not number:
            print(f"note  {label}: no help line in the help bar; crisis lines not checked")
        else:
            report.record(f"print {label}: crisis lines on every page", crisis_problems(pages, number),
                          f"{len(pages)} page(s), each with {number}")
            if not is_sheet(kind):
                report.record(f"print {label}: crisis block covers no text",
                              covered_text_problems(pdf_words(path), facts["block"]))
        if is_sheet(kind):
            report.record(f"print {label}: one page with its address and date", handout_problems(pages, facts),
                          f"{facts['sheet_address']}, made {facts['made_on']}")
            if paper == "Letter":
                qr_check(driver.page_source, facts["sheet_address"], label, report)
        if kind == "group":
            report.record(f"print {label}: one sheet", [] if len(pages) == 1 else [f"{len(pages)} sheets"])
        if facts["tables"]:
            problems, pages_with_rows = table_problems(pages, facts["tables"])
            report.record(f"print {label}: table headers printed and repeated", problems,
                          f"{len(facts['tables'])} table(s), header row on all {pages_with_rows} page(s) with rows")
        if facts["links"]:
            report.record(f"print {label}: addresses of links to other sites", link_problems(pages, facts["links"]),
                          f"{len(set(facts['links']))} address(es)")
    except Exception as error:  # a crash or timeout fails this page, not the run
        report.record(f"print {label}", [f"{type(error).__name__}: {error}".strip()])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the folder of a built site, e.g. Output")
    args = parser.parse_args(argv)
    root = Path(args.site).resolve()
    report = check_site.Report()
    check_printing(root, report)
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
