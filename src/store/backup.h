// A backup is every record in one file the person keeps somewhere safe; restoring one
// merges it into the journal without overwriting anything. docs/backup-format.md
// describes the file and the merge rules.
//
// A backup is read strictly: one record that cannot be read refuses the whole file, with
// the reason and where, so a restore never brings in half a journal. The browser does the
// encryption (Web Crypto); here an encrypted backup is only its envelope's parts.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/local_time.h"
#include "store/record_fields.h"
#include "store/storage_port.h"

namespace onward {

constexpr const char* kBackupFormat = "onward-backup";
constexpr int kBackupFormatVersion = 1;
constexpr size_t kMaxBackupBytes = 64 * 1024 * 1024;

// Every record in the file, readable JSON, one record per line. A record that could not
// be restored (not JSON, or not readable: see load_journal) is left out and listed in
// `skipped` as "key: why", so the app can tell the person.
std::string backup_json(const std::vector<StoredRecord>& records, const LocalTime& made,
                        std::vector<std::string>* skipped);
// "onward-backup-2026-11-26.json": the day it was made, in the person's own day.
std::string backup_file_name(const LocalTime& made);

// The envelope of an encrypted backup: the plain backup file, encrypted with AES-GCM under
// a key PBKDF2-SHA256 derives from the passphrase. The parts stay in base64 as the file
// has them: Web Crypto takes them from there.
constexpr int kMinBackupIterations = 600000;
constexpr int kMaxBackupIterations = 10000000;
struct EncryptedBackup {
    int iterations = 0;
    std::string salt_b64, iv_b64, data_b64;
};
std::string encrypted_backup_json(int iterations, const std::string& salt_b64, const std::string& iv_b64,
                                  const std::string& data_b64);

struct BackupRead {
    enum class What { Refused, Records, Encrypted } what = What::Refused;
    std::string error; // Refused: what is wrong and where, as a sentence for the person
    // Records: each as the app itself would store it (key = id, text = record_text).
    LocalTime made;
    std::vector<StoredRecord> records;
    // Encrypted: decrypt `data` and read the bytes again.
    EncryptedBackup encrypted;
};
BackupRead read_backup(const std::string& bytes);

// A version of a record that a restore set aside rather than overwrite:
// {"kind":"kept-version","v":1,"id":"kept-<of>-<16 hex>","of":…,"kept":time,"record":{…}}.
// Its id ends in a hash of the record it keeps, so keeping the same one twice is one record.
// Kept versions are not part of the journal; load_journal counts them.
constexpr int kKeptVersionSchemaVersion = 1;
constexpr const char* kKeptVersionKind = "kept-version";
struct KeptVersion {
    std::string of; // the id of the record it is a version of
    LocalTime kept;
};
bool decode_kept_version(const nlohmann::json& record, Decoded<KeptVersion>& out, std::string& error);

// What bringing records in (a backup, or an importer's records) would write. For each
// incoming record: absent here, it is added; here with equal content, nothing is written;
// here but different, both are kept: the newer one (by "updated", else "taken", else
// "added"; on a tie or without times, the one already here) stays under the id, the other
// becomes a kept version. Incoming kept versions are added when absent. Doing it twice
// writes nothing the second time.
struct RestoreConflict {
    std::string id;
    const char* kind_words = ""; // "an entry", "the safety plan", …: English, tr() where shown
    bool incoming_shown = false; // true: the incoming one replaced what was here
    std::string kept_id;         // where the other one is kept
};
struct RestorePlan {
    std::vector<StoredRecord> writes; // to be written in one transaction
    size_t added = 0, already_there = 0;
    std::vector<RestoreConflict> conflicts;
};
RestorePlan plan_restore(const std::vector<StoredRecord>& existing, const std::vector<StoredRecord>& incoming,
                         const LocalTime& now);

} // namespace onward
