#include "core/summary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "core/insights.h"
#include "core/say.h"
#include "core/words.h"

namespace onward {

namespace {

// --- The document -------------------------------------------------------------------------

// Built once and written twice (Markdown, HTML). Every string is plain text, ours or the
// person's alike: the writers add all structure and escape all text, so nothing a person
// writes can become formatting in either form.
enum class Kind { Title, Section, Subsection, Text, Items, Table, Entry };
struct Block {
    Kind kind;
    // Title to Text: the text. Items: one per item. Table: the header's cells, then each
    // row's. Entry: its heading, then label, value, label, value…
    std::vector<std::string> text;
    size_t columns = 0; // Table
};
using Document = std::vector<Block>;

void add(Document& doc, Kind kind, std::string text) { doc.push_back({kind, {std::move(text)}, 0}); }

// --- Words --------------------------------------------------------------------------------

std::string percent(int part, int whole) {
    return trf("{number}%", {{"number", std::to_string(std::lround(100.0 * part / whole))}});
}

std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = char(s[0] + ('a' - 'A'));
    return s;
}

// "4 November 2026", "Tue 4 November 2026", or "4 November"; month first where the
// locale puts it first ("Tue, November 4, 2026").
std::string long_day_words(const CalendarDay& d, bool with_weekday = false, bool with_year = true) {
    const bool day_first = locale().day_first;
    const std::string day = std::to_string(d.day), month = month_name(d.month), sep = day_first ? " " : ", ";
    std::string s = day_first ? day + " " + month : month + " " + day;
    if (with_year) s += sep + std::to_string(d.year);
    return with_weekday ? weekday_short_name(weekday(d)) + sep + s : s;
}

// "Tue 4 November 2026, 21:05" as the person lived it, with its offset when now's differs
// (the journal does the same), so a therapist reads the clock the person saw.
std::string moment_words(const LocalTime& t, const LocalTime& now) {
    const int m = minutes_into_day(t), o = t.utc_offset_minutes, a = o < 0 ? -o : o;
    char buf[40];
    std::string s = long_day_words(calendar_day(t), true) + ", " + clock_words(m);
    if (o != now.utc_offset_minutes) {
        std::snprintf(buf, sizeof buf, " (UTC%c%02d:%02d)", o < 0 ? '-' : '+', a / 60, a % 60);
        s += buf;
    }
    return s;
}

void join(std::string& list, const std::string& item, const char* separator = ", ") {
    list += (list.empty() ? "" : separator) + item;
}

// --- The period ---------------------------------------------------------------------------

// A calendar day's day number, read through the record format so that calendar arithmetic
// stays in local_time.cpp; `otherwise` for a day that does not exist.
int64_t day_number(const CalendarDay& d, int64_t otherwise) {
    char iso[48];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT00:00:00Z", d.year, d.month, d.day);
    LocalTime t;
    return from_iso8601(iso, t) ? local_day_number(t) : otherwise;
}

struct Period {
    int64_t from = 0, to = 0; // day numbers, both included
    Journal records;          // the records made in the period, with the journal's library and questionnaires
    InsightDays days;         // the period's Monday weeks, its last day as "today"
};

// The insights building blocks read a whole journal, so they are handed one holding the
// period's records only: then every figure they give is the period's.
Period period_of(const Journal& j, const SummaryRequest& r, const LocalTime& now) {
    Period p;
    const int64_t today = local_day_number(now);
    p.from = day_number(r.from, today);
    p.to = day_number(r.to, today);
    if (p.from > p.to) std::swap(p.from, p.to);
    p.days.today = p.to;
    p.days.first_monday = std::max(monday_of(p.from), monday_of(p.to) - 7 * int64_t(kMaxWeeks - 1));
    p.days.weeks = int((monday_of(p.to) - p.days.first_monday) / 7 + 1);
    p.from = std::max(p.from, p.days.first_monday);
    const auto in = [&](const LocalTime& t) {
        const int64_t day = local_day_number(t);
        return day >= p.from && day <= p.to;
    };
    p.records.library = j.library;
    p.records.questionnaires = j.questionnaires;
    for (const Entry& e : j.entries)
        if (in(e.created)) p.records.entries.push_back(e);
    for (const PracticeSession& s : j.practices)
        if (in(s.created)) p.records.practices.push_back(s);
    for (const CheckResult& c : j.checks)
        if (in(c.taken)) p.records.checks.push_back(c);
    return p;
}

// --- The sections -------------------------------------------------------------------------

void numbers(Document& doc, const Period& p) {
    const std::vector<Entry>& entries = p.records.entries;
    const int n = int(entries.size());
    const int full = int(std::count_if(entries.begin(), entries.end(), is_full_entry));
    std::vector<bool> written(size_t(p.to - p.from + 1));
    for (const Entry& e : entries) written[size_t(local_day_number(e.created) - p.from)] = true;
    const int with_entry = int(std::count(written.begin(), written.end(), true));

    const DistressInsight distress = distress_insight(p.records, p.days);
    int sum = 0, highest = -1;
    Block weeks{Kind::Table, {tr("Week of"), tr("Entries"), tr("Average"), tr("Highest")}, 4};
    for (const DistressWeek& w : distress.weeks) {
        // The week's mean times its entries gives back the whole-number sum it was made from.
        sum += int(std::lround(w.mean * w.entries));
        highest = std::max(highest, w.peak);
        weeks.text.insert(weeks.text.end(), {long_day_words(w.monday), std::to_string(w.entries),
                                             w.entries ? decimal_words(w.mean) : "\xE2\x80\x93",
                                             w.entries ? std::to_string(w.peak) : "\xE2\x80\x93"});
    }

    add(doc, Kind::Section, tr("The period in numbers"));
    Block items{Kind::Items, {}, 0};
    items.text.push_back(trf("Entries: {entries} ({check_ins} and {full_entries}), on {written} of {days}.",
                             {{"entries", std::to_string(n)},
                              {"check_ins", trn("{n} check-in", "{n} check-ins", n - full)},
                              {"full_entries", trn("{n} full entry", "{n} full entries", full)},
                              {"written", std::to_string(with_entry)},
                              {"days", trn("{n} day", "{n} days", long(written.size()))}}));
    items.text.push_back(trf("Practices: {count}.", {{"count", std::to_string(p.records.practices.size())}}));
    if (n)
        items.text.push_back(trf("Distress: average {average} over {entries}, highest {highest}.",
                                 {{"average", decimal_words(double(sum) / n)},
                                  {"entries", trn("{n} entry", "{n} entries", n)},
                                  {"highest", std::to_string(highest)}}));
    doc.push_back(std::move(items));
    if (!n) return;
    add(doc, Kind::Subsection, tr("My distress by week"));
    add(doc, Kind::Text, tr("Weeks start on Monday; only days in the period count."));
    doc.push_back(std::move(weeks));
}

void coping(Document& doc, const Period& p) {
    add(doc, Kind::Section, tr("Coping in the period"));
    int soothe = 0, face = 0, avoid = 0;
    std::array<int, kAvoidKindSlots> kinds{};
    for (const ActionWeek& w : avoidance_insight(p.records, p.days).weeks) {
        soothe += w.soothe;
        face += w.face;
        avoid += w.avoid;
        for (size_t k = 0; k < kAvoidKindSlots; ++k) kinds[k] += w.avoid_kinds[k];
    }
    const int all = soothe + face + avoid;
    if (all == 0) {
        add(doc, Kind::Text, tr("I noted nothing I did to cope in these days."));
    } else {
        add(doc, Kind::Text,
            trf("I noted {things} I did to cope, practices included.", {{"things", trn("{n} thing", "{n} things", all)}}));
        std::string by_kind;
        for (AvoidKind k : kAvoidKinds)
            if (kinds[size_t(k)])
                join(by_kind, trf("{kind} {count}", {{"kind", lower_first(avoid_kind_words(k))},
                                                     {"count", std::to_string(kinds[size_t(k)])}}));
        if (kinds[0]) join(by_kind, trf("no kind named {count}", {{"count", std::to_string(kinds[0])}}));
        // `sentence` is marked where it is written (tr_later) and translated here.
        const auto share = [&](const char* sentence, int part) {
            return trf(sentence, {{"count", std::to_string(part)}, {"percent", percent(part, all)}, {"kinds", by_kind}});
        };
        doc.push_back({Kind::Items,
                       {share(tr_later("Soothe: {count} ({percent})."), soothe),
                        share(tr_later("Face: {count} ({percent})."), face),
                        by_kind.empty() ? share(tr_later("Avoid: {count} ({percent})."), avoid)
                                        : share(tr_later("Avoid: {count} ({percent}); by kind: {kinds}."), avoid)},
                       0});

        add(doc, Kind::Subsection, tr("What helped"));
        Block ranked{Kind::Table,
                     {tr("What I did"), tr("Median drop"), tr("Relief lasted when re-checked"), tr("Times rated")},
                     4};
        std::string unranked;
        for (const ActionRelief& a : relief_insight(p.records, p.days).actions) {
            if (a.enough)
                ranked.text.insert(ranked.text.end(),
                                   {a.name, decimal_words(a.median_drop),
                                    a.rechecked ? trf("{lasted} of {rechecked}", {{"lasted", std::to_string(a.lasted)},
                                                                                  {"rechecked", std::to_string(a.rechecked)}})
                                                : tr("not re-checked"),
                                    std::to_string(a.measured)});
            else
                join(unranked, trf("{action} ({count})", {{"action", a.name}, {"count", std::to_string(a.measured)}}));
        }
        if (ranked.text.size() > ranked.columns) {
            add(doc, Kind::Text, tr("The drop is distress before minus after: the middle one of the times I rated both."));
            doc.push_back(std::move(ranked));
        }
        if (!unranked.empty())
            add(doc, Kind::Text, trf("Not enough data yet ({needed} times rated before and after are needed): {actions}.",
                                     {{"needed", std::to_string(kMinReliefUses)}, {"actions", unranked}}));
    }

    add(doc, Kind::Subsection, tr("Triggers that came back"));
    Block triggers{Kind::Items, {}, 0};
    for (const TriggerInsight& t : triggers_insight(p.records, p.days).triggers)
        triggers.text.push_back(trf("{trigger}: {times}, {new} with a new response.",
                                    {{"trigger", t.name},
                                     {"times", trn("{n} time", "{n} times", t.times)},
                                     {"new", std::to_string(t.new_responses)}}));
    if (triggers.text.empty()) add(doc, Kind::Text, tr("No trigger came up more than once."));
    else doc.push_back(std::move(triggers));
}

void checks(Document& doc, const Period& p, const LocalTime& now) {
    add(doc, Kind::Section, tr("My self-checks"));
    // A table per questionnaire, its checks oldest first, so each one's course reads down
    // its table; what was said about safety goes above them all.
    Document tables;
    for (const QuestionnaireSeries& series : questionnaire_series(p.records, p.days)) {
        if (series.points.empty()) continue;
        add(tables, Kind::Subsection, series.title);
        Block table{Kind::Table, {tr("Taken"), tr("Scores")}, 2};
        for (const CheckPoint& point : series.points) {
            // Scored by the version it was taken with (questionnaire_series found it): its
            // rules name the scores, in the same order.
            const CheckResult& c = *find_check(p.records, point.check);
            const Questionnaire& q = *find_questionnaire(p.records, c.questionnaire, c.questionnaire_version);
            if (point.safety)
                add(doc, Kind::Text, trf("On {day} I said I had thoughts of hurting myself or not wanting to be alive.",
                                         {{"day", long_day_words(calendar_day(point.taken), true)}}));
            std::string scores;
            for (size_t i = 0; i < point.scores.size() && i < q.scores.size(); ++i) {
                const Score& s = point.scores[i];
                int low = 0, high = 0;
                score_range(q, q.scores[i], low, high);
                std::string words;
                if (!s.has_value) {
                    words = trf("not scored ({missing} unanswered)", {{"missing", std::to_string(s.missing)}});
                } else {
                    words = trf("{score} ({low} to {high})",
                                {{"score", (low < 0 && s.value > 0 ? "+" : "") + decimal_words(s.value)},
                                 {"low", decimal_words(low)},
                                 {"high", decimal_words(high)}});
                    if (!s.band.empty()) words = trf("{score}: {band}", {{"score", words}, {"band", s.band}});
                }
                join(scores, trf("{name} {score}", {{"name", q.scores[i].name}, {"score", words}}), "; ");
            }
            table.text.insert(table.text.end(), {moment_words(point.taken, now), scores});
        }
        tables.push_back(std::move(table));
    }
    if (tables.empty()) add(doc, Kind::Text, tr("I took no self-checks in these days."));
    std::move(tables.begin(), tables.end(), std::back_inserter(doc));
}

void phase(Document& doc, const Journal& j, const LocalTime& now) {
    const PhaseInsight ph = compute_insights(j, now).phase;
    add(doc, Kind::Section, tr("Where things stand now"));
    const Blanks phases = {{"phase", phase_words(ph.phase)}, {"inferred", phase_words(ph.inferred)}};
    const std::string said = !ph.chosen ? trf("My records suggest: {phase}.", phases)
                             : ph.inferred == ph.phase
                                 ? trf("I chose: {phase}, and my records point the same way.", phases)
                                 : trf("I chose: {phase}. From my records alone, Onward would suggest: {inferred}.", phases);
    add(doc, Kind::Text, said + " " + ph.why);
}

Block entry_block(const Entry& e, const Library& lib, const LocalTime& now) {
    Block b{Kind::Entry, {moment_words(e.created, now)}, 0};
    const auto field = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        b.text.push_back(label);
        b.text.push_back(value);
    };
    const auto of_ten = [](int v) { return v < 0 ? std::string() : trf("{n} of 10", {{"n", std::to_string(v)}}); };
    field(tr("Distress"), of_ten(e.distress));
    std::string emotions, did, later;
    for (const EmotionRating& r : e.emotions)
        join(emotions, trf("{feeling} {intensity} of 5",
                           {{"feeling", item_name(lib, r.emotion)}, {"intensity", std::to_string(r.intensity)}}));
    field(tr("Emotions"), emotions);
    field(tr("Body"), body_state_words(e.body));
    field(tr("What happened"), e.happened);
    field(tr("Trigger"), e.trigger.empty() ? std::string() : item_name(lib, e.trigger));
    for (const ActionTaken& a : e.actions) {
        const Blanks action = {{"action", item_name(lib, a.action)},
                               {"function", coping_function_key(a.function)},
                               {"avoid", lower_first(avoid_kind_words(a.avoid))}};
        join(did, a.avoid == AvoidKind::Unsaid ? trf("{action} ({function})", action)
                                               : trf("{action} ({function}, {avoid})", action));
    }
    field(tr("What I did"), did);
    field(tr("Distress after"), of_ten(e.distress_after));
    field(tr("Relief"), relief_words(e.relief));
    if (recheck_answered(e)) {
        if (e.recheck.distress >= 0)
            join(later, trf("distress {score}", {{"score", of_ten(e.recheck.distress)}}), "; ");
        if (e.recheck.lasted != Answer::Unsaid)
            join(later, e.recheck.lasted == Answer::Yes ? tr("the relief lasted") : tr("the relief did not last"), "; ");
    }
    field(tr("When I checked again"), later);
    field(tr("New response to an old trigger"), answer_words(e.new_response));
    field(tr("What was new"), e.what_was_new);
    const std::string stayed = answer_words(e.stayed_with_feeling);
    field(tr("Stayed with the feeling"),
          e.stayed_with_feeling != Answer::Unsaid && e.stayed_minutes >= 0
              ? trf("{answer}, about {duration}",
                    {{"answer", stayed}, {"duration", duration_words(e.stayed_minutes * 60000.0)}})
              : stayed);
    field(tr("What the feeling is telling me"), e.feeling_says);
    field(tr("What I need"), e.what_i_need);
    field(tr("Note"), e.note);
    return b;
}

