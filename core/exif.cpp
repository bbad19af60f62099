#include "exif.h"

#include <libexif/exif-data.h>

#include <memory>

namespace servqa {

std::optional<QDateTime> exifCaptureTime(const QByteArray &file)
{
    if (file.size() < 4)
        return std::nullopt;
    std::unique_ptr<ExifData, void (*)(ExifData *)> data(
        exif_data_new_from_data(reinterpret_cast<const unsigned char *>(file.constData()), static_cast<unsigned int>(file.size())),
        exif_data_unref);
    if (!data)
        return std::nullopt;
    for (ExifTag tag : {EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TAG_DATE_TIME}) {
        for (ExifIfd ifd : {EXIF_IFD_EXIF, EXIF_IFD_0}) {
            ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
            if (!entry)
                continue;
            char text[64] = {};
            exif_entry_get_value(entry, text, sizeof text);
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
            if (at.isValid())
                return at;
        }
    }
    return std::nullopt;
}

} // namespace servqa
