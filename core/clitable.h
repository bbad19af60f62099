#pragma once

#include "result.h"

#include <QStringList>
#include <QVector>

#include <optional>

// What the statistics commands of servqa-cli share (agreement, spc, nps): a CSV table read with
// the line of every row, and JSON written with every number to 17 significant digits, so that
// anyone can check ServQA's numbers against a textbook or another tool.
namespace servqa {

QString jsonString(const QString &s);
QString jsonNumber(double v);
QString jsonNumber(const std::optional<double> &v);
QString jsonArray(const QStringList &items);

// An object's members in the order they were added.
class JsonObject
{
public:
    JsonObject &add(const char *key, const QString &json);
    JsonObject &number(const char *key, const std::optional<double> &v) { return add(key, jsonNumber(v)); }
    JsonObject &integer(const char *key, qint64 v) { return add(key, QString::number(v)); }
    JsonObject &text(const char *key, const QString &v) { return add(key, jsonString(v)); }
    // A statistic that may be undefined (`value` and `undefinedBecause`): the number, or null and why.
    template <typename Coefficient>
    JsonObject &coefficient(const char *key, const Coefficient &c)
    {
        number(key, c.value);
        if (!c.value)
            text(QByteArray(QByteArray(key) + "_undefined_because").constData(), c.undefinedBecause);
        return *this;
    }
    QString json(int indent = 0) const;

private:
    QStringList m_members;
};

QString jsonObjects(const QVector<JsonObject> &objects, int indent);

// A CSV file as read: its header's column names and, per data row, its line and cells.
struct CsvTable
{
    QStringList columns;
    struct Row
    {
        qint64 line = 0;
        QStringList cells;
    };
    QVector<Row> rows;
};

// The file, every row as wide as the header. `emptyFile` is the message (with %1 for the file's
// name) when the file has no header, saying what the header should hold.
Result<CsvTable> readCsvTable(const QString &path, const QString &emptyFile);

// An empty cell or NA.
bool isMissing(const QString &cell);
// The cell as a finite number in C notation (1.5, -2, 3e4), if it is one.
std::optional<double> numberIn(const QString &cell);

} // namespace servqa