void chosen_entries(Document& doc, const Journal& j, const SummaryRequest& r, const LocalTime& now) {
    std::vector<const Entry*> chosen;
    for (const std::string& id : r.entry_ids)
        if (const Entry* e = find_entry(j, id)) chosen.push_back(e);
    if (chosen.empty()) return;
    std::sort(chosen.begin(), chosen.end(), [](const Entry* a, const Entry* b) {
        return a->created.unix_ms != b->created.unix_ms ? a->created.unix_ms < b->created.unix_ms : a->id < b->id;
    });
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    add(doc, Kind::Section, tr("Entries I chose to share"));
    for (const Entry* e : chosen) doc.push_back(entry_block(*e, j.library, now));
}

Document summary_document(const Journal& j, const SummaryRequest& r, const LocalTime& now) {
    const Period p = period_of(j, r, now);
    const CalendarDay first = day_from_number(p.from), last = day_from_number(p.to);
    Document doc;
    const std::string span = first == last ? long_day_words(last)
                                           : long_day_words(first, false, first.year != last.year) + " \xE2\x80\x93 " +
                                                 long_day_words(last);
    add(doc, Kind::Title, trf("My Onward summary: {period}", {{"period", span}}));
    add(doc, Kind::Text, trf("Made on {day} from my own journal. Onward is a private journal, not an assessment.",
                             {{"day", long_day_words(calendar_day(now))}}));
    if (p.records.entries.empty() && p.records.practices.empty() && p.records.checks.empty()) {
        add(doc, Kind::Text, tr("My journal holds nothing from these days: no entries, practices or self-checks."));
    } else {
        numbers(doc, p);
        coping(doc, p);
        checks(doc, p, now);
    }
    phase(doc, j, now);
    chosen_entries(doc, j, r, now);
    return doc;
}

