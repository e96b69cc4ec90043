// Fuzz target: a raw HTTP request to the candidates' confirmation page (/c/{token}), from the first byte on the
// wire: cpp-httplib's request parser, the page's route pattern, its form fields (pages::form_value), the
// Accept-Language choice and the page rendering — everything of the real route but the database lookup.
// Promises: never crashes; every page it renders is a complete document without script.
#include <kandidaat/api.hpp>

#include <cstring>

#include "fuzz_input.hpp"
#include "pages/page_http.hpp"
#include "pages/confirm_page.hpp"

using namespace kandidaat;

namespace {

class MemoryStream final : public httplib::Stream {
public:
    explicit MemoryStream(std::string_view in) : in_(in) {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
        const size_t n = std::min(size, in_.size() - pos_);
        std::memcpy(ptr, in_.data() + pos_, n);
        pos_ += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char* ptr, size_t size) override {
        out.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override { ip = "192.0.2.1", port = 40000; }
    void get_local_ip_and_port(std::string& ip, int& port) const override { ip = "127.0.0.1", port = 8080; }
    socket_t socket() const override { return INVALID_SOCKET; }
    std::string out;

private:
    std::string_view in_;
    size_t pos_ = 0;
};

void check_page(const std::string& html) {
    if (html.rfind("<!DOCTYPE html>", 0) != 0 || html.find("</html>") == std::string::npos)
        fuzz::broken("the page is not a complete document", html.substr(0, 200));
    if (html.find("<script") != std::string::npos) fuzz::broken("the page has a script", html);
}

pages::ConfirmPageData page_data(const httplib::Request& req) {
    pages::ConfirmPageData d;
    d.token = req.matches[1].str();
    d.lang = lang_from_accept_language(req.get_header_value("Accept-Language"));
    d.company_name = req.get_header_value("X-Company");  // stand-ins for stored texts: any bytes at all
    d.candidate.first_name = req.get_header_value("X-Name");
    d.vacancy_title = req.get_param_value("title");
    d.interview.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{14, 30}, 45};
    d.interview.location = pages::form_value(req, "location");
    d.attendee_names = {req.get_header_value("X-Name")};
    return d;
}

class ConfirmServer : public httplib::Server {
public:
    ConfirmServer() {
        Get(paths::confirm_page_pattern, [](const httplib::Request& req, httplib::Response& res) {
            const std::string html = pages::confirm_page(page_data(req));
            check_page(html);
            res.set_content(html, "text/html; charset=utf-8");
        });
        Post(paths::confirm_page_pattern, [](const httplib::Request& req, httplib::Response& res) {
            const auto d = page_data(req);
            const auto answer = parse_answer(pages::form_value(req, "answer"));
            std::string html;
            if (!answer) html = pages::confirm_page(d, "Kies een van de antwoorden.");
            else if (*answer == Answer::withdraw && pages::form_value(req, "confirm") != "yes")
                html = pages::withdraw_confirm_page(d);
            else if (*answer == Answer::withdraw) html = pages::withdrawn_page(d);
            else html = pages::thank_you_page(d);
            check_page(html);
            res.set_content(html, "text/html; charset=utf-8");
        });
        set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            const std::string html = pages::not_found_page(lang_from_accept_language(req.get_header_value("Accept-Language")));
            check_page(html);
            res.set_content(html, "text/html; charset=utf-8");
        });
        set_payload_max_length(256 * 1024);
    }
    void serve(httplib::Stream& strm) {
        bool closed = false;
        for (int i = 0; i < 4 && !closed; ++i)  // keep-alive: a few requests on one connection
            if (!process_request(strm, false, closed, nullptr)) break;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static ConfirmServer server;
    MemoryStream strm(std::string_view(reinterpret_cast<const char*>(data), size));
    server.serve(strm);
    return 0;
}
