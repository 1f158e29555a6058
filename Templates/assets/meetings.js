/* Guidepost default theme: the meeting directory, on meeting pages only.
   Every meeting list is complete without JavaScript. This script adds, above each list
   ([data-meeting-list]), a form that filters it in place: by words, kind of meeting, day
   (today, still to come today) and how to attend. It marks the meetings in progress with the
   words "In progress", and on the week page marks the link to today's page. "Now" is read on each
   meeting's own clock: the weekday and time in its time zone (data-time-zone), from Intl, so that
   a reader in another zone, and the nights the clocks change, get the meeting's local time.
   Plain ES2019: no libraries, no network, no storage, no cookies, no location.
   window.GuidepostMeetings holds the time functions, for tests; setting its `now` and calling
   `refresh()` shows the page as at another moment. */
(function () {
  "use strict";

  /* The words, from the script element's data- attributes (data-filter, data-any-kind, ...),
     which the theme writes in the page's language; each one missing is in English. In
     data-shown and data-shown-one (one meeting in all), {n} is the number shown, {m} of all. */
  const ENGLISH = {
    filter: "Filter these meetings",
    hint: "A name, place, town or kind",
    kind: "Kind of meeting",
    anyKind: "Any kind",
    when: "When",
    anyDay: "Any day",
    anyTime: "Any time",
    today: "Today",
    toCome: "Still to come today",
    attend: "How to attend",
    anyWay: "Any way",
    inPerson: "In person",
    online: "Online",
    showAll: "Show all meetings",
    inProgress: "In progress",
    shownOne: "{n} of {m} meeting shown",
    shown: "{n} of {m} meetings shown"
  };
  const script = document.currentScript;
  const words = {};
  Object.keys(ENGLISH).forEach((key) => {
    const attribute = "data-" + key.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
    words[key] = (script && script.getAttribute(attribute)) || ENGLISH[key];
  });
  const shownText = (n, m) => (m === 1 ? words.shownOne : words.shown)
    .replace(/\{([nm])\}/g, (match, name) => String(name === "n" ? n : m));
  const REFRESH_MS = 30000; /* the in-progress marks and "still to come" follow the clock */
  const MIN_MEETINGS_TO_FILTER = 2; /* a list of one meeting gets its marks, but no form */

  // MARK: - Time, on the meeting's own clock

  const WEEKDAYS = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
  const formats = new Map(); /* time zone -> Intl.DateTimeFormat, or null for a zone the browser lacks */

  function formatFor(timeZone) {
    const key = timeZone || "";
    if (!formats.has(key)) {
      let format = null;
      try {
        format = new Intl.DateTimeFormat("en-US", {
          timeZone: timeZone || undefined, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
        });
      } catch (error) { /* RangeError: a time zone this browser does not know */ }
      formats.set(key, format);
    }
    return formats.get(key);
  }

  /* The weekday (0 Sunday to 6 Saturday) and the minutes since midnight that the clocks of
     timeZone show at date (the reader's own zone when none is given); null when the browser does
     not know the zone. Read from Intl, never from a fixed offset, so daylight-saving time is right. */
  function wallClock(date, timeZone) {
    const format = formatFor(timeZone);
    if (!format || !(date instanceof Date) || isNaN(date.getTime())) return null;
    let day = -1;
    let hour = -1;
    let minute = -1;
    format.formatToParts(date).forEach((part) => {
      if (part.type === "weekday") day = WEEKDAYS[part.value] === undefined ? -1 : WEEKDAYS[part.value];
      else if (part.type === "hour") hour = Number(part.value) % 24;
      else if (part.type === "minute") minute = Number(part.value);
    });
    if (day < 0 || !(hour >= 0) || !(minute >= 0)) return null;
    return { day: day, minutes: hour * 60 + minute };
  }

  /* Minutes since midnight of "19:00" (or "19:00:00"); null when it is not such a time. */
  function parseTime(text) {
    const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(String(text === undefined || text === null ? "" : text).trim());
    if (!match) return null;
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return null;
    return hour * 60 + minute;
  }

  /* {day, start, end, timeZone} with day 0-6 and times in minutes, or null when the meeting
     has no weekly day and start time (a meeting by appointment). A missing end is one hour after
     the start, and an end equal to the start too, as Guidepost reads lists. */
  function schedule(meeting) {
    if (!meeting) return null;
    const day = /^[0-6]$/.test(String(meeting.day).trim()) ? Number(meeting.day) : null;
    const start = typeof meeting.start === "number" ? meeting.start : parseTime(meeting.start);
    let end = typeof meeting.end === "number" ? meeting.end : parseTime(meeting.end);
    if (day === null || start === null) return null;
    if (end === null || end === start) end = (start + 60) % 1440;
    return { day: day, start: start, end: end, timeZone: meeting.timeZone || undefined };
  }

  /* Whether a meeting is held at the wall-clock moment `now`: from its start up to (not
     including) its end; an end before the start is on the next day. */
  function inProgressAt(times, now) {
    if (!times || !now) return false;
    if (times.end > times.start) {
      return now.day === times.day && now.minutes >= times.start && now.minutes < times.end;
    }
    return (now.day === times.day && now.minutes >= times.start) ||
      (now.day === (times.day + 1) % 7 && now.minutes < times.end);
  }

  function todayAt(times, now) {
    return Boolean(times && now && now.day === times.day);
  }

  /* In progress, or starting later today. */
  function toComeAt(times, now) {
    return inProgressAt(times, now) || (todayAt(times, now) && now.minutes < times.start);
  }

  function atDate(test) {
    return function (meeting, date) {
      const times = schedule(meeting);
      return test(times, times && wallClock(date, times.timeZone));
    };
  }

  // MARK: - Reading the page

  /* Lower case, without accents, so "espanol" finds "español". */
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* The meeting a li.meeting describes, from its data- attributes. */
  function meetingFromElement(item) {
    return {
      day: item.getAttribute("data-day"),
      start: item.getAttribute("data-start"),
      end: item.getAttribute("data-end"),
      timeZone: item.getAttribute("data-time-zone") || undefined,
      kinds: (item.getAttribute("data-kinds") || "").split(/\s+/).filter(Boolean),
      attendance: item.getAttribute("data-attendance") || "",
      text: item.getAttribute("data-text") || item.textContent
    };
  }

  /* [{code, name}] from <script type="application/json" id="meeting-kinds">, in its order. */
  function kindNames() {
    const element = document.getElementById("meeting-kinds");
    if (!element) return [];
    let names = null;
    try {
      names = JSON.parse(element.textContent);
    } catch (error) {
      return [];
    }
    if (!names || typeof names !== "object" || Array.isArray(names)) return [];
    return Object.keys(names).filter((code) => typeof names[code] === "string")
      .map((code) => ({ code: code, name: names[code] }));
  }

  /* The clock of the week page's "Today": the time zone most of the page's data-time-zone
     attributes name (its meetings', or one on the list of days), else the reader's own. */
  function pageTimeZone() {
    const counts = new Map();
    let best;
    let most = 0;
    document.querySelectorAll("[data-time-zone]").forEach((node) => {
      const zone = node.getAttribute("data-time-zone").trim();
      if (!zone) return;
      const count = (counts.get(zone) || 0) + 1;
      counts.set(zone, count);
      if (count > most) { most = count; best = zone; }
    });
    return best;
  }

  function uniqueId(base) {
    let id = base;
    for (let n = 2; document.getElementById(id); n += 1) id = base + "-" + n;
    return id;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // MARK: - Marks: in progress, today

  function markInProgress(entry) {
    const item = entry.element;
    if (item.classList.contains("in-progress") === entry.inProgress) return;
    item.classList.toggle("in-progress", entry.inProgress);
    if (entry.inProgress) {
      const label = element("span", "in-progress-label", words.inProgress);
      const place = item.querySelector(".meeting-when") || item;
      entry.marks = [document.createTextNode(" "), label];
      entry.marks.forEach((node) => place.appendChild(node));
    } else {
      (entry.marks || []).forEach((node) => node.remove());
      entry.marks = null;
    }
  }

  /* On the week page: aria-current="date" and a visible "Today" on the link to today's page. */
  function markToday(now) {
    document.querySelectorAll("a[data-day-link]").forEach((link) => {
      const label = link.querySelector(".today-label");
      const isToday = Boolean(now) && link.getAttribute("data-day-link").trim() === String(now.day);
      if (isToday && !label) {
        link.setAttribute("aria-current", "date");
        link.appendChild(document.createTextNode(" "));
        link.appendChild(element("span", "today-label", words.today));
      } else if (!isToday && label) {
        link.removeAttribute("aria-current");
        if (label.previousSibling && label.previousSibling.nodeType === Node.TEXT_NODE) label.previousSibling.remove();
        label.remove();
      }
    });
  }

  // MARK: - The filter form

  function radioGroup(legendText, name, choices) {
    const fieldset = element("fieldset", "meeting-filter meeting-filter-choice");
    fieldset.appendChild(element("legend", "", legendText));
    const radios = choices.map((choice, index) => {
      const label = element("label", "meeting-option");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = name;
      radio.value = choice[0];
      radio.checked = index === 0;
      radio.defaultChecked = index === 0;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + choice[1]));
      fieldset.appendChild(label);
      return radio;
    });
    return { fieldset: fieldset, radios: radios, value: () => (radios.find((r) => r.checked) || radios[0]).value };
  }

  /* The day (0-6, as text) of a list that holds one day's meetings: the page's data-meeting-day,
     else the day all its meetings share; "" for a list of several days. */
  function listDay(entries, pageDay) {
    if (pageDay) return pageDay;
    const days = new Set(entries.map((entry) => (entry.times ? String(entry.times.day) : "")));
    return days.size === 1 ? days.values().next().value : "";
  }

  /* Builds the form for one list, inserts it before the list, and returns {update, refresh}. */
  function filterForm(list, entries, kinds, number, oneDay) {
    const base = "meeting-filter-" + number;
    const form = element("form", "meeting-filters");
    form.noValidate = true;
    const controls = element("div", "meeting-filter-controls");

    const wordsField = element("div", "meeting-filter meeting-filter-words");
    const input = document.createElement("input");
    input.type = "search";
    input.id = uniqueId(base + "-words");
    input.autocomplete = "off";
    input.spellcheck = false;
    const label = element("label", "", words.filter);
    label.htmlFor = input.id;
    const hint = element("p", "meeting-filter-hint", words.hint);
    hint.id = uniqueId(base + "-hint");
    input.setAttribute("aria-describedby", hint.id);
    [label, hint, input].forEach((node) => wordsField.appendChild(node));
    controls.appendChild(wordsField);

    let select = null;
    const present = new Set();
    entries.forEach((entry) => entry.kinds.forEach((code) => present.add(code)));
    const offered = kinds.filter((kind) => present.has(kind.code));
    if (offered.length) {
      const field = element("div", "meeting-filter meeting-filter-kind");
      select = document.createElement("select");
      select.id = uniqueId(base + "-kind");
      select.add(new Option(words.anyKind, ""));
      offered.forEach((kind) => select.add(new Option(kind.name, kind.code)));
      const kindLabel = element("label", "", words.kind);
      kindLabel.htmlFor = select.id;
      field.appendChild(kindLabel);
      field.appendChild(select);
      controls.appendChild(field);
    }

    const when = radioGroup(words.when, base + "-when", oneDay
      ? [["", words.anyTime], ["to-come", words.toCome]]
      : [["", words.anyDay], ["today", words.today], ["to-come", words.toCome]]);
    controls.appendChild(when.fieldset);

    let attend = null;
    if (new Set(entries.map((entry) => entry.attendance)).size > 1) {
      attend = radioGroup(words.attend, base + "-attend",
        [["", words.anyWay], ["in_person", words.inPerson], ["online", words.online]]);
      controls.appendChild(attend.fieldset);
    }

    const footer = element("div", "meeting-filter-footer");
    const status = element("p", "meeting-filter-status");
    status.setAttribute("role", "status");
    const reset = element("button", "meeting-filter-reset", words.showAll);
    reset.type = "button";
    footer.appendChild(status);
    footer.appendChild(reset);
    form.appendChild(controls);
    form.appendChild(footer);

    function update() {
      const query = fold(input.value).split(/\s+/).filter(Boolean);
      const kind = select ? select.value : "";
      const day = when.value();
      const way = attend ? attend.value() : "";
      let shown = 0;
      entries.forEach((entry) => {
        const match = query.every((word) => entry.text.indexOf(word) !== -1) &&
          (!kind || entry.kinds.indexOf(kind) !== -1) &&
          (day !== "today" || entry.today) &&
          (day !== "to-come" || entry.toCome) &&
          (way !== "in_person" || entry.attendance === "in_person" || entry.attendance === "hybrid") &&
          (way !== "online" || entry.attendance === "online" || entry.attendance === "hybrid");
        if (entry.element.hidden === match) entry.element.hidden = !match;
        if (match) shown += 1;
      });
      hideEmptyGroups(list);
      const text = shownText(shown, entries.length);
      if (status.textContent !== text) status.textContent = text;
      form.classList.toggle("is-filtered", shown !== entries.length);
    }

    /* On one day's list, "still to come today" is offered only when that day is today. */
    function refresh() {
      if (oneDay) {
        const isToday = entries.some((entry) => entry.today);
        if (!isToday && when.value() !== "") when.radios[0].checked = true;
        when.fieldset.hidden = !isToday;
      }
      update();
    }

    form.addEventListener("submit", (event) => event.preventDefault());
    input.addEventListener("input", update);
    form.addEventListener("change", update);
    reset.addEventListener("click", () => {
      input.value = "";
      if (select) select.value = "";
      when.radios[0].checked = true;
      if (attend) attend.radios[0].checked = true;
      update();
    });
    list.parentNode.insertBefore(form, list);
    return { update: update, refresh: refresh };
  }

  /* Hides a heading (a part of the day) with no meeting left under it, and an emptied list. A
     heading covers the lists after it up to the next heading of its level or a higher one. */
  function hideEmptyGroups(list) {
    const open = [];
    const close = (heading) => { heading.node.hidden = heading.shown === 0; };
    list.querySelectorAll("h2, h3, h4, h5, h6, ol.meetings, ul.meetings").forEach((node) => {
      if (node.closest("li.meeting")) return;
      const level = /^H([2-6])$/.exec(node.tagName);
      if (level) {
        while (open.length && open[open.length - 1].level >= Number(level[1])) close(open.pop());
        open.push({ node: node, level: Number(level[1]), shown: 0 });
        return;
      }
      const shown = node.querySelectorAll("li.meeting:not([hidden])").length;
      if (node.hidden !== (shown === 0)) node.hidden = shown === 0;
      open.forEach((heading) => { heading.shown += shown; });
    });
    open.forEach(close);
  }

  // MARK: - Start

  const allEntries = [];
  const forms = [];
  let zone;

  function refresh() {
    const date = api.now();
    const clocks = new Map();
    const clock = (timeZone) => {
      if (!clocks.has(timeZone)) clocks.set(timeZone, wallClock(date, timeZone));
      return clocks.get(timeZone);
    };
    allEntries.forEach((entry) => {
      const now = entry.times && clock(entry.times.timeZone);
      entry.inProgress = inProgressAt(entry.times, now);
      entry.today = todayAt(entry.times, now);
      entry.toCome = toComeAt(entry.times, now);
      markInProgress(entry);
    });
    markToday(clock(zone));
    forms.forEach((form) => form.refresh());
  }

  function start() {
    const kinds = kindNames();
    const dayElement = document.querySelector("[data-meeting-day]");
    const pageDay = dayElement ? dayElement.getAttribute("data-meeting-day").trim() : "";
    const lists = Array.prototype.slice.call(document.querySelectorAll("[data-meeting-list]"));
    const perList = lists.map((list) => {
      const entries = Array.prototype.map.call(list.querySelectorAll("li.meeting"), (item) => {
        const meeting = meetingFromElement(item);
        return {
          element: item, times: schedule(meeting), kinds: meeting.kinds, attendance: meeting.attendance,
          text: fold(meeting.text), inProgress: false, today: false, toCome: false, marks: null
        };
      });
      entries.forEach((entry) => allEntries.push(entry));
      return entries;
    });
    zone = pageTimeZone();
    lists.forEach((list, index) => {
      if (perList[index].length >= MIN_MEETINGS_TO_FILTER && list.parentNode) {
        forms.push(filterForm(list, perList[index], kinds, index + 1, listDay(perList[index], pageDay)));
      }
    });
    refresh();
    window.setInterval(refresh, REFRESH_MS);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
  }

  const api = {
    now: () => new Date(),
    wallClock: wallClock,
    parseTime: parseTime,
    isInProgress: atDate(inProgressAt),
    isToday: atDate(todayAt),
    isStillToCome: atDate(toComeAt),
    meetingFromElement: meetingFromElement,
    refresh: refresh
  };
  const earlier = window.GuidepostMeetings; /* a test may set `now` before the script runs */
  if (earlier && typeof earlier.now === "function") api.now = earlier.now;
  window.GuidepostMeetings = api;

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
