// Ladder's renderer of ImGui's draw data, for WebGL2 and nothing else.
//
// ImGui's own OpenGL backend serves every OpenGL there is: it asks the context for its version
// and, every frame, reads back and then restores about twenty pieces of GL state so that it can
// share a context with other drawing. In a browser each of those reads (the scissor box, the
// blend functions) is a synchronous round trip to the GPU process, tens of milliseconds while
// that process is busy, and it is most of what the first frame waits for. The page owns its
// context and draws nothing else, so this renderer sets what it needs each frame and reads
// nothing back.
//
// The font atlas is one channel (its coverage); a draw command's texture is always that atlas.
#pragma once

struct ImDrawData;

namespace ladder::shell {

// Compiles the shaders and makes the buffers, in the context that is current. False when the
// shaders do not compile or link (the context is lost, say).
bool renderer_init();
// Uploads the current font atlas (ImGui's io.Fonts, already built) as a texture, replacing the
// previous one.
void renderer_upload_fonts();
// Draws one frame's data into the whole canvas; leaves the scissor test off, so that clearing
// the next frame covers the whole canvas.
void renderer_draw(const ImDrawData* data);

}  // namespace ladder::shell
