// Handlers: preview and create invitations (B2, F5-F7), and the recruiter's answer edit (P7).
#include "handlers/handlers.hpp"

#include <kandidaat/api.hpp>

#include "http_util.hpp"
#include "flows/interview_flow.hpp"
#include "flows/invite_flow.hpp"

namespace kandidaat::handlers {

namespace {
InvitationRequest parse_request(const Req& req) {
    auto parsed = parse_invitation_request(json_body(req));
    if (!parsed) fail(parsed.error());
    return std::move(parsed.value());
}

std::string ui_lang_of(const Req& req) {
    const std::string lang = req.has_param("lang") ? req.get_param_value("lang") : std::string();
    return lang == "en" ? "en" : "nl";
}
}  // namespace

void preview_invitations(Services& s, const Req& req, Res& res, const Session& session) {
    const auto request = parse_request(req);
    send_json(res, 200, flows::render_preview(s, session.user, request, ui_lang_of(req)));
}

void create_invitations(Services& s, const Req& req, Res& res, const Session& session) {
    const auto request = parse_request(req);
    const auto created = flows::invite(s, session.user, request);
    s.messages_queued();
    send_json(res, 201, created);
}

// Body: {"answer": "<AnswerStatus code>", "version": <Invitation::version the edit started from>} -> the
// Invitation with its history; 409 stale_version (with "current") when the answer moved on meanwhile.
void set_invitation_answer(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    const auto body = json_body(req);
    const auto answer = body.contains("answer") && body["answer"].is_string()
                            ? parse_answer_status(body["answer"].get<std::string>())
                            : std::nullopt;
    if (!answer) fail(422, "invalid_value", "answer must be pending, accepted, declined, new_appointment or "
                                            "not_applicable.", "answer");
    if (!body.contains("version") || !body["version"].is_number_integer())
        fail(422, "invalid_value", "version is required: the invitation's version your edit started from "
                                   "(GET /api/candidates/{id}).", "version");
    const Invitation saved = flows::answer_for_candidate(s, session.user, id, *answer, body["version"].get<int64_t>());
    s.messages_queued();  // the invitation.answered webhook deliveries
    send_json(res, 200, saved);
}

}  // namespace kandidaat::handlers
