#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace servqa {

// When a photo was taken, from its EXIF DateTimeOriginal (else DateTime), read with libexif.
// Cameras write local time without a zone: it is read as local time. nullopt for files
// without EXIF (receipts scanned as PNG, audio).
std::optional<QDateTime> exifCaptureTime(const QByteArray &file);

// The JPEG with an EXIF segment (written by libexif) saying it was taken at `at`, local time, as a
// phone's camera writes it: the demo's visit photos carry one. Empty when `jpeg` is no JPEG.
QByteArray withExifCaptureTime(const QByteArray &jpeg, const QDateTime &at);

} // namespace servqa
