// The server-rendered pages' template engine (issue 12): the logic-less mustache subset web/templates/ uses —
// {{name}} (HTML-escaped, always), {{#name}}…{{/name}}, {{^name}}…{{/name}}, {{! comment}} and {{> partial}} — parsed
// once, rendered with kainjow mustache's rules byte for byte (tests/backend/page_template_test.cpp renders the same
// data with both): a name is looked up from the innermost section outwards; a section renders for each item of a
// non-empty list, once for anything else but `false` and an empty list; a line that held a rendered section tag and
// is left with only spaces or tabs is dropped with its newline. kainjow built a hash map and copied it per value
// and parsed every partial again per render: two thirds of a confirmation page's CPU time went there.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kandidaat::pages {

// What a template shows: an object of named values, a list of objects, a text or a flag. Names are string literals
// (kept as pointers: set() takes no std::string).
class Data {
public:
    enum class Kind { object, list, text, flag };

    Data() = default;  // an empty object
    Data(std::string text) : kind_(Kind::text), text_(std::move(text)) {}
    Data(std::string_view text) : kind_(Kind::text), text_(text) {}
    Data(const char* text) : kind_(Kind::text), text_(text) {}
    Data(bool flag) : kind_(Kind::flag), flag_(flag) {}
    static Data list() {
        Data d;
        d.kind_ = Kind::list;
        return d;
    }

    // Object: sets (or replaces) `name`, a string literal.
    void set(const char* name, Data value);
    // List: appends an item.
    void push_back(Data item) { items_.push_back(std::move(item)); }

    Kind kind() const { return kind_; }
    bool flag() const { return flag_; }
    const std::string& text() const { return text_; }
    const Data* get(std::string_view name) const;                   // object: the value of `name`, or null
    const std::vector<std::pair<std::string_view, Data>>& members() const { return members_; }  // object
    const std::vector<Data>& items() const { return items_; }                                  // list

private:
    Kind kind_ = Kind::object;
    bool flag_ = false;
    std::string text_;
    std::vector<std::pair<std::string_view, Data>> members_;
    std::vector<Data> items_;
};

// A parsed template. Partials are resolved when it is parsed: `partials` names their texts.
class Template {
public:
    // @throw std::invalid_argument for a tag outside the subset or an unbalanced section (a programming error)
    explicit Template(std::string_view text, const std::vector<std::pair<std::string_view, std::string_view>>& partials = {});
    ~Template();
    Template(Template&&) noexcept;

    std::string render(const Data& data) const;  // safe from several threads at once

    struct Node;

private:
    std::unique_ptr<std::vector<Node>> nodes_;
};

}  // namespace kandidaat::pages