// --- Markdown -----------------------------------------------------------------------------

// Text as CommonMark that shows exactly its characters. Inline punctuation that could start
// emphasis, code, links, HTML, entities, strikethrough or a table cell is backslash-escaped
// everywhere; at a line's start, so is whatever would open a block (heading, quote, list,
// setext underline, numbered list), and leading blanks go (they would make code). Lines are
// kept as hard breaks continued under `indent`, a blank line as an empty one (a new
// paragraph would loosen the list it is in), or joined with spaces where a block must stay
// on one line (headings, table cells).
std::string md(const std::string& s, const char* indent = "", bool one_line = false) {
    std::string out;
    bool blank = false; // a blank line since the last text
    for (size_t at = 0; at <= s.size();) {
        size_t end = s.find('\n', at);
        if (end == std::string::npos) end = s.size();
        const size_t b = s.find_first_not_of(" \t\r", at);
        at = end + 1;
        if (b >= end) { // nothing but blanks
            blank = true;
            continue;
        }
        const size_t e = s.find_last_not_of(" \t\r", end - 1); // the line's last character, b at least
        if (!out.empty() && one_line) out += ' ';
        else if (!out.empty()) out += (blank ? "\\\n" + std::string(indent) : "") + "\\\n" + indent;
        blank = false;
        size_t digits = b;
        while (digits <= e && s[digits] >= '0' && s[digits] <= '9') ++digits;
        for (size_t i = b; i <= e; ++i) {
            const char c = s[i];
            const char next = i < e ? s[i + 1] : ' '; // the end of a line counts as a blank
            const bool numbered = i == digits && digits > b && (c == '.' || c == ')') && (next == ' ' || next == '\t');
            const bool opens_block = (i == b && std::strchr("#>-+=", c)) || numbered;
            const bool entity = c == '&' && (next == '#' || std::isalnum(static_cast<unsigned char>(next)));
            if (c != '\0' && (opens_block || entity || std::strchr("\\`*_[]<|~", c))) out += '\\';
            out += c;
        }
    }
    return out;
}

