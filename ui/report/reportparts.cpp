#include "reportparts.h"

#include "database.h"
#include "workspacesettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace servqa::reportparts {

ReportHeader header(Database &db, const QString &title, const QString &subtitle, const ReportOptions &options)
{
    WorkspaceSettings settings(db);
    ReportHeader h;
    h.organisation = settings.organisationName();
    if (h.organisation.isEmpty()) // the workspace's name: a file's, or a server's database
        h.organisation = db.isServer() ? QUrl(db.path()).path().mid(1) : QFileInfo(db.path()).completeBaseName();
    h.logo = settings.logo();
    h.title = title;
    h.subtitle = subtitle;
    h.generatedBy = options.generatedBy;
    h.generatedAt = QDateTime::currentDateTime();
    h.protectedFiles << db.path();
    return h;
}

QString number(std::optional<double> value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : AuditReports::tr("no data");
}

QString sentences(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text = text.isEmpty() ? line : AuditReports::tr("%1 %2", "two sentences in a row").arg(text, line);
    return text;
}

QString signedNumber(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("–");
    // Rounded first: −0.04 is no change, "0.0", never "-0.0".
    const double scale = std::pow(10.0, decimals);
    const double shown = std::round(*value * scale) / scale;
    const QString text = QLocale().toString(shown == 0 ? 0.0 : shown, 'f', decimals);
    return shown > 0 ? QLatin1Char('+') + text : text;
}

QString interval(const Estimate &e, int decimals)
{
    if (!e.low || !e.high)
        return QStringLiteral("–");
    return QStringLiteral("%1 … %2").arg(QLocale().toString(*e.low, 'f', decimals), QLocale().toString(*e.high, 'f', decimals));
}

// A score's interval within the scale (a t interval from two evaluations can reach past 0–100 %).
QString scoreInterval(const Estimate &e)
{
    if (!e.low || !e.high)
        return QStringLiteral("–");
    return QStringLiteral("%1 … %2").arg(QLocale().toString(std::max(0.0, *e.low), 'f', 1),
                                         QLocale().toString(std::min(100.0, *e.high), 'f', 1));
}

QString periodText(const DayRange &period)
{
    const QLocale locale;
    return AuditReports::tr("%1 to %2").arg(locale.toString(period.from, QStringLiteral("yyyy-MM-dd")),
                                            locale.toString(period.to, QStringLiteral("yyyy-MM-dd")));
}

// A heat-map colour for a score (0–100 %): red below 60, amber to 80, green above.
QColor scoreFill(std::optional<double> score)
{
    if (!score)
        return {};
    if (*score < 60)
        return FailFill;
    if (*score < 80)
        return QColor(0xfb, 0xee, 0xcf);
    return PassFill;
}

QString resultText(const ScoreResult &score)
{
    if (score.autoFailed)
        return AuditReports::tr("Failed (critical item)");
    if (!score.passed)
        return AuditReports::tr("no data");
    return *score.passed ? AuditReports::tr("Passed") : AuditReports::tr("Failed");
}

} // namespace servqa::reportparts
