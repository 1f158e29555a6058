#!/usr/bin/env python3
"""Checks the meeting directory's script, Templates/assets/meetings.js, in headless Chromium:
`python3 scripts/check_meetings_script.py` (scripts/check_site.py runs it too, so `make check-site`).

It opens scripts/fixtures/meetings-script.html, a week page of made-up meetings served from the
repository on 127.0.0.1, with "now" fixed and the browser in Asia/Tokyo, a zone that is neither
UTC nor a meeting's. It checks the time functions (a meeting past midnight, the weeks around both
daylight-saving changes of America/Chicago, zones where the UTC day differs); the in-progress
marks and today's link on the page; filtering by words, kind, day and way of attending, with the
counts the live region says; axe-core at desktop and phone width, no sideways scroll, no request
but the page's own files, nothing stored and no console error.
Prints a line per check, then 'N passed, M failed'; exits 1 when a check failed.
"""
import sys
import time
import urllib.parse
from pathlib import Path

import check_site

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "/scripts/fixtures/meetings-script.html"
WEEK_FIXTURE = "/scripts/fixtures/meetings-script-week.html"  # day links only, in Pacific/Auckland
OWN_FILES = {FIXTURE, WEEK_FIXTURE, "/Templates/assets/meetings.js", "/Templates/assets/style.css"}
READER_TIME_ZONE = "Asia/Tokyo"
START = "2026-05-16T05:15:00Z"  # Saturday 00:15 in Chicago, 17:15 in Auckland, 14:15 in Tokyo

FRIDAY_LATE = {"day": 5, "start": "23:30", "end": "00:30", "timeZone": "America/Chicago"}
SATURDAY_LATE = {"day": 6, "start": "23:30", "end": "00:30", "timeZone": "America/Chicago"}
SUNDAY_0130 = {"day": 0, "start": "01:30", "end": "02:30", "timeZone": "America/Chicago"}
AUCKLAND_EVENING = {"day": 6, "start": "19:00", "end": "20:00", "timeZone": "Pacific/Auckland"}
CHICAGO_EVENING = dict(AUCKLAND_EVENING, timeZone="America/Chicago")

# (what, the instant in UTC, time zone, {day, minutes} the zone's clocks show, or None)
WALL_CLOCKS = [
    ("Chicago's Friday night is Saturday in UTC", "2026-05-16T03:00:00Z", "America/Chicago", {"day": 5, "minutes": 22 * 60}),
    ("Auckland's Saturday morning is Friday in UTC", "2026-05-15T20:00:00Z", "Pacific/Auckland", {"day": 6, "minutes": 8 * 60}),
    ("Chicago just after clocks go forward", "2026-03-08T08:15:00Z", "America/Chicago", {"day": 0, "minutes": 3 * 60 + 15}),
    ("Chicago in the hour that comes twice", "2026-11-01T07:45:00Z", "America/Chicago", {"day": 0, "minutes": 60 + 45}),
    ("no zone: the reader's own (Asia/Tokyo)", START, None, {"day": 6, "minutes": 14 * 60 + 15}),
    ("a zone the browser does not know", START, "Mars/Olympus_Mons", None),
]

