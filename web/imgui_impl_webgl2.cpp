#include "imgui_impl_webgl2.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>

#include "imgui.h"

namespace ladder::shell {
namespace {

// Positions in ImGui's pixels go to clip space by a scale and an offset (the projection of a
// rectangle needs no more); the atlas holds coverage in its one channel.
constexpr const char* kVertexShader = R"(#version 300 es
uniform vec2 u_scale;
uniform vec2 u_offset;
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}
)";
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_atlas;
in vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
void main() {
    o_color = vec4(v_color.rgb, v_color.a * texture(u_atlas, v_uv).r);
}
)";

struct Renderer {
    GLuint program = 0;
    GLint scale = -1;
    GLint offset = -1;
    GLuint vertex_array = 0;
    GLuint vertices = 0;
    GLuint indices = 0;
    GLuint atlas = 0;
} g;

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Where the vertices of a command start: WebGL2 has no base vertex for indexed drawing, so a
// command whose indices count from a later vertex gets the attributes pointed there instead.
void point_attributes(std::size_t first_vertex) {
    const auto at = [&](std::size_t member) {
        return reinterpret_cast<const void*>(first_vertex * sizeof(ImDrawVert) + member);
    };
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(ImDrawVert, col)));
}

void set_state(const ImDrawData* data, int width, int height) {
    glViewport(0, 0, width, height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(g.program);
    // x from [left, right] to [-1, 1]; y from [top, bottom] to [1, -1].
    const ImVec2 origin = data->DisplayPos, size = data->DisplaySize;
    glUniform2f(g.scale, 2.0f / size.x, -2.0f / size.y);
    glUniform2f(g.offset, -1.0f - origin.x * 2.0f / size.x, 1.0f + origin.y * 2.0f / size.y);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indices);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, g.atlas);
}

}  // namespace

bool renderer_init() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g.program = glCreateProgram();
    glAttachShader(g.program, vertex);
    glAttachShader(g.program, fragment);
    glLinkProgram(g.program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    // The only question asked of the context, once: a link that failed (it compiles the shaders).
    GLint linked = 0;
    glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
    if (!linked) return false;
    g.scale = glGetUniformLocation(g.program, "u_scale");
    g.offset = glGetUniformLocation(g.program, "u_offset");
    glUseProgram(g.program);
    glUniform1i(glGetUniformLocation(g.program, "u_atlas"), 0);
    glGenVertexArrays(1, &g.vertex_array);
    glGenBuffers(1, &g.vertices);
    glGenBuffers(1, &g.indices);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
    for (GLuint attribute = 0; attribute < 3; ++attribute) glEnableVertexAttribArray(attribute);
    point_attributes(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "ladder-webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (g.atlas == 0) glGenTextures(1, &g.atlas);
    glBindTexture(GL_TEXTURE_2D, g.atlas);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of one byte a pixel are not padded
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(g.atlas)));
}

void renderer_draw(const ImDrawData* data) {
    const int width = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
    const int height = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
    if (width <= 0 || height <= 0 || g.program == 0) return;
    set_state(data, width, height);
    const ImVec2 origin = data->DisplayPos, scale = data->FramebufferScale;
    constexpr GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        unsigned int first_vertex = 0;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback != nullptr) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) set_state(data, width, height);
                else cmd.UserCallback(list, &cmd);
                continue;
            }
            // The clip rectangle in framebuffer pixels, whose y counts up from the bottom.
            const float left = (cmd.ClipRect.x - origin.x) * scale.x, top = (cmd.ClipRect.y - origin.y) * scale.y;
            const float right = (cmd.ClipRect.z - origin.x) * scale.x, bottom = (cmd.ClipRect.w - origin.y) * scale.y;
            if (right <= left || bottom <= top) continue;
            glScissor(static_cast<GLint>(left), static_cast<GLint>(static_cast<float>(height) - bottom),
                      static_cast<GLsizei>(right - left), static_cast<GLsizei>(bottom - top));
            if (cmd.VtxOffset != first_vertex) {
                first_vertex = cmd.VtxOffset;
                point_attributes(first_vertex);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
        if (first_vertex != 0) point_attributes(0);
    }
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace ladder::shell
