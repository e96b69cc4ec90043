// Fuzz target: the POST /api/invitations(/preview) body, as the server reads it (JSON text -> parser -> rules).
// Promises: never throws or crashes; whatever it accepts serializes to JSON that it accepts again, unchanged.
#include <kandidaat/api.hpp>
#include <kandidaat/validation.hpp>

#include "fuzz_input.hpp"

using namespace kandidaat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_invitation_request_text(text);
    if (!parsed) return 0;
    const InvitationRequest& r = parsed.value();

    InvitationContext ctx;
    ctx.now = 1'780'000'000;
    ctx.sender.id = 1;
    ctx.sender.email = "anna@acme.example";
    for (size_t i = 0; i < r.candidate_ids.size() && i < 20; ++i) {
        Candidate c;
        c.id = r.candidate_ids[i];
        c.first_name = "Eva";
        c.email = "eva@example.org";
        c.language = i % 2 ? "en" : "nl";
        ctx.candidates.push_back(c);
    }
    (void)validate_invitation_request(r, ctx);

    // Round trip: the client's own serialization of what the server accepted is accepted again, unchanged.
    const nlohmann::json again = r;
    auto reparsed = parse_invitation_request(again);
    if (!reparsed) fuzz::broken("an accepted invitation body does not parse again", reparsed.error().message + " " + reparsed.error().field);
    if (nlohmann::json(reparsed.value()) != again) fuzz::broken("the invitation body changed on a round trip", again.dump());
    return 0;
}
