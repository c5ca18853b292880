#include <doctest/doctest.h>

#include "store/journal_records.h"
#include "test_data.h"

using namespace onward;
using nlohmann::json;

namespace {

// A full entry half written: the distress not picked yet.
Entry sample_draft() {
    Entry e = sample_full_entry();
    e.distress = -1;
    return e;
}

} // namespace

TEST_CASE("a draft without a distress survives encode and decode") {
    const json r = json::parse(encode_draft(kEntryDraftId, sample_draft()));
    CHECK(r["kind"] == "draft");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == "draft-entry");
    CHECK(r["entry"]["distress"] == -1);
    CHECK(r["entry"]["id"] == "entry-abc-00000002");

    Decoded<Entry> rec;
    std::string error;
    const bool ok = decode_draft(r, rec, error);
    CAPTURE(error);
    REQUIRE(ok);
    const Entry& e = rec.value;
    CHECK(rec.version == 1);
    CHECK(e.distress == -1);
    CHECK(e.id == "entry-abc-00000002");
    CHECK(e.created.unix_ms == 1764090245123);
    REQUIRE(e.emotions.size() == 2);
    CHECK(e.emotions[0].emotion == "emotion-afraid");
    CHECK(e.trigger == "trigger-money-00000001");
    REQUIRE(e.actions.size() == 3);
    CHECK(e.actions[2].avoid == AvoidKind::Screens);
    CHECK(e.distress_after == 4);
    CHECK(e.what_i_need == "A plan, and a friend.");
    CHECK(e.recheck.lasted == Answer::No);
}

TEST_CASE("a draft with its distress picked keeps it") {
    Entry d = sample_draft();
    d.distress = 0;
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_draft(json::parse(encode_draft(kEntryDraftId, d)), rec, error));
    CHECK(rec.value.distress == 0);
    d.distress = 10;
    REQUIRE(decode_draft(json::parse(encode_draft(kEntryDraftId, d)), rec, error));
    CHECK(rec.value.distress == 10);
}

TEST_CASE("a broken draft is refused with what is wrong") {
    const json good = json::parse(encode_draft(kEntryDraftId, sample_draft()));
    Decoded<Entry> rec;
    std::string error;

    json r = good;
    r.erase("entry");
    CHECK_FALSE(decode_draft(r, rec, error));
    CHECK(error == "\"entry\" is missing or is not an object");
    r["entry"] = "the note";
    CHECK_FALSE(decode_draft(r, rec, error));
    CHECK(error == "\"entry\" is missing or is not an object");

    // Only "not picked" is let through; any other out-of-range distress is not.
    for (int bad : {-2, 11}) {
        r = good;
        r["entry"]["distress"] = bad;
        CHECK_FALSE(decode_draft(r, rec, error));
        CHECK(error == "entry: Distress is a number from 0 to 10: pick one to save.");
    }
    r = good;
    r["entry"]["relief"] = "total";
    CHECK_FALSE(decode_draft(r, rec, error));
    CHECK(error == "entry: \"relief\" is \"total\", which this version of Onward does not know");
    r = good;
    r["entry"]["distress_after"] = 20;
    CHECK_FALSE(decode_draft(r, rec, error));
    CHECK(error == "entry: Distress afterwards is a number from 0 to 10, or left empty.");

    r = good;
    r["kind"] = "entry";
    CHECK_FALSE(decode_draft(r, rec, error));
    CHECK(error == "the record is a \"entry\", not a draft");
}

TEST_CASE("each form has its own draft id, kept in the record") {
    Entry quick = sample_checkin();
    quick.distress = -1;
    const json r = json::parse(encode_draft(kCheckInDraftId, quick));
    CHECK(r["id"] == "draft-checkin");
    CHECK(r["entry"]["id"] == "checkin-abc-00000001");
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_draft(r, rec, error));
    CHECK(rec.value.distress == -1);
    CHECK(rec.value.note == "Long day.");
    CHECK_FALSE(is_full_entry(rec.value));
}

TEST_CASE("loading finds the drafts by their ids, apart from the saved entries") {
    const Entry saved = sample_checkin();
    Entry quick = sample_checkin();
    quick.distress = -1;
    quick.note = "half a thought";
    LoadedJournal l = load_journal({
        {saved.id, encode_entry(saved)},
        {"draft-entry", encode_draft(kEntryDraftId, sample_draft())},
        {"draft-checkin", encode_draft(kCheckInDraftId, quick)},
    });
    CHECK(l.unreadable.empty());
    REQUIRE(l.drafts.size() == 2);
    CHECK(l.drafts.at("draft-entry").id == "entry-abc-00000002");
    CHECK(l.drafts.at("draft-entry").distress == -1);
    CHECK(l.drafts.at("draft-entry").happened == "The bank rang about the overdraft.");
    CHECK(l.drafts.at("draft-checkin").note == "half a thought");
    REQUIRE(l.journal.entries.size() == 1);
    CHECK(l.journal.entries[0].id == "checkin-abc-00000001");

    l = load_journal({{saved.id, encode_entry(saved)}});
    CHECK(l.drafts.empty());

    // Under a key that is not its id it is unreadable, like every record.
    l = load_journal({{"draft-checkin", encode_draft(kEntryDraftId, sample_draft())}});
    CHECK(l.drafts.empty());
    REQUIRE(l.unreadable.size() == 1);
    CHECK(l.unreadable[0] == "draft-checkin: stored under a key that is not its id");
}
