// The pages' template engine (see template.hpp): parse once into nodes, render into one string.
#include "pages/template.hpp"

#include <algorithm>
#include <stdexcept>

namespace kandidaat::pages {

void Data::set(const char* name, Data value) {
    for (auto& m : members_)
        if (m.first == name) {
            m.second = std::move(value);
            return;
        }
    members_.emplace_back(name, std::move(value));
}

const Data* Data::get(std::string_view name) const {
    if (kind_ != Kind::object) return nullptr;
    for (const auto& m : members_)
        if (m.first == name) return &m.second;
    return nullptr;
}

struct Template::Node {
    enum class Kind { text, newline, variable, section, inverted };
    Kind kind = Kind::text;
    std::string text;  // text: the characters; variable and sections: the name
    std::vector<Node> children;
};

namespace {

using TemplateNode = Template::Node;
using TemplatePartials = std::vector<std::pair<std::string_view, std::string_view>>;

std::string_view trimmed_tag(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

void add_template_text(std::vector<TemplateNode>& out, std::string_view text) {
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        if (nl != 0) {
            const std::string_view part = text.substr(0, nl);
            if (part.find('\r') != std::string_view::npos)
                throw std::invalid_argument("page template: a carriage return (not supported)");
            if (!out.empty() && out.back().kind == TemplateNode::Kind::text) out.back().text += part;
            else out.push_back({TemplateNode::Kind::text, std::string(part), {}});
        }
        if (nl == std::string_view::npos) return;
        out.push_back({TemplateNode::Kind::newline, {}, {}});
        text.remove_prefix(nl + 1);
    }
}

// Parses `text` into `out` (the children of the innermost open section are at the top of `open`).
void parse_template(std::string_view text, const TemplatePartials& partials, std::vector<std::vector<TemplateNode>*>& open,
                    std::vector<std::string>& open_names, int depth) {
    if (depth > 8) throw std::invalid_argument("page template: partials nested too deep");
    size_t at = 0;
    while (at < text.size()) {
        const size_t begin = text.find("{{", at);
        add_template_text(*open.back(), text.substr(at, begin == std::string_view::npos ? std::string_view::npos : begin - at));
        if (begin == std::string_view::npos) break;
        const size_t end = text.find("}}", begin + 2);
        if (end == std::string_view::npos) throw std::invalid_argument("page template: an unclosed tag");
        std::string_view tag = trimmed_tag(text.substr(begin + 2, end - begin - 2));
        at = end + 2;
        const char sigil = tag.empty() ? '\0' : tag.front();
        if (sigil == '!') continue;  // a comment
        if (sigil == '{' || sigil == '&' || sigil == '=')
            throw std::invalid_argument("page template: unescaped values and delimiter changes are not supported");
        const bool marked = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>';
        const std::string_view name = marked ? trimmed_tag(tag.substr(1)) : tag;
        if (name.empty()) throw std::invalid_argument("page template: a tag without a name");
        if (sigil == '>') {
            const auto it = std::find_if(partials.begin(), partials.end(), [&](const auto& p) { return p.first == name; });
            if (it == partials.end()) throw std::invalid_argument("page template: unknown partial " + std::string(name));
            parse_template(it->second, partials, open, open_names, depth + 1);
        } else if (sigil == '#' || sigil == '^') {
            auto& parent = *open.back();
            parent.push_back({sigil == '#' ? TemplateNode::Kind::section : TemplateNode::Kind::inverted, std::string(name), {}});
            open.push_back(&parent.back().children);
            open_names.emplace_back(name);
        } else if (sigil == '/') {
            if (open_names.empty() || open_names.back() != name)
                throw std::invalid_argument("page template: an unopened section " + std::string(name));
            open.pop_back();
            open_names.pop_back();
        } else {
            open.back()->push_back({TemplateNode::Kind::variable, std::string(name), {}});
        }
    }
}

void append_escaped(std::string& out, const std::string& s) {
    const char* run = s.data();  // the plain bytes since the last escaped one go out in one append
    const char* const end = s.data() + s.size();
    for (const char* p = run; p != end; ++p) {
        const char* entity;
        switch (*p) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            case '\'': entity = "&apos;"; break;
            default: continue;
        }
        out.append(run, static_cast<size_t>(p - run));
        out += entity;
        run = p + 1;
    }
    out.append(run, static_cast<size_t>(end - run));
}

// The output and the state of its current line (kainjow's line buffer, without the copy).
struct TemplateOutput {
    std::string out;
    size_t line_start = 0;
    bool section_on_line = false;

    // The line ends (a newline, or the end): dropped when it held a rendered section tag and nothing but blanks.
    void end_line(bool newline) {
        bool blank = section_on_line;
        for (size_t i = line_start; blank && i < out.size(); ++i) blank = out[i] == ' ' || out[i] == '\t';
        if (blank) out.resize(line_start);
        else if (newline) out += '\n';
        line_start = out.size();
        section_on_line = false;
    }
};

const Data* lookup_in_context(const std::vector<const Data*>& stack, std::string_view name) {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
        if (const Data* d = (*it)->get(name)) return d;
    return nullptr;
}

void render_nodes(const std::vector<TemplateNode>& nodes, std::vector<const Data*>& stack, TemplateOutput& o) {
    for (const TemplateNode& n : nodes) {
        switch (n.kind) {
            case TemplateNode::Kind::text: o.out += n.text; break;
            case TemplateNode::Kind::newline: o.end_line(true); break;
            case TemplateNode::Kind::variable:
                if (const Data* d = lookup_in_context(stack, n.text); d && d->kind() == Data::Kind::text) append_escaped(o.out, d->text());
                break;
            case TemplateNode::Kind::section:
            case TemplateNode::Kind::inverted: {
                const Data* d = lookup_in_context(stack, n.text);
                const bool falsy = !d || (d->kind() == Data::Kind::flag && !d->flag()) ||
                                   (d->kind() == Data::Kind::list && d->items().empty());
                if (falsy != (n.kind == TemplateNode::Kind::inverted)) break;  // skipped: no trace on the line
                if (d && d->kind() == Data::Kind::list && !d->items().empty()) {
                    for (const Data& item : d->items()) {
                        o.section_on_line = true;
                        stack.push_back(&item);
                        render_nodes(n.children, stack, o);
                        stack.pop_back();
                        o.section_on_line = true;
                    }
                } else {
                    o.section_on_line = true;
                    if (d) stack.push_back(d);
                    render_nodes(n.children, stack, o);
                    if (d) stack.pop_back();
                    o.section_on_line = true;
                }
                break;
            }
        }
    }
}

}  // namespace

Template::Template(std::string_view text, const TemplatePartials& partials)
    : nodes_(std::make_unique<std::vector<Node>>()) {
    std::vector<std::vector<Node>*> open{nodes_.get()};
    std::vector<std::string> open_names;
    parse_template(text, partials, open, open_names, 0);
    if (!open_names.empty()) throw std::invalid_argument("page template: an unclosed section " + open_names.back());
}

Template::~Template() = default;
Template::Template(Template&&) noexcept = default;

std::string Template::render(const Data& data) const {
    TemplateOutput o;
    o.out.reserve(8 * 1024);
    std::vector<const Data*> stack{&data};
    render_nodes(*nodes_, stack, o);
    o.end_line(false);
    return std::move(o.out);
}

}  // namespace kandidaat::pages
