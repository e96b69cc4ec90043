// The message templates a new database starts with: invitation, reminder, reschedule and cancellation in nl/en/de.
#pragma once

#include <vector>

#include <kandidaat/model.hpp>

namespace kandidaat {

// The defaults, in the order they are stored. The first invitation template has {confirmlink} in nl and de but
// not in en (C4's mixed case); the second has it nowhere (C3: the option starts checked). The reschedule and
// cancellation templates are also the fallback when the database has none of that kind. Never fails.
const std::vector<MessageTemplate>& default_templates();

// The first default template of `kind` (reschedule/cancellation fallback). Never fails.
const MessageTemplate& default_template_of_kind(MessageKind kind);

}  // namespace kandidaat
