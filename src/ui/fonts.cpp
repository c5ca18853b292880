#include "ui/fonts.h"

#include <algorithm>
#include <cstddef>

extern const unsigned char kFontInterRegular[];
extern const size_t kFontInterRegularSize;
extern const unsigned char kFontInterSemiBold[];
extern const size_t kFontInterSemiBoldSize;

namespace onward::ui {
namespace {

// What a person may type: the same ranges CMakeLists.txt keeps in the font.
const ImWchar kEverything[] = {
    0x0020, 0x007E, 0x00A0, 0x024F, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x04FF,
    0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0,
};
// Latin-1 and the punctuation and signs our own words use: all our labels and titles
// (which keeps the atlas small at 3x), and the body font until text needs more.
const ImWchar kLatin1[] = {0x0020, 0x00FF, 0x2010, 0x2026, 0x2039, 0x203A, 0x20AC, 0x20AC, 0x2190, 0x2193,
                           0x2212, 0x2212, 0x2713, 0x2713, 0};

constexpr ImWchar kReplacement = 0xFFFD;

ImFont* add(const unsigned char* data, size_t size, float px, float ratio, const ImWchar* ranges, bool merge = false) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    cfg.FontDataOwnedByAtlas = false; // the bytes live in the wasm data section
    // No oversampling: glyphs are already rasterised at device pixels, and at 1x snapping
    // them to whole pixels keeps them sharp. Oversampling doubled the atlas build, which
    // is most of the start-up work in wasm.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = ratio < 2.0f;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), int(size), px, &cfg, ranges);
}

} // namespace

bool beyond_starting_glyphs(uint32_t cp) {
    if (cp < 0x100) return false;
    for (const ImWchar* r = kLatin1; r[0]; r += 2)
        if (cp >= r[0] && cp <= r[1]) return false;
    return true;
}

bool covers(const Fonts& f, uint32_t cp) { return f.every_script || !beyond_starting_glyphs(cp); }

float text_scale_of(int text_percent) { return float(std::clamp(text_percent, 80, 200)) / 100.0f; }

void build_fonts(Fonts& f, float ratio, float text_scale, bool every_script) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    f.every_script = every_script;
    f.text_scale = text_scale;
    f.pixel_ratio = ratio;
    // Rasterise at device pixels and the chosen size, then draw at 1/ratio: crisp glyphs
    // at CSS sizes, the text size included.
    const float body = kBodySize * text_scale * ratio, head = kHeadingSize * text_scale * ratio;
    f.body = add(kFontInterRegular, kFontInterRegularSize, body, ratio, every_script ? kEverything : kLatin1);
    // The semibold face carries Latin-1 only (CMakeLists.txt): a person's words in other
    // scripts in a title or label are drawn with the regular face's glyphs, merged in.
    f.strong = add(kFontInterSemiBold, kFontInterSemiBoldSize, body, ratio, kLatin1);
    if (every_script) add(kFontInterRegular, kFontInterRegularSize, body, ratio, kEverything, true);
    f.heading = add(kFontInterSemiBold, kFontInterSemiBoldSize, head, ratio, kLatin1);
    if (every_script) add(kFontInterRegular, kFontInterRegularSize, head, ratio, kEverything, true);
    ImGui::GetIO().FontGlobalScale = 1.0f / ratio;
    ImGui::GetIO().FontDefault = f.body;

    // A character the font lacks (an emoji, a script we do not carry) shows as an open
    // box rather than vanishing, so the person can see something is there.
    // ImGui scales Inter so ascent-to-descent fills the size: the baseline sits at 0.8 of
    // it and capitals are 0.6 tall. The box stands on the baseline, as tall as a capital.
    const int w = int(body * 0.5f), h = int(body * 0.6f);
    const int box = atlas->AddCustomRectFontGlyph(f.body, kReplacement, w, h, float(w) + 2.0f * ratio,
                                                  ImVec2(ratio, body * 0.8f - float(h)));
    unsigned char* pixels = nullptr;
    int tex_w = 0, tex_h = 0;
    atlas->GetTexDataAsRGBA32(&pixels, &tex_w, &tex_h); // builds the atlas
    const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(box);
    // A stroke a little under a CSS pixel at 100 %, growing with the text.
    const int stroke = std::max(1, int(ratio * text_scale * 0.75f + 0.5f));
    for (int y = 0; y < r->Height; ++y)
        for (int x = 0; x < r->Width; ++x) {
            const bool edge = x < stroke || y < stroke || x >= r->Width - stroke || y >= r->Height - stroke;
            unsigned char* p = pixels + ((r->Y + y) * tex_w + (r->X + x)) * 4;
            p[0] = p[1] = p[2] = 255;
            p[3] = edge ? 255 : 0;
        }
}

} // namespace onward::ui