std::string markdown(const Document& doc) {
    std::string out;
    for (const Block& b : doc) {
        const std::vector<std::string>& t = b.text;
        if (!out.empty()) out += "\n";
        switch (b.kind) {
        case Kind::Title: out += "# " + md(t[0], "", true) + "\n"; break;
        case Kind::Section: out += "## " + md(t[0], "", true) + "\n"; break;
        case Kind::Subsection: out += "### " + md(t[0], "", true) + "\n"; break;
        case Kind::Text: out += md(t[0]) + "\n"; break;
        case Kind::Items:
            for (const std::string& item : t) out += "- " + md(item, "  ") + "\n";
            break;
        case Kind::Table:
            for (size_t i = 0; i < t.size(); ++i) {
                out += "| " + md(t[i], "", true) + (i % b.columns + 1 == b.columns ? " |\n" : " ");
                if (i + 1 == b.columns)
                    for (size_t c = 0; c < b.columns; ++c) out += c + 1 == b.columns ? "| --- |\n" : "| --- ";
            }
            break;
        case Kind::Entry:
            out += "### " + md(t[0], "", true) + "\n\n";
            for (size_t i = 1; i + 1 < t.size(); i += 2) out += "- **" + md(t[i]) + ":** " + md(t[i + 1], "  ") + "\n";
            break;
        }
    }
    return out;
}

