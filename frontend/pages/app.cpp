// draw_app: the top-level frame — which page is showing.
#include "pages/pages.hpp"

namespace kandidaat::web {

void draw_app(AppState& app) {
    switch (app.page) {
        case Page::login: draw_login_page(app); break;
        default: draw_login_page(app); break;
    }
}

}  // namespace kandidaat::web
