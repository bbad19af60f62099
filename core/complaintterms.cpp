// The words of complaints (core/complaints.h): severities, states and steps as stored keys and as
// the user reads them, a category's name in the UI's language, and how a clock stands.
#include "complaints.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Complaints)
};

} // namespace

const QVector<ComplaintSeverity> &complaintSeverities()
{
    static const QVector<ComplaintSeverity> all = {ComplaintSeverity::Low, ComplaintSeverity::Medium, ComplaintSeverity::High,
                                                   ComplaintSeverity::Critical};
    return all;
}

QString complaintSeverityKey(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::Low: return QStringLiteral("low");
    case ComplaintSeverity::Medium: return QStringLiteral("medium");
    case ComplaintSeverity::High: return QStringLiteral("high");
    case ComplaintSeverity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString &key)
{
    for (ComplaintSeverity s : complaintSeverities()) {
        if (complaintSeverityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString complaintSeverityName(ComplaintSeverity severity)
{
    switch (severity) {
    case ComplaintSeverity::Low: return Text::tr("Low");
    case ComplaintSeverity::Medium: return Text::tr("Medium");
    case ComplaintSeverity::High: return Text::tr("High");
    case ComplaintSeverity::Critical: return Text::tr("Critical");
    }
    return QString();
}

std::optional<ComplaintSeverity> parseComplaintSeverity(const QString &text)
{
    static const QHash<QString, ComplaintSeverity> words = {
        {QStringLiteral("low"), ComplaintSeverity::Low},           {QStringLiteral("低"), ComplaintSeverity::Low},
        {QStringLiteral("一般"), ComplaintSeverity::Low},          {QStringLiteral("medium"), ComplaintSeverity::Medium},
        {QStringLiteral("中"), ComplaintSeverity::Medium},         {QStringLiteral("较重"), ComplaintSeverity::Medium},
        {QStringLiteral("high"), ComplaintSeverity::High},         {QStringLiteral("高"), ComplaintSeverity::High},
        {QStringLiteral("严重"), ComplaintSeverity::High},         {QStringLiteral("critical"), ComplaintSeverity::Critical},
        {QStringLiteral("紧急"), ComplaintSeverity::Critical},     {QStringLiteral("重大"), ComplaintSeverity::Critical},
    };
    const auto found = words.constFind(text.trimmed().toLower());
    return found == words.constEnd() ? std::nullopt : std::optional<ComplaintSeverity>(*found);
}

const QVector<ComplaintStatus> &complaintStatuses()
{
    static const QVector<ComplaintStatus> all = {ComplaintStatus::Received, ComplaintStatus::Dispatched, ComplaintStatus::Responded,
                                                 ComplaintStatus::Resolved, ComplaintStatus::Closed};
    return all;
}

QString complaintStatusKey(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received: return QStringLiteral("received");
    case ComplaintStatus::Dispatched: return QStringLiteral("dispatched");
    case ComplaintStatus::Responded: return QStringLiteral("responded");
    case ComplaintStatus::Resolved: return QStringLiteral("resolved");
    case ComplaintStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("received");
}

std::optional<ComplaintStatus> complaintStatusFromKey(const QString &key)
{
    for (ComplaintStatus s : complaintStatuses()) {
        if (complaintStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString complaintStatusName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received: return Text::tr("Received");
    case ComplaintStatus::Dispatched: return Text::tr("Dispatched");
    case ComplaintStatus::Responded: return Text::tr("Being handled");
    case ComplaintStatus::Resolved: return Text::tr("Resolved");
    case ComplaintStatus::Closed: return Text::tr("Closed");
    }
    return QString();
}

QString complaintActionName(const QString &action)
{
    if (action == QLatin1String("received"))
        return Text::tr("Received");
    if (action == QLatin1String("imported"))
        return Text::tr("Imported");
    if (action == QLatin1String("dispatched"))
        return Text::tr("Dispatched");
    if (action == QLatin1String("note"))
        return Text::tr("Note");
    if (action == QLatin1String("responded"))
        return Text::tr("Customer contacted");
    if (action == QLatin1String("resolved"))
        return Text::tr("Resolved");
    if (action == QLatin1String("closed"))
        return Text::tr("Closed");
    if (action == QLatin1String("reopened"))
        return Text::tr("Reopened");
    return action;
}

QString ComplaintCategory::name() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return chinese && !nameZh.isEmpty() ? nameZh : nameEn.isEmpty() ? nameZh : nameEn;
}

SlaClock slaClock(const QDateTime &due, const QDateTime &doneAt, const QDateTime &now)
{
    SlaClock clock;
    if (doneAt.isValid()) {
        const qint64 margin = doneAt.secsTo(due);
        clock.state = margin >= 0 ? SlaClock::State::OnTime : SlaClock::State::Late;
        clock.seconds = margin >= 0 ? margin : -margin;
    } else {
        const qint64 left = now.secsTo(due);
        clock.state = left >= 0 ? SlaClock::State::Running : SlaClock::State::Overdue;
        clock.seconds = left >= 0 ? left : -left;
    }
    return clock;
}

std::optional<double> ComplaintFigures::responseOnTimePercent() const
{
    return responseDue > 0 ? std::optional<double>(100.0 * double(respondedOnTime) / double(responseDue)) : std::nullopt;
}

std::optional<double> ComplaintFigures::resolutionOnTimePercent() const
{
    return resolutionDue > 0 ? std::optional<double>(100.0 * double(resolvedOnTime) / double(resolutionDue)) : std::nullopt;
}

} // namespace servqa
