#include "core/coping.h"

#include "core/keys.h"
#include "core/say.h"

namespace onward {

const char* coping_function_key(CopingFunction f) {
    switch (f) {
    case CopingFunction::Face: return "face";
    case CopingFunction::Avoid: return "avoid";
    case CopingFunction::Soothe: break;
    }
    return "soothe";
}

bool coping_function_from_key(const std::string& key, CopingFunction& out) {
    return from_key(kCopingFunctions, coping_function_key, key, out);
}

const char* coping_function_words(CopingFunction f) {
    switch (f) {
    case CopingFunction::Face: return tr("Face");
    case CopingFunction::Avoid: return tr("Avoid");
    case CopingFunction::Soothe: break;
    }
    return tr("Soothe");
}

const char* avoid_kind_key(AvoidKind k) {
    switch (k) {
    case AvoidKind::KeepingBusy: return "keeping_busy";
    case AvoidKind::Food: return "numbing_food";
    case AvoidKind::Alcohol: return "numbing_alcohol";
    case AvoidKind::Substances: return "numbing_substances";
    case AvoidKind::Screens: return "numbing_screens";
    case AvoidKind::Distraction: return "distraction";
    case AvoidKind::OutsideFix: return "outside_fix";
    case AvoidKind::Unsaid: break;
    }
    return "";
}

bool avoid_kind_from_key(const std::string& key, AvoidKind& out) {
    if (key.empty()) {
        out = AvoidKind::Unsaid;
        return true;
    }
    return from_key(kAvoidKinds, avoid_kind_key, key, out);
}

const char* avoid_kind_words(AvoidKind k) {
    switch (k) {
    case AvoidKind::KeepingBusy: return tr("Keeping busy");
    case AvoidKind::Food: return tr("Numbing: food");
    case AvoidKind::Alcohol: return tr("Numbing: alcohol");
    case AvoidKind::Substances: return tr("Numbing: substances");
    case AvoidKind::Screens: return tr("Numbing: screens");
    case AvoidKind::Distraction: return tr("Distraction");
    case AvoidKind::OutsideFix: return tr("An outside fix");
    case AvoidKind::Unsaid: break;
    }
    return "";
}

} // namespace onward
