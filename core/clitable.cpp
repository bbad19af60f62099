#include "clitable.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace servqa {

// QJsonDocument prints numbers in their shortest form; here every one has 17 significant digits.

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonNumber(double v)
{
    return QString::number(v, 'g', 17);
}

QString jsonNumber(const std::optional<double> &v)
{
    return v ? jsonNumber(*v) : QStringLiteral("null");
}

QString jsonArray(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString jsonObjects(const QVector<JsonObject> &objects, int indent)
{
    QStringList items;
    for (const JsonObject &o : objects)
        items << QString(indent + 2, QLatin1Char(' ')) + o.json(indent + 2);
    return QStringLiteral("[\n") + items.join(QLatin1String(",\n")) + QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
}

JsonObject &JsonObject::add(const char *key, const QString &json)
{
    m_members << jsonString(QLatin1String(key)) + QLatin1String(": ") + json;
    return *this;
}

QString JsonObject::json(int indent) const
{
    if (m_members.isEmpty())
        return QStringLiteral("{}");
    const QString inner(indent + 2, QLatin1Char(' '));
    QString out = QStringLiteral("{\n");
    for (int i = 0; i < m_members.size(); ++i)
        out += inner + m_members[i] + (i + 1 < m_members.size() ? QLatin1String(",\n") : QLatin1String("\n"));
    return out + QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
}

Result<CsvTable> readCsvTable(const QString &path, const QString &emptyFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CliTable", "Cannot read %1: %2").arg(path, file.errorString())};
    CsvReader reader(&file);
    CsvRecord record;
    CsvTable table;
    const QString name = QFileInfo(path).fileName();
    if (!reader.next(record)) {
        if (reader.hasError())
            return Error{QStringLiteral("%1: %2").arg(name, reader.errorString())};
        return Error{emptyFile.arg(name)};
    }
    table.columns = record.fields;
    while (reader.next(record)) {
        if (record.fields.size() != table.columns.size()) {
            return Error{QCoreApplication::translate("CliTable", "%1, line %2 has %3 columns and the header %4.")
                             .arg(name).arg(record.line).arg(record.fields.size()).arg(table.columns.size())};
        }
        table.rows << CsvTable::Row{record.line, record.fields};
    }
    if (reader.hasError())
        return Error{QStringLiteral("%1: %2").arg(name, reader.errorString())};
    if (table.rows.isEmpty())
        return Error{QCoreApplication::translate("CliTable", "%1: there are no rows after the header.").arg(name)};
    return table;
}

bool isMissing(const QString &cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() || t.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0;
}

std::optional<double> numberIn(const QString &cell)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(cell.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace servqa
