// The app's pages: one entry point each, one file each (pages/<page>_page.cpp).
#pragma once

#include "app_state.hpp"

namespace kandidaat::web {

void draw_app(AppState& app);          // chooses the page (app.cpp)
void draw_login_page(AppState& app);   // login_page.cpp

}  // namespace kandidaat::web
