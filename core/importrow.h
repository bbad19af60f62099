#pragma once

#include "csvreader.h"
#include "importfields.h"
#include "interactionrepository.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// What every kind of import reads a row with: the fields through the column mapping, and
// problems reported with file, line and column.
namespace servqa {

// Channel words as exports write them, in lower case (Chinese exports say 电话 where English ones
// say call).
const QHash<QString, Channel> &channelWords();
// yes/no, 1/0, 是/否, 已解决/未解决.
std::optional<bool> parseBool(const QString &text);
// A value from the file as a message shows it: cut to a readable length (a field can hold a
// megabyte, and a message box must stay a message).
QString clip(const QString &value, int max = 60);
// A header as a message lists it: the first few columns and how many there are in all.
QString clipList(const QStringList &columns, int max = 12);

// Reads one record's fields through the column mapping and reports problems with file,
// line and column.
class RowReader
{
public:
    RowReader(QString fileName, QStringList header, QVector<int> mapping, const QVector<ImportField> &fields)
        : m_fileName(std::move(fileName)), m_header(std::move(header)), m_mapping(std::move(mapping)),
          m_fields(fields)
    {
    }

    void setRecord(const CsvRecord *record) { m_record = record; }

    QString text(int field) const
    {
        const int column = m_mapping[field];
        return column < 0 ? QString() : m_record->fields.value(column).trimmed();
    }

    Error error(int field, const QString &problem) const;
    // Required fields must not be empty.
    std::optional<Error> checkRequired() const;
    // A whole number of seconds, or nothing for an empty cell.
    Result<std::optional<int>> seconds(int field) const;
    // A whole number from `low` to `high`, or nothing for an empty cell.
    Result<std::optional<int>> wholeNumber(int field, int low, int high) const;

private:
    QString m_fileName;
    QStringList m_header;
    QVector<int> m_mapping;
    const QVector<ImportField> &m_fields;
    const CsvRecord *m_record = nullptr;
};

} // namespace servqa