# (what, meeting, the instant in UTC, whether it is in progress)
IN_PROGRESS = [
    ("Fri 23:30-00:30 at Fri 23:15", FRIDAY_LATE, "2026-05-16T04:15:00Z", False),
    ("Fri 23:30-00:30 at Fri 23:45", FRIDAY_LATE, "2026-05-16T04:45:00Z", True),
    ("Fri 23:30-00:30 at Sat 00:15", FRIDAY_LATE, "2026-05-16T05:15:00Z", True),
    ("Fri 23:30-00:30 at Sat 00:30", FRIDAY_LATE, "2026-05-16T05:30:00Z", False),
    ("Fri 23:30-00:30 at Sat 23:45", FRIDAY_LATE, "2026-05-17T04:45:00Z", False),
    ("Fri 23:30-00:30 at Sun 00:15", FRIDAY_LATE, "2026-05-17T05:15:00Z", False),
    ("Sat 23:30-00:30 at Sun 00:15 (the week wraps)", SATURDAY_LATE, "2026-05-17T05:15:00Z", True),
    ("Sun 01:30 a week before clocks go forward, 01:45 CST", SUNDAY_0130, "2026-03-01T07:45:00Z", True),
    ("Sun 01:30 the night clocks go forward, 01:45 CST", SUNDAY_0130, "2026-03-08T07:45:00Z", True),
    ("Sun 01:30 the night clocks go forward, 03:15 CDT", SUNDAY_0130, "2026-03-08T08:15:00Z", False),
    ("Sun 01:30 a week after clocks go forward, 01:45 CDT", SUNDAY_0130, "2026-03-15T06:45:00Z", True),
    ("Sun 01:30 a week after clocks go forward, 02:45 CDT", SUNDAY_0130, "2026-03-15T07:45:00Z", False),
    ("Sun 01:30 a week before clocks go back, 01:45 CDT", SUNDAY_0130, "2026-10-25T06:45:00Z", True),
    ("Sun 01:30 the night clocks go back, 01:45 CDT", SUNDAY_0130, "2026-11-01T06:45:00Z", True),
    ("Sun 01:30 the night clocks go back, 01:45 CST", SUNDAY_0130, "2026-11-01T07:45:00Z", True),
    ("Sun 01:30 the night clocks go back, 02:45 CST", SUNDAY_0130, "2026-11-01T08:45:00Z", False),
    ("Sun 01:30 a week after clocks go back, 00:45 CST", SUNDAY_0130, "2026-11-08T06:45:00Z", False),
    ("Sun 01:30 a week after clocks go back, 01:45 CST", SUNDAY_0130, "2026-11-08T07:45:00Z", True),
    ("Sat 19:00 in Auckland at its 19:30", AUCKLAND_EVENING, "2026-05-16T07:30:00Z", True),
    ("Sat 19:00 in Chicago at the same instant", CHICAGO_EVENING, "2026-05-16T07:30:00Z", False),
    ("a meeting by appointment", {"day": None, "start": None, "end": None}, START, False),
]

# (what, function, meeting, the instant in UTC, result)
DAYS = [
    ("Auckland's Saturday meeting is today at Sat 17:15 there", "isToday", AUCKLAND_EVENING, START, True),
    ("Chicago's Friday meeting is not today at Sat 00:15 there", "isToday", FRIDAY_LATE, START, False),
    ("Fri 23:30 is still to come at Sat 00:15: in progress", "isStillToCome", FRIDAY_LATE, START, True),
    ("Sat 19:00 in Chicago is still to come at Sat 00:15", "isStillToCome", CHICAGO_EVENING, START, True),
    ("Sat 19:00 in Chicago is over at Sat 20:00", "isStillToCome", CHICAGO_EVENING, "2026-05-17T01:00:00Z", False),
]

PAGE_STATE = """
const visible = e => e.getClientRects().length > 0;
const name = li => li.querySelector('.meeting-name').textContent;
const lists = [...document.querySelectorAll('[data-meeting-list]')];
return {
  status: [...document.querySelectorAll('.meeting-filter-status')].map(e => e.textContent),
  shown: lists.map(l => [...l.querySelectorAll('li.meeting')].filter(visible).map(name)),
  headings: [...lists[0].querySelectorAll('h2')].filter(visible).map(h => h.textContent),
  inProgress: [...document.querySelectorAll('li.meeting.in-progress')].map(li => {
    const label = li.querySelector('.in-progress-label');
    return name(li) + ': ' + (label && visible(label) ? label.textContent : '(no visible label)');
  }),
  today: [...document.querySelectorAll('a[aria-current="date"]')]
    .map(a => a.getAttribute('data-day-link') + ' ' + a.textContent.trim().replace(/\\s+/g, ' ')),
};
"""

SET_NOW = "window.GuidepostMeetings.now = () => new Date(arguments[0]); window.GuidepostMeetings.refresh();"

ALL_NAMES = ["Sunrise Serenity", "Grupo Esperanza", "Lunch Bunch", "Harbour Lights", "Steps at Seven",
             "Late Night Lifeline", "Small Hours"]
PARTS = ["Morning", "Afternoon", "Evening", "Night"]


def expect(problems, what, got, wanted):
    if got != wanted:
        problems.append(f"{what}: got {got!r}, expected {wanted!r}")


