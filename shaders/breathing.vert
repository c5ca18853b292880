#version 300 es
// The breathing form's quad. No vertex buffers: the four corners come from gl_VertexID,
// drawn as a TRIANGLE_STRIP, so the painter has nothing to upload each frame.
// Everything that depends only on the uniforms (sizes, the wobble's phases, the arc's end)
// is worked out here, four times per draw, instead of once per pixel in the fragment
// shader: under SwiftShader at DPR 3 the per-pixel work is what costs.

uniform vec4 u_rect;     // (left, bottom, right, top) in clip space (NDC, y up)
uniform float u_fill;    // 0 = lungs empty ... 1 = full
uniform float u_cue;     // 0..1 through the current phase
uniform float u_time;    // seconds since the practice began
uniform float u_aspect;  // rect width / height

out vec2 v_uv;                 // -1..1 across the rect, +y towards its top (12 o'clock)
flat out vec2 v_scale;         // v_uv -> round units: 1 = the largest circle that fits
flat out vec4 v_shape;         // form radius, halo width, halo strength, arc visibility
flat out vec4 v_wobble;        // weights of sin 2a, cos 2a, sin 3a, cos 3a in the edge's drift
flat out vec3 v_cue;           // arc end point (x, y) on the unit circle, and u_cue clamped

const float kTau = 6.28318530718;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    v_uv = corner * 2.0 - 1.0;
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);

    float aspect = max(u_aspect, 1e-3);
    v_scale = vec2(max(aspect, 1.0), max(1.0 / aspect, 1.0));

    // Empty lungs still leave a form worth looking at (0.38); full nearly meets the ring.
    float fill = clamp(u_fill, 0.0, 1.0);
    float radius = mix(0.38, 0.86, fill);
    // The halo always fades out before the rect's border (r = 1), so no hard cut shows.
    float halo_width = clamp(0.975 - radius * 1.01, 0.02, 0.16);
    float cue = clamp(u_cue, 0.0, 1.0);
    // The arc fades in over the first sliver of a phase instead of popping in as a dot.
    v_shape = vec4(radius, halo_width, 0.55 + 0.25 * fill, smoothstep(0.0, 0.015, cue));

    // Two slow, incommensurate low harmonics: the edge drifts by well under a percent, so
    // the form feels alive without ever looking lumpy or like it moves on its own.
    float p2 = 0.37 * u_time;
    float p3 = -0.23 * u_time + 1.7;
    v_wobble = vec4(0.0040 * cos(p2), 0.0040 * sin(p2), 0.0028 * cos(p3), 0.0028 * sin(p3));

    v_cue = vec3(sin(kTau * cue), cos(kTau * cue), cue);
}
