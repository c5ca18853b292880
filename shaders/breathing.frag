#version 300 es
precision highp float;
// The breathing form: a soft disc whose size follows the breath, a faint halo around it,
// and a thin ring that fills clockwise from 12 o'clock through the current phase.
// Straight alpha out (ImGui blends SRC_ALPHA, ONE_MINUS_SRC_ALPHA), fully transparent away
// from the shapes so the card behind shows through. Closed form per pixel with no
// transcendental calls (the vertex shader does those): it has to stay cheap under
// SwiftShader at DPR 3.

in vec2 v_uv;
flat in vec2 v_scale;
flat in vec4 v_shape;    // form radius, halo width, halo strength, arc visibility
flat in vec4 v_wobble;   // weights of sin 2a, cos 2a, sin 3a, cos 3a
flat in vec3 v_cue;      // arc end point on the unit circle, cue 0..1

uniform vec4 u_form;         // body colour, straight alpha
uniform vec4 u_glow;         // lighter centre, lit rim and halo colour, straight alpha
uniform vec4 u_cue_colour;   // ring colour, straight alpha

out vec4 o_colour;

const float kRingRadius = 0.94;
const float kRingHalfWidth = 0.009;

// Premultiplied "over": layers are composed here and un-premultiplied once at the end.
vec4 over(vec4 dst, vec3 rgb, float a) {
    return vec4(rgb * a + dst.rgb * (1.0 - a), a + dst.a * (1.0 - a));
}

// Coverage of a shape from its signed distance (negative inside), anti-aliased over
// about one pixel either side.
float cover(float d, float px) {
    return 1.0 - smoothstep(-px, px, d);
}

void main() {
    vec2 p = v_uv * v_scale;           // round units: the unit circle fits the rect
    // One framebuffer pixel in p units (p is linear on screen, so this is constant).
    // Taken before the early return below: derivatives need uniform control flow.
    float px = max(fwidth(p.x), 1e-4);
    float r = length(p);
    if (r > 1.0) {                     // the rect's corners: nothing is ever drawn there
        o_colour = vec4(0.0);
        return;
    }

    // Direction as (sin a, cos a), a measured clockwise from 12 o'clock; the wobble's
    // harmonics follow from it without atan or sin.
    vec2 n = r > 1e-4 ? p / r : vec2(0.0, 1.0);
    float s = n.x;
    float c = n.y;
    vec4 harmonics = vec4(2.0 * s * c, c * c - s * s, s * (3.0 - 4.0 * s * s), c * (4.0 * c * c - 3.0));
    float edge = v_shape.x * (1.0 + dot(v_wobble, harmonics));
    float d = r - edge;                // signed distance to the form's edge

    // Halo: a smooth bump that is 1 at the edge and 0 at halo width outside it.
    float h = clamp(d / v_shape.y, 0.0, 1.0);
    h = 1.0 - h * h;
    vec4 acc = over(vec4(0.0), u_glow.rgb, u_glow.a * v_shape.z * h * h * h);

    // Body: a lighter centre easing into the form colour, and a softly lit rim inside the
    // edge that carries on into the halo.
    float t = min(r / edge, 1.0);
    vec3 colour = mix(mix(u_form.rgb, u_glow.rgb, 0.38), u_form.rgb, smoothstep(0.0, 0.9, t));
    colour = mix(colour, u_glow.rgb, 0.30 * smoothstep(0.82, 1.0, t));
    acc = over(acc, colour, u_form.a * cover(d, px));

    // Cue ring: a faint full track, and the lit arc over it with round ends. The arc's
    // distance is to the ring inside its angle, else to the nearer end point; "clockwise
    // of" is the sign of a 2D cross product.
    float ring = abs(r - kRingRadius);
    vec2 end = v_cue.xy;
    float past_start = p.x;                        // >= 0: clockwise of 12 o'clock, first half
    float before_end = p.y * end.x - p.x * end.y;  // >= 0: anticlockwise of the end, within half a turn
    bool in_arc = v_cue.z <= 0.5 ? (past_start >= 0.0 && before_end >= 0.0)
                                 : (past_start >= 0.0 || before_end >= 0.0);
    float arc_d = in_arc ? ring : min(distance(p, vec2(0.0, kRingRadius)), distance(p, kRingRadius * end));
    float track = 0.16 * cover(ring - kRingHalfWidth, px);
    float arc = v_shape.w * cover(arc_d - kRingHalfWidth, px);
    acc = over(acc, u_cue_colour.rgb, u_cue_colour.a * max(track, arc));

    // Tiny ordered noise (under half an 8-bit step) keeps the long soft gradients from banding.
    float noise = fract(52.9829189 * fract(dot(gl_FragCoord.xy, vec2(0.06711056, 0.00583715)))) - 0.5;
    vec3 rgb = acc.a > 0.0 ? acc.rgb / acc.a : vec3(0.0);
    o_colour = vec4(clamp(rgb + noise / 255.0, 0.0, 1.0), acc.a);
}