TIME_FUNCTIONS = """
const api = window.GuidepostMeetings;
return [
  arguments[0].map(([instant, zone]) => api.wallClock(new Date(instant), zone || undefined)),
  arguments[1].map(([meeting, instant]) => api.isInProgress(meeting, new Date(instant))),
  arguments[2].map(([name, meeting, instant]) => api[name](meeting, new Date(instant))),
];
"""


def check_time_functions(driver, report):
    clocks, in_progress, days = driver.execute_script(
        TIME_FUNCTIONS,
        [[instant, zone] for _, instant, zone, _ in WALL_CLOCKS],
        [[meeting, instant] for _, meeting, instant, _ in IN_PROGRESS],
        [[function, meeting, instant] for _, function, meeting, instant, _ in DAYS])
    problems = []
    for (what, _, _, wanted), got in zip(WALL_CLOCKS, clocks):
        expect(problems, f"wallClock, {what}", got, wanted)
    for (what, _, _, wanted), got in zip(IN_PROGRESS, in_progress):
        expect(problems, f"isInProgress, {what}", got, wanted)
    for (what, function, _, _, wanted), got in zip(DAYS, days):
        expect(problems, f"{function}, {what}", got, wanted)
    report.record("meetings.js time functions", problems, f"{len(clocks) + len(in_progress) + len(days)} cases")


def check_marks(driver, report):
    """In-progress marks and today's link on the page, at several fixed moments."""
    cases = [
        # (moment, meetings in progress, today's link)
        (START, ["Late Night Lifeline: In progress"], ["6 Saturday Today"]),
        ("2026-05-16T07:30:00Z", ["Harbour Lights: In progress"], ["6 Saturday Today"]),
        ("2026-05-16T03:00:00Z", [], ["5 Friday Today"]),
        ("2026-03-08T07:45:00Z", ["Small Hours: In progress"], ["0 Sunday Today"]),
        ("2026-03-15T06:45:00Z", ["Small Hours: In progress"], ["0 Sunday Today"]),
        ("2026-11-01T07:45:00Z", ["Small Hours: In progress"], ["0 Sunday Today"]),
        ("2026-11-08T06:45:00Z", [], ["0 Sunday Today"]),
        ("2026-05-16T00:30:00Z", ["Steps at Seven: In progress"], ["5 Friday Today"]),
        ("2026-05-14T08:30:00Z", ["Quayside Online: In progress"], ["4 Thursday Today"]),  # a list with no form
    ]
    problems = []
    for moment, in_progress, today in cases:
        driver.execute_script(SET_NOW, moment)
        state = driver.execute_script(PAGE_STATE)
        expect(problems, f"in progress at {moment}", state["inProgress"], in_progress)
        expect(problems, f"today's link at {moment}", state["today"], today)
    report.record("meetings.js in-progress marks and today's link", problems, f"{len(cases)} moments")


