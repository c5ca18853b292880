// A readable summary of a stretch of the journal, for a person to take to a therapist
// (PRODUCT.md, "Own the data"): the period in numbers, coping and what helped, triggers that
// came back, self-checks, where things stand, and the entries the person chose to share,
// in their own voice ("my"). The same content comes as Markdown and as a print-ready HTML
// page; what to do with it (save, print) is the app's concern.
//
// Every figure is one of insights.h, worked out on the period's records alone with the
// period's last day as "today", so the summary and the Insights screen never disagree: for
// the 28 days that end today, the period's figures are Insights' "last 4 weeks", and relief
// and triggers are Insights' own once every record lies in the period. Where things stand
// is the phase of `now`, as Insights shows it.
#pragma once
#include <string>
#include <vector>

#include "core/journal.h"

namespace onward {

struct SummaryRequest {
    // The first and last day, both included; each record belongs to the day of its own UTC
    // offset (insights.h, "Days"). A day that does not exist is taken as now's; `from` after
    // `to` are swapped; a period longer than kMaxWeeks weeks keeps its newest weeks.
    CalendarDay from, to;
    // The entries to show in full, in any order (the summary puts the oldest first). Ids
    // not in the journal are left out; chosen entries outside the period are still shown,
    // since the person chose them.
    std::vector<std::string> entry_ids;
};

// CommonMark (tables as GitHub-flavoured pipe tables). The person's words are escaped so a
// `*`, `#`, `|` or `<` of theirs shows as written; their line breaks are kept.
std::string summary_markdown(const Journal& j, const SummaryRequest& r, const LocalTime& now);
// The same content as a complete HTML document linking `stylesheet_href` (the site serves
// it as web/summary.css); no inline style or script, which the app's Content-Security-Policy
// forbids, and every piece of text escaped.
std::string summary_html(const Journal& j, const SummaryRequest& r, const LocalTime& now,
                         const std::string& stylesheet_href);

} // namespace onward
