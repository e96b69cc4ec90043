// The embedded default transport: every e-mail as an .eml file and every SMS as a small JSON file on disk.
#pragma once

#include <filesystem>
#include <string>

#include "notify/sender.hpp"

namespace kandidaat::notify {

// Writes under `dir` (normally <data-dir>/outbox/, created when missing):
//   <due UTC as 20261024T070000Z>-<outbox id, 8 digits>-<label>.eml        the complete message, openable in any
//                                                                          mail program
//   <due UTC>-<outbox id>-<label>.sms.json                                 {"to", "from", "text", "message_id"}
// so that a directory listing sorts by the moment each message became due. The name depends only on the outbox
// row, and each file is written to a temporary name, fsync'ed and renamed into place: a retry or a re-send after
// a crash replaces the file instead of adding a second one, and a reader never sees half a message. Files are
// created 0600 (they hold confirmation links). I/O errors are transient failures.
class FileTransport final : public EmailSender, public SmsSender {
public:
    explicit FileTransport(std::filesystem::path dir);
    SendResult send_email(const OutgoingEmail& email) override;
    SendResult send_sms(const OutgoingSms& sms) override;
    std::string describe() const override;

    // The file name for an outbox row (without folder). Never fails.
    static std::string file_name(int64_t due_at, int64_t message_id, std::string_view label, std::string_view ext);

private:
    SendResult write_atomically(const std::string& name, const std::string& content);
    std::filesystem::path dir_;
};

}  // namespace kandidaat::notify
