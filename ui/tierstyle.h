#pragma once

#include <QColor>
#include <QPalette>

namespace ie::ui {

// The colours that mark danger and safety, defined once so that "tier 0", "unsigned" and
// "signature valid" look the same in every area. They follow the palette: on a dark window the
// shades are lighter, so they stay readable. Colour is never the only mark: callers add a bold
// word or an icon.
namespace tierstyle {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Tier 0, an unsigned, invalid or expired token: something that must not be missed.
inline QColor danger(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
}

// Tier 1: serious, one step below tier 0.
inline QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb8, 0x4d) : QColor(0x9a, 0x4f, 0x00);
}

// A verified signature, a token in date.
inline QColor ok(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0xd9, 0x8b) : QColor(0x1b, 0x6e, 0x2f);
}

} // namespace tierstyle
} // namespace ie::ui
