#include "exif.h"

#include <libexif/exif-data.h>

#include <cstdlib>
#include <cstring>

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

QByteArray withExifCaptureTime(const QByteArray &jpeg, const QDateTime &at)
{
    if (!jpeg.startsWith(QByteArray("\xFF\xD8", 2)))
        return {};
    std::unique_ptr<ExifData, void (*)(ExifData *)> data(exif_data_new(), exif_data_unref);
    if (!data)
        return {};
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION); // no entries of its own (dated now)
    exif_data_set_byte_order(data.get(), EXIF_BYTE_ORDER_INTEL);
    ExifEntry *entry = exif_entry_new();
    if (!entry)
        return {};
    exif_content_add_entry(data->ifd[EXIF_IFD_EXIF], entry);
    exif_entry_initialize(entry, EXIF_TAG_DATE_TIME_ORIGINAL); // 20 bytes: "YYYY:MM:DD HH:MM:SS" and its NUL
    exif_entry_unref(entry);                                   // the IFD holds it now
    const QByteArray text = at.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1();
    if (!entry->data || entry->size != unsigned(text.size() + 1))
        return {};
    std::memcpy(entry->data, text.constData(), entry->size);
    unsigned char *saved = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data.get(), &saved, &size); // "Exif\0\0" and the TIFF structure
    std::unique_ptr<unsigned char, void (*)(void *)> owned(saved, std::free);
    if (!saved || size + 2 > 0xffff)
        return {};
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((size + 2) >> 8)).append(char((size + 2) & 0xff)).append(reinterpret_cast<const char *>(saved), int(size));
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace servqa
