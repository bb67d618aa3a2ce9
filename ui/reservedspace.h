#pragma once

class QLabel;
class QWidget;

namespace ie::ui {

// Space that does not change with what it shows, so that nothing moves under the pointer between
// a look and a click (the grant panels: a role's details, a result, a notice).
namespace reservedspace {

// Puts `label` (word-wrapped, top-aligned) in a frameless scroll area exactly `lines` lines of
// the label's font high and returns the area to lay out instead of the label: a longer text
// scrolls inside it rather than pushing its neighbours.
QWidget *lines(QLabel *label, int lines, QWidget *parent);

// `widget` keeps its place in the layout while hidden.
void keepWhenHidden(QWidget *widget);

} // namespace reservedspace
} // namespace ie::ui
