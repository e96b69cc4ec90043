// The app's WebGL 2 renderer: draws Dear ImGui's draw data on the page's canvas.
//
// Why not imgui_impl_opengl3: that backend shares its GL context with a host engine, so every frame it reads back
// the GL state it is about to change (about twenty glGetIntegerv) and restores it afterwards. In a browser each of
// those reads is a synchronous round trip to the GPU process, which first finishes the work queued before it: in
// headless Chromium they were 1.5 ms of a 2.2 ms frame. The app is the canvas's only user, so its state is set once
// and only what changes from frame to frame is sent; nothing in a frame reads from the GPU.
#pragma once

struct ImDrawData;

namespace kandidaat::web {

// Compiles the shader and sets the fixed state on the current context (made current by GLFW). False when WebGL
// refuses the shader (a message is printed to the console).
bool renderer_init();

// (Re)creates the font atlas texture from ImGui's atlas (after load_fonts at another pixel ratio).
void renderer_upload_fonts();

// Clears the framebuffer (fb_width × fb_height pixels) with `clear` and draws `draw_data`.
void renderer_draw(const ImDrawData& draw_data, int fb_width, int fb_height, const float clear[4]);

}  // namespace kandidaat::web
