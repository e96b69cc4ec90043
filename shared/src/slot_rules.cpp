// Issue 11, slots: offering several times, choosing and changing one.
#include "kandidaat/slot_rules.hpp"

#include <string>

#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/validation.hpp"

namespace kandidaat {

Slot slot_of(const OfferedSlot& s) { return Slot{s.date, s.time, s.duration_min}; }
Slot slot_of(const SlotInput& s) { return Slot{s.date, s.time, s.duration_min}; }

std::vector<Error> validate_offered_slots(const InterviewInput& in, int64_t now) {
    std::vector<Error> errors;
    for (size_t i = 0; i < in.slots.size(); ++i) {
        const SlotInput& s = in.slots[i];
        const std::string prefix = "interview.slots[" + std::to_string(i) + "]";
        for (auto& e : validate_slot(slot_of(s), now, prefix)) errors.push_back(std::move(e));
        if (s.seats < 1 || s.seats > max_seats)
            errors.push_back(make_error(ErrorCode::invalid_value, Str::err_number_range, prefix + ".seats",
                                        {"1", std::to_string(max_seats)}));
        else if (s.seats > 1 && in.type != InterviewType::group)
            errors.push_back(make_error(ErrorCode::invalid_value, Str::err_seats_group_only, prefix + ".seats"));
        for (size_t j = 0; j < i; ++j)
            if (in.slots[j].date == s.date && in.slots[j].time == s.time) {
                errors.push_back(make_error(ErrorCode::duplicate, Str::err_slot_twice, prefix + ".time"));
                break;
            }
    }
    return errors;
}

Slot earliest_offered_slot(const InterviewInput& in) {
    Slot first = slot_of(in);
    for (const SlotInput& s : in.slots)
        if (s.date < first.date || (s.date == first.date && s.time < first.time))
            first = slot_of(s);
    return first;
}

bool slot_open_for_choice(const OfferedSlot& slot, int64_t now) {
    return slot.taken < slot.seats && interview_start_utc(slot_of(slot)) > now;
}

bool slot_change_open(int64_t start_utc, int cutoff_hours, int64_t now) {
    return now < start_utc - static_cast<int64_t>(cutoff_hours) * 3600;
}

}  // namespace kandidaat
