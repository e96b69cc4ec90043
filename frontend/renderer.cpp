// The app's WebGL 2 renderer (renderer.hpp says why it is not imgui_impl_opengl3).
#include "renderer.hpp"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstddef>
#include <cstdio>

namespace kandidaat::web {
namespace {

struct GlState {
    GLuint program = 0, vao = 0, vbo = 0, ibo = 0, font_texture = 0;
    GLint scale_at = -1;               // uniform vec2: 2 / the display's size in CSS pixels
    float scale[2] = {0, 0};           // what the uniform holds now
    int viewport[2] = {0, 0};          // the framebuffer size glViewport was last given
    GLuint bound_texture = 0;
    GLsizeiptr vbo_size = 0, ibo_size = 0;  // the buffers' stores: they only grow
} g_gl;

// The vertices are ImGui's (CSS pixels, top left origin); colours are its bytes, blended as ImGui's backend does.
constexpr const char* vertex_shader = R"(#version 300 es
uniform vec2 u_scale;
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_pos.x * u_scale.x - 1.0, 1.0 - a_pos.y * u_scale.y, 0.0, 1.0);
})";

// highp: the glyph atlas's coordinates need more than mediump's 10 bits on phones' GPUs.
constexpr const char* fragment_shader = R"(#version 300 es
precision highp float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
layout(location = 0) out vec4 out_color;
void main() {
    out_color = v_color * texture(u_texture, v_uv);
})";

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);  // (once, at start-up)
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::printf("Kandidaat: the WebGL shader did not compile: %s\n", log);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

// Writes `bytes` into the bound buffer's store, growing the store first when it is too small (as Dear ImGui's
// backend does: no new store for every draw list of every frame).
void upload(GLenum target, GLsizeiptr& store, GLsizeiptr bytes, const void* data) {
    if (bytes > store) {
        store = bytes + bytes / 2;
        glBufferData(target, store, nullptr, GL_DYNAMIC_DRAW);
    }
    glBufferSubData(target, 0, bytes, data);
}

void bind_texture(GLuint texture) {
    if (texture == g_gl.bound_texture) return;
    glBindTexture(GL_TEXTURE_2D, texture);
    g_gl.bound_texture = texture;
}

}  // namespace

bool renderer_init() {
    const GLuint vs = compile(GL_VERTEX_SHADER, vertex_shader), fs = compile(GL_FRAGMENT_SHADER, fragment_shader);
    if (!vs || !fs) return false;
    g_gl.program = glCreateProgram();
    glAttachShader(g_gl.program, vs);
    glAttachShader(g_gl.program, fs);
    glLinkProgram(g_gl.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(g_gl.program, GL_LINK_STATUS, &ok);
    if (!ok) {
        std::printf("Kandidaat: the WebGL shader program did not link\n");
        return false;
    }
    glUseProgram(g_gl.program);
    g_gl.scale_at = glGetUniformLocation(g_gl.program, "u_scale");
    glUniform1i(glGetUniformLocation(g_gl.program, "u_texture"), 0);

    // One vertex array holds the buffers and ImDrawVert's layout for good.
    glGenVertexArrays(1, &g_gl.vao);
    glBindVertexArray(g_gl.vao);
    glGenBuffers(1, &g_gl.vbo);
    glGenBuffers(1, &g_gl.ibo);
    glBindBuffer(GL_ARRAY_BUFFER, g_gl.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_gl.ibo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glActiveTexture(GL_TEXTURE0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "kandidaat_webgl2";
    return true;
}

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (g_gl.font_texture) glDeleteTextures(1, &g_gl.font_texture);
    glGenTextures(1, &g_gl.font_texture);
    glBindTexture(GL_TEXTURE_2D, g_gl.font_texture);
    g_gl.bound_texture = g_gl.font_texture;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g_gl.font_texture)));
}

void renderer_draw(const ImDrawData& draw_data, int fb_width, int fb_height, const float clear[4]) {
    if (fb_width != g_gl.viewport[0] || fb_height != g_gl.viewport[1]) {
        glViewport(0, 0, fb_width, fb_height);
        g_gl.viewport[0] = fb_width;
        g_gl.viewport[1] = fb_height;
    }
    // The clear covers the whole framebuffer: no scissor until the draw lists.
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clear[0], clear[1], clear[2], clear[3]);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fb_width <= 0 || fb_height <= 0 || draw_data.DisplaySize.x <= 0 || draw_data.DisplaySize.y <= 0) return;
    glEnable(GL_SCISSOR_TEST);
    const float scale[2] = {2.0f / draw_data.DisplaySize.x, 2.0f / draw_data.DisplaySize.y};
    if (scale[0] != g_gl.scale[0] || scale[1] != g_gl.scale[1]) {
        glUniform2f(g_gl.scale_at, scale[0], scale[1]);
        g_gl.scale[0] = scale[0];
        g_gl.scale[1] = scale[1];
    }
    const ImVec2 pos = draw_data.DisplayPos, fb_scale = draw_data.FramebufferScale;
    for (int n = 0; n < draw_data.CmdListsCount; ++n) {
        const ImDrawList& list = *draw_data.CmdLists[n];
        upload(GL_ARRAY_BUFFER, g_gl.vbo_size, GLsizeiptr(list.VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)), list.VtxBuffer.Data);
        upload(GL_ELEMENT_ARRAY_BUFFER, g_gl.ibo_size, GLsizeiptr(list.IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)), list.IdxBuffer.Data);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {  // (the app draws none; ImGui's "reset render state" needs nothing here)
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - pos.x) * fb_scale.x, y0 = (cmd.ClipRect.y - pos.y) * fb_scale.y;
            const float x1 = (cmd.ClipRect.z - pos.x) * fb_scale.x, y1 = (cmd.ClipRect.w - pos.y) * fb_scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(int(x0), int(float(fb_height) - y1), int(x1 - x0), int(y1 - y0));  // (GL's y goes up)
            bind_texture(GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())));
            // (ImGui splits lists at 64k vertices: WebGL 2 has no base vertex, so VtxOffset is always 0 here)
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(uintptr_t(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace kandidaat::web
