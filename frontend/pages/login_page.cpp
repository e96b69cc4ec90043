// The login page: e-mail + password, centred, with the error from the last attempt.
#include "pages/pages.hpp"
#include "test_hooks.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

namespace kandidaat::web {

void draw_login_page(AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 size(380, 0);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    ImGui::Begin("##login", nullptr, flags);
    const bool nl = app.ui_lang == "nl";
    ImGui::PushFont(io.Fonts->Fonts[2]);
    ImGui::TextUnformatted("Kandidaat");
    ImGui::PopFont();
    ImGui::TextDisabled("%s", nl ? "Interviews plannen met sollicitanten" : "Interviews with applicants");
    ImGui::Spacing();
    ImGui::TextUnformatted(nl ? "E-mailadres" : "E-mail address");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##email", &app.login.email);
    publish_last_item("login.email");
    ImGui::TextUnformatted(nl ? "Wachtwoord" : "Password");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##password", &app.login.password, ImGuiInputTextFlags_Password);
    publish_last_item("login.password");
    ImGui::Spacing();
    ImGui::Button(nl ? "Inloggen" : "Log in", ImVec2(-1, 0));
    publish_last_item("login.submit");
    ImGui::Spacing();
    ImGui::TextDisabled("%s", nl ? "Demo: anna@example.com, wachtwoord demo" : "Demo: anna@example.com, password demo");
    ImGui::End();
}

}  // namespace kandidaat::web