def check_filters(driver, report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
    driver.execute_script(SET_NOW, START)
    forms = driver.find_elements(By.CSS_SELECTOR, "form.meeting-filters")
    problems = []
    expect(problems, "forms, one before each list of two meetings or more",
           driver.execute_script("return [...document.querySelectorAll('form.meeting-filters')]"
                                 ".map(form => form.nextElementSibling.querySelectorAll('li.meeting').length)"), [7, 2])
    if len(forms) != 2:
        report.record("meetings.js filters", problems)
        return
    form = forms[0]
    words = form.find_element(By.CSS_SELECTOR, "input[type=search]")
    kind = Select(form.find_element(By.TAG_NAME, "select"))
    expect(problems, "kinds offered (those of the list's meetings, in #meeting-kinds order)",
           [option.text for option in kind.options],
           ["Any kind", "Open", "Closed", "Discussion", "Spanish", "Beginner", "Wheelchair access"])
    expect(problems, "the label of the words box",
           driver.execute_script("return arguments[0].labels[0].textContent", words), "Filter these meetings")
    expect(problems, "ways to attend offered in the second list (all in person)",
           len(forms[1].find_elements(By.XPATH, ".//legend[.='How to attend']")), 0)

    def choose(label):
        form.find_element(By.XPATH, f".//label[normalize-space()='{label}']").click()

    def type_words(text):  # as a reader does: select what is there, then type over it
        words.send_keys(Keys.CONTROL, "a", Keys.NULL, Keys.BACKSPACE, text)

    steps = [
        # (what, action, meetings shown in the first list, part-of-day headings shown)
        ("no filter", lambda: None, ALL_NAMES, PARTS),
        ("words 'millbrook'", lambda: type_words("millbrook"),
         ["Sunrise Serenity", "Steps at Seven"], ["Morning", "Evening"]),
        ("words 'espanol', without the accent", lambda: type_words("espanol"), ["Grupo Esperanza"], ["Morning"]),
        ("words 'OPEN  lights'", lambda: type_words("OPEN  lights"), ["Harbour Lights"], ["Evening"]),
        ("words 'zzz'", lambda: type_words("zzz"), [], []),
        ("kind Closed", lambda: (type_words(""), kind.select_by_visible_text("Closed")),
         ["Grupo Esperanza", "Steps at Seven", "Small Hours"], ["Morning", "Evening", "Night"]),
        ("kind Closed and words 'millbrook'", lambda: type_words("millbrook"), ["Steps at Seven"], ["Evening"]),
        ("Online (hybrid too)", lambda: (type_words(""), kind.select_by_visible_text("Any kind"), choose("Online")),
         ["Grupo Esperanza", "Lunch Bunch", "Late Night Lifeline", "Small Hours"], ["Morning", "Afternoon", "Night"]),
        ("In person (hybrid too)", lambda: choose("In person"),
         ["Sunrise Serenity", "Grupo Esperanza", "Harbour Lights", "Steps at Seven", "Small Hours"],
         ["Morning", "Evening", "Night"]),
        ("Today, at Sat 00:15 in Chicago (17:15 in Auckland)", lambda: (choose("Any way"), choose("Today")),
         ["Sunrise Serenity", "Grupo Esperanza", "Harbour Lights"], ["Morning", "Evening"]),
        ("Still to come today, at the same moment", lambda: choose("Still to come today"),
         ["Sunrise Serenity", "Grupo Esperanza", "Harbour Lights", "Late Night Lifeline"],
         ["Morning", "Evening", "Night"]),
        ("Still to come today, at Sat 08:30 in Chicago (Sun 01:30 in Auckland)",
         lambda: driver.execute_script(SET_NOW, "2026-05-16T13:30:00Z"), ["Grupo Esperanza"], ["Morning"]),
        ("Show all meetings", lambda: form.find_element(By.CSS_SELECTOR, "button.meeting-filter-reset").click(),
         ALL_NAMES, PARTS),
    ]
    for what, action, shown, headings in steps:
        action()
        state = driver.execute_script(PAGE_STATE)
        expect(problems, f"{what}: meetings shown", state["shown"][0], shown)
        expect(problems, f"{what}: headings shown", state["headings"], headings)
        expect(problems, f"{what}: live region", state["status"][0], f"{len(shown)} of {len(ALL_NAMES)} meetings shown")
        expect(problems, f"{what}: the second list", state["status"][1], "2 of 2 meetings shown")
    # The second list holds Tuesday's meetings only: "When" offers "still to come today", on Tuesdays.
    second = forms[1]
    state = driver.execute_script(
        "return [...arguments[0].querySelectorAll('.meeting-filter-choice')].map(f => f.hidden)", second)
    expect(problems, "a Tuesday list's When on a Saturday: hidden", state, [True])
    driver.execute_script(SET_NOW, "2026-05-19T15:00:00Z")  # Tuesday 10:00 in Chicago, 11:00 in New York
    options = [label.text for label in second.find_elements(By.CSS_SELECTOR, ".meeting-option")]
    expect(problems, "a Tuesday list's When on a Tuesday", options, ["Any time", "Still to come today"])
    if options:
        second.find_element(By.XPATH, ".//label[normalize-space()='Still to come today']").click()
        state = driver.execute_script(PAGE_STATE)
        expect(problems, "a Tuesday list, still to come at 10:00", state["shown"][1], ["Riverside Readers"])
        expect(problems, "a Tuesday list's live region", state["status"][1], "1 of 2 meetings shown")
    driver.execute_script(SET_NOW, START)
    state = driver.execute_script(PAGE_STATE)
    expect(problems, "a Tuesday list back on a Saturday: its choice is cleared", state["shown"][1],
           ["Riverside Readers", "Dawn Patrol"])
    expect(problems, "the live region's role", form.find_element(By.CSS_SELECTOR, ".meeting-filter-status")
           .get_attribute("role"), "status")
    duplicates = driver.execute_script(
        "const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
        "return ids.filter((id, i) => ids.indexOf(id) !== i);")
    expect(problems, "ids given twice", duplicates, [])
    report.record("meetings.js filters", problems, f"{len(steps)} steps, counts in the live region")


TODAY_LINKS = """
return [document.querySelectorAll('form.meeting-filters').length,
        [...document.querySelectorAll('a[aria-current="date"]')]
          .map(a => a.getAttribute('data-day-link') + ' ' + a.textContent.trim().replace(/\\s+/g, ' '))];
"""


def check_week_page(driver, base_url, report):
    """A week page without meetings reads "Today" in the zone its list of days names."""
    moments = [
        # (moment, today's link)
        ("2026-05-15T13:00:00Z", ["6 Saturday Today"]),  # 01:00 in Auckland; Friday in Tokyo and UTC
        ("2026-05-15T11:00:00Z", ["5 Friday Today"]),  # 23:00 on Friday in Auckland
    ]
    driver.get(f"{base_url}{WEEK_FIXTURE}?now={urllib.parse.quote(moments[0][0])}")
    problems = []
    for index, (moment, today) in enumerate(moments):
        if index:
            driver.execute_script(SET_NOW, moment)
        forms, links = driver.execute_script(TODAY_LINKS)
        expect(problems, f"today's link at {moment}", links, today)
        expect(problems, f"forms at {moment}", forms, 0)
    report.record("meetings.js today's link on a week page without meetings", problems,
                  f"{len(moments)} moments, in the zone of the list of days")


def check_page_quality(driver, axe_script, report):
    for viewport in check_site.VIEWPORTS:
        width, height = check_site.VIEWPORTS[viewport]
        check_site.set_viewport(driver, width, height)
        label = f"meetings.js fixture ({viewport} {width}px)"
        report.record(f"axe {label}", check_site.axe_problems(driver, axe_script))
        if viewport == "phone":
            report.record(f"no sideways scroll {label}", check_site.overflow_problems(driver))


def check_privacy_and_console(driver, report, urls):
    problems = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in check_site.IGNORED_SCHEMES and parts.path not in OWN_FILES:
            problems.append(f"requested {url}")
    stored = driver.execute_script("return [localStorage.length, sessionStorage.length, document.cookie]")
    expect(problems, "localStorage, sessionStorage and cookies", stored, [0, 0, ""])
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"console error: {entry.get('message')}")
    report.record("meetings.js requests, storage and console", problems,
                  f"{len(urls)} requests, all to the page's own files; nothing stored; no console error")


