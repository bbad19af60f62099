#pragma once

#include <QIcon>

#include <initializer_list>

namespace servqa {

// An icon drawn as PNGs at build time (resources/iconbake.cpp), `path`-SIZE.png for each of
// `sizes` (square, in pixels), each read only when first drawn at about its size; the disabled
// and selected looks are the style's. Qt's own file icons read every size at once, and SVG icons
// loaded Qt's SVG icon plugin and parsed each file as the window was first built and drawn: 5 ms
// of a start (docs/PERFORMANCE.md, the cold start).
QIcon bakedIcon(const QString &path, std::initializer_list<int> sizes);

// Puts the application's style behind one that
// - hands out the style's own icons (the menu bar's overflow arrow, a line edit's clear button, a
//   message box's sign) as they are, but read when first drawn. Reading one means Qt asks every
//   image plug-in what the file is: QtSvg and libjpeg loaded, 1.2-1.8 ms of a start, for an arrow
//   that shows only when the menus do not fit;
// - ends a combo box's choice with "…" when the box is narrower than it.
void installAppStyle();

} // namespace servqa
