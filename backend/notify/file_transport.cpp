// The embedded default transport: every e-mail as an .eml file and every SMS as a small JSON file on disk.
#include "notify/file_transport.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <system_error>

#include "kandidaat/civil_time.hpp"

namespace kandidaat::notify {
namespace {

std::string errno_text(const std::string& what, const std::filesystem::path& p) {
    return what + " " + p.string() + ": " + std::strerror(errno);
}

// Only characters that are safe in a file name on every system.
std::string safe_label(std::string_view label) {
    std::string out;
    for (char c : label)
        out += ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
                   ? c
                   : '_';
    return out;
}

}  // namespace

FileTransport::FileTransport(std::filesystem::path dir) : dir_(std::move(dir)) {}

std::string FileTransport::describe() const { return "files in " + dir_.string(); }

std::string FileTransport::file_name(int64_t due_at, int64_t message_id, std::string_view label,
                                     std::string_view ext) {
    const LocalDateTime t = civil_from_utc(due_at);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ-%08lld", t.date.year, t.date.month, t.date.day,
                  t.time.hour, t.time.minute, t.second, static_cast<long long>(message_id));
    std::string name = buf;
    if (!label.empty()) {
        name += '-';
        name += safe_label(label);
    }
    name += ext;
    return name;
}

SendResult FileTransport::write_atomically(const std::string& name, const std::string& content) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) return SendResult::transient("cannot create " + dir_.string() + ": " + ec.message());
    const auto final_path = dir_ / name;
    const auto temp_path = dir_ / (std::string(".tmp-") + name);
    const int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return SendResult::transient(errno_text("cannot create", temp_path));
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            auto r = SendResult::transient(errno_text("cannot write", temp_path));
            ::close(fd);
            ::unlink(temp_path.c_str());
            return r;
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        auto r = SendResult::transient(errno_text("cannot flush", temp_path));
        ::unlink(temp_path.c_str());
        return r;
    }
    if (::rename(temp_path.c_str(), final_path.c_str()) != 0) {
        auto r = SendResult::transient(errno_text("cannot rename to", final_path));
        ::unlink(temp_path.c_str());
        return r;
    }
    // Make the rename itself durable before the row is marked sent.
    const int dfd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return SendResult::ok();
}

SendResult FileTransport::send_email(const OutgoingEmail& email) {
    return write_atomically(file_name(email.due_at, email.message_id, email.label, ".eml"), email.data);
}

SendResult FileTransport::send_sms(const OutgoingSms& sms) {
    const nlohmann::json j = {{"message_id", sms.message_id}, {"to", sms.to}, {"from", sms.from}, {"text", sms.text}};
    return write_atomically(file_name(sms.due_at, sms.message_id, sms.label, ".sms.json"),
                            j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace kandidaat::notify
