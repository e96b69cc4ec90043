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

}  // namespace

void preview_invitations(Services& s, const Req& req, Res& res, const Session& session) {
    const auto request = parse_request(req);
    send_json(res, 200, flows::render_preview(s, session.user, request, std::string(code(request_lang(req)))));
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
    if (!answer) fail(ErrorCode::invalid_value, Str::err_choose_answer, "answer");
    if (!body.contains("version") || !body["version"].is_number_integer())
        fail(ErrorCode::invalid_value, Str::err_version_required, "version");
    const Invitation saved = flows::answer_for_candidate(s, session.user, id, *answer, body["version"].get<int64_t>());
    s.messages_queued();  // the invitation.answered webhook deliveries
    send_json(res, 200, saved);
}

}  // namespace kandidaat::handlers
