#include "store/save_queue.h"

#include <algorithm>

namespace onward {

void keep_record(SaveQueue& q, const std::string& key, const std::string& text) {
    SaveQueue::Waiting& w = q.waiting[key];
    w.text = text;
    w.retry_at_ms = 0; // a fresh change is worth trying at once
}

void send_due(SaveQueue& q, StoragePort& port, double now_ms) {
    for (auto& [key, w] : q.waiting) {
        if (w.in_flight || w.retry_at_ms > now_ms) continue;
        w.in_flight = q.next_ticket++;
        q.sent[w.in_flight] = w.text;
        port.put(w.in_flight, key, w.text);
    }
}

void note_result(SaveQueue& q, const StorageEvent& e, double now_ms) {
    if (e.kind != StorageEvent::Kind::WriteSucceeded && e.kind != StorageEvent::Kind::WriteFailed) return;
    auto sent = q.sent.find(e.ticket);
    if (sent == q.sent.end()) return;
    const std::string text = std::move(sent->second);
    q.sent.erase(sent);
    for (auto it = q.waiting.begin(); it != q.waiting.end(); ++it) {
        SaveQueue::Waiting& w = it->second;
        if (w.in_flight != e.ticket) continue;
        w.in_flight = 0;
        if (e.kind == StorageEvent::Kind::WriteSucceeded) {
            q.ever_saved = true;
            w.failures = 0; // storage works again, whatever the record holds by now
            // If the record changed while this write was under way, the newer text still waits.
            if (w.text == text) q.waiting.erase(it);
            if (std::none_of(q.waiting.begin(), q.waiting.end(), [](auto& kv) { return kv.second.failures; }))
                q.last_failure.clear();
        } else {
            ++w.failures;
            q.last_failure = e.reason.empty() ? "the browser gave no reason" : e.reason;
            const double pause = 1000.0 * (1 << std::min(w.failures - 1, 5)); // 1 s … 32 s
            w.retry_at_ms = now_ms + pause;
        }
        return;
    }
}

SaveStatus save_status(const SaveQueue& q) {
    SaveStatus s;
    s.waiting = q.waiting.size();
    if (!q.waiting.empty()) {
        s.state = q.last_failure.empty() ? SaveState::Saving : SaveState::Retrying;
        s.reason = q.last_failure;
    } else {
        s.state = q.ever_saved ? SaveState::Saved : SaveState::Nothing;
    }
    return s;
}

double next_send_ms(const SaveQueue& q) {
    double next = -1;
    for (const auto& [key, w] : q.waiting) {
        if (w.in_flight) continue;
        if (next < 0 || w.retry_at_ms < next) next = w.retry_at_ms;
    }
    return next;
}

} // namespace onward
