#include <doctest/doctest.h>

#include "store/fake_storage.h"
#include "store/save_queue.h"

using namespace onward;

static void deliver(SaveQueue& q, FakeStorage& s, double now) {
    for (const StorageEvent& e : s.take_events()) note_result(q, e, now);
}

TEST_CASE("a record is saved only when storage says the write completed") {
    SaveQueue q;
    FakeStorage s;
    CHECK(save_status(q).state == SaveState::Nothing);
    keep_record(q, "a", "{1}");
    CHECK(save_status(q).state == SaveState::Saving);
    send_due(q, s, 0);
    CHECK(save_status(q).state == SaveState::Saving);
    CHECK(s.records.empty());
    s.answer_all();
    deliver(q, s, 0);
    CHECK(save_status(q).state == SaveState::Saved);
    CHECK(s.records.at("a") == "{1}");
}

TEST_CASE("a failed write keeps the record, says why, and retries with a growing pause") {
    SaveQueue q;
    FakeStorage s;
    keep_record(q, "a", "{1}");
    send_due(q, s, 0);
    s.answer_all("QuotaExceededError: the disk is full");
    deliver(q, s, 0);
    SaveStatus st = save_status(q);
    CHECK(st.state == SaveState::Retrying);
    CHECK(st.reason == "QuotaExceededError: the disk is full");
    CHECK(st.waiting == 1);
    CHECK(next_send_ms(q) == 1000);
    send_due(q, s, 500); // too early: nothing is sent
    CHECK(s.unanswered.empty());
    send_due(q, s, 1000);
    REQUIRE(s.unanswered.size() == 1);
    s.answer_all("still full");
    deliver(q, s, 1000);
    CHECK(next_send_ms(q) == 3000); // 2 s after the second failure
    send_due(q, s, 3000);
    s.answer_all();
    deliver(q, s, 3000);
    CHECK(save_status(q).state == SaveState::Saved);
    CHECK(save_status(q).reason.empty());
    CHECK(s.records.at("a") == "{1}");
    CHECK(next_send_ms(q) == -1);
}

TEST_CASE("a change made while its earlier version is being written is written too") {
    SaveQueue q;
    FakeStorage s;
    keep_record(q, "a", "{old}");
    send_due(q, s, 0);
    keep_record(q, "a", "{new}");
    send_due(q, s, 0); // one write per record at a time
    CHECK(s.unanswered.size() == 1);
    s.answer_all();
    deliver(q, s, 0);
    CHECK(s.records.at("a") == "{old}");
    CHECK(save_status(q).state == SaveState::Saving);
    send_due(q, s, 0);
    s.answer_all();
    deliver(q, s, 0);
    CHECK(s.records.at("a") == "{new}");
    CHECK(save_status(q).state == SaveState::Saved);
}

TEST_CASE("answers for tickets the queue never sent change nothing") {
    SaveQueue q;
    keep_record(q, "a", "{1}");
    StorageEvent stray;
    stray.kind = StorageEvent::Kind::WriteSucceeded;
    stray.ticket = 99;
    note_result(q, stray, 0);
    CHECK(save_status(q).waiting == 1);
}

TEST_CASE("after a failure, a success with newer text pending says saving, not retrying") {
    SaveQueue q;
    FakeStorage s;
    keep_record(q, "a", "{1}");
    send_due(q, s, 0);
    s.answer_all("busy");
    deliver(q, s, 0);
    send_due(q, s, 1000);
    keep_record(q, "a", "{2}"); // changed while the retry is under way
    s.answer_all();
    deliver(q, s, 1000);
    CHECK(save_status(q).state == SaveState::Saving);
    CHECK(next_send_ms(q) == 0); // the newer text goes at once, no pause
    send_due(q, s, 1000);
    s.answer_all();
    deliver(q, s, 1000);
    CHECK(save_status(q).state == SaveState::Saved);
    CHECK(s.records.at("a") == "{2}");
}
