#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace servqa {

// A WHERE clause built from fixed SQL fragments with `?` placeholders and the values bound
// to them, in order. Only fixed text is concatenated; every user value is bound.
class SqlWhere
{
public:
    // Adds `clause` (one `?` per value) joined with AND.
    void add(const char *clause, const QVariant &value) { add(QString::fromLatin1(clause), {value}); }
    void add(const QString &clause, const QVariantList &values)
    {
        m_parts << clause;
        m_values += values;
    }

    // Every clause of `other`, with its values, joined with AND after these.
    void add(const SqlWhere &other)
    {
        m_parts += other.m_parts;
        m_values += other.m_values;
    }

    // " WHERE a AND b", or empty when nothing filters.
    QString sql() const
    {
        return m_parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_parts.join(QStringLiteral(" AND "));
    }

    // One site, or every site of a region, by the given site column ("site_id", "e.site_id").
    void addSites(const QString &column, const std::optional<qint64> &siteId, const std::optional<QString> &region)
    {
        if (siteId)
            add(column + QStringLiteral(" = ?"), {*siteId});
        if (region)
            add(column + QStringLiteral(" IN (SELECT id FROM sites WHERE region = ?)"), {*region});
    }

    const QVariantList &values() const { return m_values; }
    void bindTo(QSqlQuery &q) const
    {
        for (const QVariant &v : m_values)
            q.addBindValue(v);
    }

private:
    QStringList m_parts;
    QVariantList m_values;
};

// A LIKE pattern finding `text` anywhere, escaped with a backslash (the clause says ESCAPE with
// a backslash), so that % and _ typed by the user match literally.
inline QString likePattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace servqa
