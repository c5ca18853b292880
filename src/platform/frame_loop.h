// Frames are drawn only when something happens: an input event, a storage answer, a
// timer, or the app asking for animation. Each wake draws a few frames so ImGui can
// settle hover and trickled input; then nothing, and nothing at all while hidden.
#pragma once

namespace onward::platform {

using FrameFunction = void (*)(void* user);

// `draw` makes a frame; `background` is work that must go on even while the tab is
// hidden and nothing is drawn (retrying a failed save), run on every timer.
void start_frame_loop(FrameFunction draw, FrameFunction background, void* user);
void wake(int frames = 3);
void wake_after(double ms); // one timer at a time: the latest call wins
// Draws frames at once, inside the current event handler, until ImGui has taken every
// queued input, so what they do (focusing the text field, filling the clipboard) counts
// as part of the user's gesture.
void run_frames_now();

// For the test hook and the benchmark.
double frame_count();
double last_frame_cpu_ms();

} // namespace onward::platform
