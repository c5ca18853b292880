#include "ui/about_screen.h"

#include <imgui.h>

#include "core/say.h"


namespace onward::ui {
namespace {

void paragraph(const char* words) {
    ImGui::TextWrapped("%s", words);
    ImGui::Dummy(ImVec2(0, 4));
}

} // namespace

AboutIntent draw_about(Ui& ui) {
    AboutIntent intent;
    heading(ui, tr("About coping and healing"));
    begin_card();
    label_text(ui, tr("Coping keeps you steady"));
    paragraph(tr("Breathing, grounding, medication, routines, a distraction on a hard night: coping is what keeps you "
                 "stable and able to get through the day. It matters, the way crutches matter after an injury."));
    label_text(ui, tr("Healing is slower work"));
    paragraph(tr("Healing is working through the pain so it stops running your life: letting feelings be felt, meeting an "
                 "old trigger in a new way, relief that lasts instead of fading by evening."));
    label_text(ui, tr("Coping is the bridge, not the opposite"));
    paragraph(tr("Coping carries you toward healing. The risk is staying on the bridge: when coping turns into avoiding, "
                 "like keeping busy so you are never still, numbing with food, alcohol or screens, or always looking "
                 "for a fix outside yourself instead of listening inward."));
    label_text(ui, tr("In a crisis, coping comes first"));
    paragraph(tr("When things are at their worst, getting steady and safe is the work. Healing can start once there is "
                 "some ground under your feet, and coping keeps supporting it through the ups and downs."));
    label_text(ui, tr("Pain carries a message"));
    paragraph(tr("A hard feeling often points at something that needs attention: a need, a boundary, a loss. Noticing "
                 "what it is telling you is part of healing."));
    label_text(ui, tr("What the weekly check shows"));
    paragraph(tr("Four of its questions look for signs of being stuck in coping, four for signs of moving toward "
                 "healing. Watched over weeks, the balance between them can show which way things are moving. Nobody "
                 "reaches perfect mental health: progress means the pain no longer defines your life. The check is "
                 "there for you to notice that, never to grade you."));
    end_card();

    begin_card();
    heading(ui, tr("To read more"));
    muted_text(tr("These organisations explain mental health plainly. Their pages open in your browser; Onward sends "
                  "them nothing."));
    ImGui::Dummy(ImVec2(0, 4));
    struct Link {
        const char* name;
        const char* url;
    };
    constexpr Link links[] = {
        {tr_later("Mental Health America"), "https://mhanational.org/"},
        {tr_later("National Center for PTSD (US)"), "https://www.ptsd.va.gov/"},
        {tr_later("National Institute of Mental Health (US)"), "https://www.nimh.nih.gov/"},
    };
    for (const Link& l : links) {
        if (secondary_button(ui, tr(l.name), row_width())) intent.open_link = l.url;
        // The test hook (and a screen reader) can tell it is a link, and where it leads.
        ui.drawn.back().role = "link";
        ui.drawn.back().value = l.url;
    }
    end_card();
    if (primary_button(ui, tr("Back"), row_width())) intent.back = true;
    return intent;
}

} // namespace onward::ui
