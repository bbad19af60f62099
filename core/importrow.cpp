#include "importrow.h"

#include <QCoreApplication>

#include <cmath>

namespace servqa {

// Values are matched in lower case; Chinese exports say 电话 where English ones say call.
const QHash<QString, Channel> &channelWords()
{
    static const QHash<QString, Channel> words = {
        {QStringLiteral("call"), Channel::Call},     {QStringLiteral("phone"), Channel::Call},
        {QStringLiteral("voice"), Channel::Call},    {QStringLiteral("电话"), Channel::Call},
        {QStringLiteral("呼叫"), Channel::Call},     {QStringLiteral("chat"), Channel::Chat},
        {QStringLiteral("im"), Channel::Chat},       {QStringLiteral("在线"), Channel::Chat},
        {QStringLiteral("在线客服"), Channel::Chat}, {QStringLiteral("聊天"), Channel::Chat},
        {QStringLiteral("email"), Channel::Email},   {QStringLiteral("e-mail"), Channel::Email},
        {QStringLiteral("mail"), Channel::Email},    {QStringLiteral("邮件"), Channel::Email},
        {QStringLiteral("电子邮件"), Channel::Email}, {QStringLiteral("visit"), Channel::Visit},
        {QStringLiteral("store"), Channel::Visit},   {QStringLiteral("到店"), Channel::Visit},
        {QStringLiteral("门店"), Channel::Visit},    {QStringLiteral("social"), Channel::Social},
        {QStringLiteral("社交"), Channel::Social},   {QStringLiteral("社交媒体"), Channel::Social},
    };
    return words;
}

std::optional<bool> parseBool(const QString &text)
{
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("yes"),
                                    QStringLiteral("true"), QStringLiteral("是"), QStringLiteral("已解决")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("no"),
                                   QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("未解决")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

// A value from the file as a message shows it: cut to a readable length (a field can hold a
// megabyte, and a message box must stay a message).
QString clip(const QString &value, int max)
{
    return value.size() <= max ? value : value.left(max) + QStringLiteral("…");
}

// A header as a message lists it: the first few columns and how many there are in all.
QString clipList(const QStringList &columns, int max)
{
    QStringList shown;
    for (int i = 0; i < columns.size() && i < max; ++i)
        shown << clip(columns[i], 30);
    if (columns.size() > max)
        return QCoreApplication::translate("Import", "%1, … (%2 columns in all)").arg(shown.join(QStringLiteral(", "))).arg(columns.size());
    return shown.join(QStringLiteral(", "));
}

Error RowReader::error(int field, const QString &problem) const
{
    const int column = m_mapping[field];
    const QString columnName = column >= 0 ? m_header.value(column) : m_fields[field].key;
    return Error{QCoreApplication::translate("Import", "%1, line %2, column %3 (%4): %5")
                     .arg(m_fileName)
                     .arg(m_record->line)
                     .arg(column + 1)
                     .arg(clip(columnName, 40), problem)};
}

std::optional<Error> RowReader::checkRequired() const
{
    for (int f = 0; f < m_fields.size(); ++f) {
        if (m_fields[f].required && text(f).isEmpty())
            return error(f, QCoreApplication::translate("Import", "a value is required"));
    }
    return std::nullopt;
}

Result<std::optional<int>> RowReader::seconds(int field) const
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || std::floor(v) != v || v > 1e9)
        return error(field, QCoreApplication::translate("Import", "\"%1\" is not a whole number of seconds").arg(clip(t)));
    return std::optional<int>(int(v));
}

Result<std::optional<int>> RowReader::wholeNumber(int field, int low, int high) const
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < low || v > high)
        return error(field, QCoreApplication::translate("Import", "\"%1\" is not an answer from %2 to %3").arg(clip(t)).arg(low).arg(high));
    return std::optional<int>(v);
}

} // namespace servqa