def check_meetings_script(report):
    started = time.monotonic()
    try:
        axe_script = check_site.load_axe_script()
        driver = check_site.start_browser()
    except Exception as error:
        report.record("start headless Chromium for meetings.js", [f"{type(error).__name__}: {error}"])
        return
    try:
        driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": READER_TIME_ZONE})
        # No smooth scrolling: a click lands where Selenium scrolled the control to, at once.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        check_site.set_viewport(driver, *check_site.VIEWPORTS["desktop"])
        with check_site.serve(ROOT) as base_url:
            check_site.requested_urls(driver)  # empties the log
            driver.get(f"{base_url}{FIXTURE}?now={urllib.parse.quote(START)}")
            ready = driver.execute_script("return Boolean(window.GuidepostMeetings && document.querySelector('form.meeting-filters'))")
            if not ready:
                report.record("meetings.js runs on the fixture page", ["no window.GuidepostMeetings or no filter form"])
            else:
                check_time_functions(driver, report)
                check_marks(driver, report)
                check_filters(driver, report)
                check_page_quality(driver, axe_script, report)
                check_week_page(driver, base_url, report)
            check_privacy_and_console(driver, report, check_site.requested_urls(driver))
    except Exception as error:  # a crash or timeout fails this check, not the run
        report.record("meetings.js in headless Chromium", [f"{type(error).__name__}: {error}".strip()])
    finally:
        driver.quit()
    print(f"Checked meetings.js in {time.monotonic() - started:.1f}s")


def main():
    report = check_site.Report()
    check_meetings_script(report)
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
