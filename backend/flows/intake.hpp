// Candidates coming in (issue 16): one rule for a candidate added in the app, sent by a careers site or imported
// from a CSV file. The same e-mail address (case-insensitive) is one candidate however many vacancies they apply
// to; an application is unique per (candidate, vacancy) and per (source, external_id).
#pragma once

#include <string>

#include <kandidaat/model.hpp>

#include "storage/storage.hpp"

namespace kandidaat::flows {

struct IntakeResult {
    Application application;
    Candidate candidate;
    bool created = false;  // false: an existing application was found (same external id, or e-mail on this vacancy)
};

// Inside a write transaction: finds or creates the candidate (by e-mail) and their application to `vacancy_id`.
// `candidate` must be checked already (check_candidate). An existing candidate keeps their details (a mobile or
// phone they lacked is filled in). @throw ApiError 409 "conflict" when (source, external_id) names an application
// of another vacancy.
IntakeResult add_application(storage::Repo& r, int64_t vacancy_id, const Candidate& candidate,
                             const std::string& cv_text, const std::string& source, const std::string& external_id,
                             int64_t now);

}  // namespace kandidaat::flows