// --- HTML ---------------------------------------------------------------------------------

// Text as HTML: the five characters that could make markup escaped, line breaks kept.
std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\r': break;
        case '\n': out += "<br>"; break; // no newline too: a stylesheet may keep white space
        default: out += c;
        }
    }
    return out;
}

std::string element(const char* tag, const std::string& text, const char* attributes = "") {
    return std::string("<") + tag + attributes + ">" + esc(text) + "</" + tag + ">";
}

std::string html(const Document& doc, const std::string& stylesheet_href) {
    std::string out = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
                      element("title", doc.front().text[0]) + "\n<link rel=\"stylesheet\" href=\"" +
                      esc(stylesheet_href) + "\">\n</head>\n<body>\n<main>\n";
    for (const Block& b : doc) {
        const std::vector<std::string>& t = b.text;
        switch (b.kind) {
        case Kind::Title: out += element("h1", t[0]) + "\n"; break;
        case Kind::Section: out += element("h2", t[0]) + "\n"; break;
        case Kind::Subsection: out += element("h3", t[0]) + "\n"; break;
        case Kind::Text: out += element("p", t[0]) + "\n"; break;
        case Kind::Items:
            out += "<ul>\n";
            for (const std::string& item : t) out += element("li", item) + "\n";
            out += "</ul>\n";
            break;
        case Kind::Table:
            // The header names the columns; each row's first cell names the row.
            out += "<table>\n<thead>\n<tr>";
            for (size_t i = 0; i < t.size(); ++i) {
                const size_t column = i % b.columns;
                if (column == 0 && i) out += "<tr>";
                out += i < b.columns  ? element("th", t[i], " scope=\"col\"")
                       : column == 0 ? element("th", t[i], " scope=\"row\"")
                                     : element("td", t[i]);
                if (column + 1 == b.columns) out += i + 1 == b.columns ? "</tr>\n</thead>\n<tbody>\n" : "</tr>\n";
            }
            out += "</tbody>\n</table>\n";
            break;
        case Kind::Entry:
            out += "<article class=\"entry\">\n" + element("h3", t[0]) + "\n<dl>\n";
            for (size_t i = 1; i + 1 < t.size(); i += 2) out += element("dt", t[i]) + element("dd", t[i + 1]) + "\n";
            out += "</dl>\n</article>\n";
            break;
        }
    }
    return out + "</main>\n</body>\n</html>\n";
}

} // namespace

std::string summary_markdown(const Journal& j, const SummaryRequest& r, const LocalTime& now) {
    return markdown(summary_document(j, r, now));
}

std::string summary_html(const Journal& j, const SummaryRequest& r, const LocalTime& now,
                         const std::string& stylesheet_href) {
    return html(summary_document(j, r, now), stylesheet_href);
}


} // namespace onward
