// Demo data: three users, three vacancies and about forty applicants with Dutch, English and German names.
#include "demo_data.hpp"

#include "crypto.hpp"
#include "default_templates.hpp"

namespace kandidaat {

bool seed_defaults(storage::Repo& repo, int64_t now, const std::string& company_name) {
    if (repo.setting("company_name").empty() || !company_name.empty())
        repo.set_setting("company_name", company_name.empty() ? "Kandidaat" : company_name);
    if (repo.setting("default_language").empty()) repo.set_setting("default_language", "nl");
    // Issue 16 added the rejection template: databases seeded before it get it once.
    if (!repo.setting("templates_seeded").empty() && repo.setting("rejection_template_seeded").empty()) {
        if (!repo.first_template_of_kind(MessageKind::rejection))
            repo.save_template(default_template_of_kind(MessageKind::rejection), now);
        repo.set_setting("rejection_template_seeded", "1");
    }
    if (!repo.list_templates().empty() || !repo.setting("templates_seeded").empty()) return false;
    for (const auto& t : default_templates()) repo.save_template(t, now);
    repo.set_setting("templates_seeded", "1");
    repo.set_setting("rejection_template_seeded", "1");
    return true;
}

namespace {
struct DemoCandidate {
    const char* first;
    const char* last;
    const char* email;
    const char* mobile;  // "" = none
    const char* lang;
    int vacancy;         // 0, 1, 2; 3 = the first two
};

constexpr DemoCandidate demo_candidates[] = {
    {"Zoë", "Çelik", "zoe.celik@example.org", "+31612345601", "nl", 3},
    {"Łukasz", "Wróbel", "lukasz.wrobel@example.org", "+48601234502", "en", 1},
    {"Søren", "Ødegård", "soren.odegard@example.org", "", "en", 1},
    {"Jürgen", "Müller", "juergen.mueller@example.de", "+4915123456704", "de", 2},
    {"Sanne", "de Jong", "sanne.dejong@example.nl", "+31612345605", "nl", 0},
    {"Daan", "Bakker", "daan.bakker@example.nl", "+31612345606", "nl", 0},
    {"Emma", "Visser", "emma.visser@example.nl", "", "nl", 0},
    {"Lucas", "Smit", "lucas.smit@example.nl", "+31612345608", "nl", 0},
    {"Fleur", "van den Berg", "fleur.vandenberg@example.nl", "+31612345609", "nl", 0},
    {"Noah", "Meijer", "noah.meijer@example.nl", "", "nl", 0},
    {"Julia", "de Boer", "julia.deboer@example.nl", "+31612345611", "nl", 0},
    {"Mohammed", "El Amrani", "mohammed.elamrani@example.nl", "+31612345612", "nl", 0},
    {"Priya", "Sharma", "priya.sharma@example.com", "+447700900113", "en", 0},
    {"Anouk", "Mulder", "anouk.mulder@example.nl", "+31612345614", "nl", 0},
    {"Thijs", "de Groot", "thijs.degroot@example.nl", "+31612345615", "nl", 0},
    {"Oliver", "Hughes", "oliver.hughes@example.co.uk", "+447700900116", "en", 1},
    {"Amelia", "O'Brien", "amelia.obrien@example.ie", "", "en", 1},
    {"Wei", "Zhang", "wei.zhang@example.com", "+31612345618", "en", 1},
    {"Sofia", "Rossi", "sofia.rossi@example.it", "+393471234519", "en", 1},
    {"Bas", "Hendriks", "bas.hendriks@example.nl", "+31612345620", "nl", 1},
    {"Lotte", "Vermeulen", "lotte.vermeulen@example.nl", "+31612345621", "nl", 1},
    {"Ahmet", "Yılmaz", "ahmet.yilmaz@example.nl", "+31612345622", "nl", 1},
    {"Ines", "García", "ines.garcia@example.es", "", "en", 1},
    {"Mateo", "Fernández", "mateo.fernandez@example.es", "+34612345624", "en", 1},
    {"Hannah", "Schmidt", "hannah.schmidt@example.de", "+4915123456725", "de", 2},
    {"Lukas", "Weber", "lukas.weber@example.de", "+4915123456726", "de", 2},
    {"Lea", "Schäfer", "lea.schaefer@example.de", "", "de", 2},
    {"Felix", "Köhler", "felix.koehler@example.de", "+4915123456728", "de", 2},
    {"Marie", "Groß", "marie.gross@example.de", "+4915123456729", "de", 2},
    {"Jonas", "Becker", "jonas.becker@example.de", "+4915123456730", "de", 2},
    {"Kim", "Peeters", "kim.peeters@example.be", "+32470123431", "nl", 2},
    {"Ruben", "Claes", "ruben.claes@example.be", "", "nl", 2},
    {"Eva", "Janssen", "eva.janssen@example.nl", "+31612345633", "nl", 2},
    {"Tom", "Willems", "tom.willems@example.nl", "+31612345634", "nl", 2},
    {"Chloé", "Dubois", "chloe.dubois@example.fr", "+33612345635", "en", 2},
    {"Björn", "Lindqvist", "bjorn.lindqvist@example.se", "+46701234536", "en", 3},
    {"Ayşe", "Kaya", "ayse.kaya@example.nl", "+31612345637", "nl", 0},
    {"Niamh", "Murphy", "niamh.murphy@example.ie", "+353851234538", "en", 0},
    {"Dirk", "Van Damme", "dirk.vandamme@example.be", "", "nl", 2},
    {"Stefanie", "Krüger", "stefanie.krueger@example.de", "+4915123456740", "de", 0},
};
}  // namespace

std::vector<DemoLogin> seed_demo(storage::Repo& repo, int64_t now, bool fast) {
    if (repo.count_users() > 0) return {};
    repo.set_setting("company_name", "Horizon Zorg & Techniek");

    struct DemoUser {
        const char* email;
        const char* name;
        Role role;
        bool sms;
        const char* description;
    };
    const DemoUser users[] = {
        {"admin@example.com", "Beheerder", Role::admin, true, "admin"},
        {"anna@example.com", "Anna de Vries", Role::recruiter, true, "recruiter with SMS access"},
        {"bram@example.com", "Bram Jansen", Role::recruiter, false, "recruiter without SMS access"},
    };
    std::vector<DemoLogin> logins;
    for (const auto& d : users) {
        User u;
        u.email = d.email;
        u.name = d.name;
        u.role = d.role;
        u.sms_access = d.sms;
        repo.insert_user(u, crypto::hash_password("demo", fast), now);
        logins.push_back({d.email, "demo", d.description});
    }

    const Vacancy vacancies[] = {
        {0, "Verpleegkundige Interne Geneeskunde", "Utrecht", "Zorg"},
        {0, "Software Engineer C++", "Amsterdam", "Techniek"},
        {0, "Logistiek medewerker (m/v/d)", "Venlo", "Logistiek"},
    };
    int64_t vacancy_ids[3];
    for (int i = 0; i < 3; ++i) vacancy_ids[i] = repo.insert_vacancy(vacancies[i], now);

    int n = 0;
    for (const auto& d : demo_candidates) {
        Candidate c;
        c.first_name = d.first;
        c.last_name = d.last;
        c.email = d.email;
        c.mobile = d.mobile;
        c.language = d.lang;
        const int64_t id = repo.insert_candidate(c, now);
        const std::string cv = std::string("Curriculum vitae van ") + d.first + " " + d.last + ".";
        const int64_t applied = now - 86400 * (2 + n % 20);
        if (d.vacancy == 3) {
            repo.insert_application(id, vacancy_ids[0], ApplicationStatus::new_, cv, applied);
            repo.insert_application(id, vacancy_ids[1], ApplicationStatus::new_, cv, applied);
        } else {
            repo.insert_application(id, vacancy_ids[d.vacancy], ApplicationStatus::new_, cv, applied);
        }
        ++n;
    }
    return logins;
}

}  // namespace kandidaat
