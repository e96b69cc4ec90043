// Fuzz target: MIME header encoding (RFC 2047 encoded-words, folding, address headers) and whole e-mails built
// from recruiter- and candidate-supplied texts. Fields: 0 subject, 1 display name, 2 address, 3 text body.
// Promises: never crashes; a header is lines of at most 998 octets joined by CRLF + white space (no bare CR or
// LF, nothing that starts a new header); encoded-words are at most 75 characters; build_email refuses a line
// break in a header instead of sending it.
#include "notify/mime.hpp"

#include "fuzz_input.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;

namespace {

void check_header(const std::string& h) {
    size_t line_start = 0;
    for (size_t i = 0; i < h.size(); ++i) {
        if (h[i] == '\r' || h[i] == '\n') {
            const bool crlf_fold = h[i] == '\r' && i + 2 < h.size() && h[i + 1] == '\n' && (h[i + 2] == ' ' || h[i + 2] == '\t');
            if (!crlf_fold) fuzz::broken("a header has a bare CR/LF or a line that is not a continuation", h);
            if (i - line_start > 998) fuzz::broken("a header line is longer than 998 octets", h);
            line_start = i + 2;
            ++i;
        }
    }
    if (h.size() - line_start > 998) fuzz::broken("a header line is longer than 998 octets", h);
    for (size_t at = h.find("=?"); at != std::string::npos; at = h.find("=?", at + 2)) {
        const size_t end = h.find("?=", at + 2);
        if (end == std::string::npos) break;
        // encoded-words: "=?UTF-8?Q?...?=" has two more '?' inside before its end
        if (h.compare(at, 8, "=?UTF-8?") == 0) {
            const size_t close = h.find("?=", at + 10);
            if (close != std::string::npos && close + 2 - at > 75) fuzz::broken("an encoded-word is over 75 characters", h);
            if (close != std::string::npos) at = close;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Fields in(data, size);
    const std::string subject = in.field(0), name = in.field(1), address = in.field(2), text = in.field(3);

    if (!has_line_break(subject)) check_header(unstructured_header("Subject", subject));
    if (!has_line_break(name)) check_header(address_header("From", MailAddress{name, "jobs@acme.example"}));
    (void)quoted_printable(text);
    (void)base64(text, size % 2 ? 76 : 0);
    (void)is_valid_email(address);

    EmailContent e;
    e.from = MailAddress{name, "jobs@acme.example"};
    e.to = MailAddress{"", is_valid_email(address) ? address : "eva@example.org"};
    e.subject = subject;
    e.text = text;
    e.html = "<p>" + text + "</p>";
    e.message_id = "1.2@acme.example";
    e.date = 1'780'000'000;
    auto mail = build_email(e);
    if (has_line_break(subject) || has_line_break(name)) {
        if (mail) fuzz::broken("build_email accepted a line break in a header", subject + "|" + name);
    } else if (mail) {
        const std::string& m = mail.value();
        for (size_t i = 0; i < m.size(); ++i)
            if ((m[i] == '\n' && (i == 0 || m[i - 1] != '\r')) || (m[i] == '\r' && (i + 1 >= m.size() || m[i + 1] != '\n')))
                fuzz::broken("the message has a bare CR or LF", m.substr(i > 40 ? i - 40 : 0, 80));
    }
    return 0;
}
