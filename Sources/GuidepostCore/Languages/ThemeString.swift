/// The words Guidepost itself writes into pages (breadcrumbs, generated titles, table headers,
/// dates, meeting lists), with their English text.
///
/// Each is a key of the theme's string tables (`Templates/i18n/<language>.yml`), where a theme
/// or a publisher translates it; the English text here is what a table without the key gives.
public enum ThemeString: String, Sendable, CaseIterable {
    case home
    case pageNotFound = "page_not_found"
    case topics
    case search
    case supportGroups = "support_groups"
    case supportGroupsSummary = "support_groups_summary"
    case allGroupsCompared = "all_groups_compared"
    case typeCompared = "type_compared"
    case notListed = "not_listed"
    case columnGroup = "column_group"
    case columnKindOfGroup = "column_kind_of_group"
    case columnInShort = "column_in_short"
    case columnShortName = "column_short_name"
    case columnWebsite = "column_website"
    case columnLastReviewed = "column_last_reviewed"
    case columnExamples = "column_examples"
    case columnWhatItMeans = "column_what_it_means"
    case meetings
    case meetingsOnDay = "meetings_on_day"
    case meetingsByAppointment = "meetings_by_appointment"
    case byAppointment = "by_appointment"
    case onlineMeetings = "online_meetings"
    case meetingsInPerson = "meetings_in_person"
    case meetingsByPlace = "meetings_by_place"
    case meetingsInPlace = "meetings_in_place"
    case meetingsOfKind = "meetings_of_kind"
    case meetingsDescription = "meetings_description"
    case listPageTitle = "list_page_title"
    case meetingsWeekSummary = "meetings_week_summary"
    case meetingsWeekSummaryOne = "meetings_week_summary_one"
    case meetingWhen = "meeting_when"
    case morning
    case afternoon
    case evening
    case night
    case online
    case inPerson = "in_person"
    case inPersonAndOnline = "in_person_and_online"
    case noMatchingMeetings = "no_matching_meetings"
    case meetingChangeSubject = "meeting_change_subject"
    case weekdays
    case months
    case dateFormat = "date_format"
    case listAnd = "list_and"
    case clock
    case languageName = "language_name"
    case pageNotTranslated = "page_not_translated"
    case shownUntranslated = "shown_untranslated"
    case handouts
    case handoutsSummary = "handouts_summary"
    case handoutHelp = "handout_help"
    case handoutHelpSummary = "handout_help_summary"
    case handoutTypeSummary = "handout_type_summary"
    case handoutMeetings = "handout_meetings"
    case handoutMeetingsIn = "handout_meetings_in"
    case handoutMeetingsOtherPlaces = "handout_meetings_other_places"
    case handoutDays = "handout_days"
    case handoutMeetingsSummary = "handout_meetings_summary"
    case handoutQRCode = "handout_qr_code"

    /// The English text, used when no table has the key.
    public var english: String {
        switch self {
        case .home: "Home"
        case .pageNotFound: "Page not found"
        case .topics: "Topics"
        case .search: "Search"
        case .supportGroups: "Support groups"
        case .supportGroupsSummary: "Every group and service in this guide, side by side."
        case .allGroupsCompared: "All support groups compared"
        case .typeCompared: "{type} compared"
        case .notListed: "Not listed"
        case .columnGroup: "Group"
        case .columnKindOfGroup: "Kind of group"
        case .columnInShort: "In short"
        case .columnShortName: "Short name"
        case .columnWebsite: "Website"
        case .columnLastReviewed: "Last reviewed"
        case .columnExamples: "Examples"
        case .columnWhatItMeans: "What it means"
        case .meetings: "Meetings"
        case .meetingsOnDay: "{day} meetings"
        case .meetingsByAppointment: "Meetings by appointment"
        case .byAppointment: "By appointment"
        case .onlineMeetings: "Online meetings"
        case .meetingsInPerson: "Meetings in person"
        case .meetingsByPlace: "Meetings by place"
        case .meetingsInPlace: "Meetings in {place}"
        case .meetingsOfKind: "{kind} meetings"
        case .meetingsDescription: "{title}: where and when, from {site}."
        case .listPageTitle: "{title}, page {number} of {total}"
        case .meetingsWeekSummary: "{count} meetings a week. Choose a day, a place or a kind of meeting."
        case .meetingsWeekSummaryOne: "1 meeting a week. Choose a day, a place or a kind of meeting."
        case .meetingWhen: "{day} {start} to {end}"
        case .morning: "Morning"
        case .afternoon: "Afternoon"
        case .evening: "Evening"
        case .night: "Night"
        case .online: "Online"
        case .inPerson: "In person"
        case .inPersonAndOnline: "In person and online"
        case .noMatchingMeetings: "No meetings in this guide's list match right now."
        case .meetingChangeSubject: "Meeting change: {name}"
        case .weekdays: "Sunday Monday Tuesday Wednesday Thursday Friday Saturday"
        case .months: "January February March April May June July August September October November December"
        case .dateFormat: "{day} {month} {year}"
        case .listAnd: "and"
        case .clock: "12"
        case .languageName: "English"
        case .pageNotTranslated: "This page is not in English yet."
        case .handouts: "Printable sheets"
        case .handoutsSummary: "One-page sheets to print and give out: help lines, kinds of groups and this week's meetings."
        case .handoutHelp: "Help now and local groups"
        case .handoutHelpSummary: "Crisis and help lines, and every kind of support group in this guide, on one page."
        case .handoutTypeSummary: "{type}: the groups in this guide and how to reach them, on one page."
        case .handoutMeetings: "Meetings this week"
        case .handoutMeetingsIn: "Meetings in {place}"
        case .handoutMeetingsOtherPlaces: "Meetings in other places"
        case .handoutDays: "{title}: {first} to {last}"
        case .handoutQRCode: "QR code of this sheet's address: {address}"
        case .handoutMeetingsSummary: "{count} meetings by day, with what the letters mean."
        case .shownUntranslated: "This page has not been translated yet, so it is shown in its original language."
        }
    }
}
