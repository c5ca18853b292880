// Valid entries to start each test from, so a test changes only what it is about.
#pragma once
#include "core/entry.h"
#include "core/library.h"
#include "core/local_time.h"

#include <doctest/doctest.h>

// A moment written as Onward writes it ("2026-11-25T18:04:05.000+01:00").
inline onward::LocalTime at(const char* iso) {
    onward::LocalTime t;
    REQUIRE(onward::from_iso8601(iso, t));
    return t;
}

// An entry with only what every entry has: made (and last changed) at `iso`.
inline onward::Entry entry(const char* id, const char* iso, int distress) {
    onward::Entry e;
    e.id = id;
    e.created = e.updated = at(iso);
    e.distress = distress;
    return e;
}

inline onward::Entry with_action(onward::Entry e, const char* action, onward::CopingFunction f,
                                 onward::AvoidKind kind = onward::AvoidKind::Unsaid) {
    e.actions.push_back({action, f, kind});
    return e;
}

// A quick check-in: distress, two emotions (starter library ids), the body and a note.
inline onward::Entry sample_checkin() {
    onward::Entry c;
    c.id = "checkin-abc-00000001";
    c.created = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    c.updated = c.created;
    c.distress = 6;
    c.emotions = {{"emotion-anxious", 4}, {"emotion-tired", 2}};
    c.body = onward::BodyState::Activated;
    c.note = "Long day.";
    return c;
}

// A full entry: every field given, the re-check answered.
inline onward::Entry sample_full_entry() {
    using namespace onward;
    Entry e;
    e.id = "entry-abc-00000002";
    e.created = {1764090245123, 60};                // 2025-11-25T18:04:05.123+01:00
    e.updated = {1764097445123, 60};                // two hours later
    e.distress = 8;
    e.emotions = {{"emotion-afraid", 5}, {"emotion-hopeful", 1}};
    e.body = BodyState::ShutDown;
    e.note = "Call from the bank.";
    e.happened = "The bank rang about the overdraft.";
    e.trigger = "trigger-money-00000001";
    e.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Unsaid},
                 {"action-talked-it-through", CopingFunction::Face, AvoidKind::Unsaid},
                 {"action-scrolled", CopingFunction::Avoid, AvoidKind::Screens}};
    e.distress_after = 4;
    e.relief = Relief::ShortLived;
    e.new_response = Answer::Yes;
    e.what_was_new = "I rang them back instead of hiding.";
    e.stayed_with_feeling = Answer::No;
    e.stayed_minutes = 7;
    e.feeling_says = "I am scared of not coping.";
    e.what_i_need = "A plan, and a friend.";
    e.recheck.at = {1764104645123, 60}; // 2025-11-25T22:04:05.123+01:00
    e.recheck.distress = 5;
    e.recheck.lasted = Answer::No;
    return e;
}

// A library item with just what most tests need.
inline onward::LibraryItem library_item(const char* id, onward::LibraryKind kind, const char* name,
                                        const char* merged_into = "") {
    onward::LibraryItem i;
    i.id = id;
    i.kind = kind;
    i.name = name;
    i.merged_into = merged_into;
    return i;
}
