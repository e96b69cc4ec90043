// Issue 11, slots: the rules of offering several times and of a candidate choosing and changing one. No I/O.
#pragma once

#include <cstdint>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

inline constexpr int default_slot_change_cutoff_hours = 24;
inline constexpr int max_slot_change_cutoff_hours = 14 * 24;

// The offered times of a request with `slots`: each as validate_slot with the prefix "interview.slots[i]", seats
// 1..max_seats ("interview.slots[i].seats"; more than 1 only for a group interview: phone and in person are one to
// one), and no time offered twice ("duplicate", "interview.slots[i].time"). Empty without slots (validate_slot of date/time/duration_min applies then). Never fails.
std::vector<Error> validate_offered_slots(const InterviewInput& interview, int64_t now);

inline int seats_left(int seats, int taken) { return seats > taken ? seats - taken : 0; }

// A candidate may take a slot that has a free seat and has not started. Never fails.
bool slot_open_for_choice(const OfferedSlot& slot, int64_t now);

// A candidate holding a slot that starts at `start_utc` may move to another free slot (or give it up by another
// answer that frees the seat) until `cutoff_hours` before it starts. Never fails.
bool slot_change_open(int64_t start_utc, int cutoff_hours, int64_t now);

// The earliest time a request offers (the only one without `slots`): the reminder's day count (R7) must be possible
// for it, since any candidate may choose it. Never fails.
Slot earliest_offered_slot(const InterviewInput& interview);

// The time of an offered slot or a requested one as a Slot. Never fails.
Slot slot_of(const OfferedSlot& slot);
Slot slot_of(const SlotInput& slot);

}  // namespace kandidaat
