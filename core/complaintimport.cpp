#include "complaintimport.h"

#include "timeutil.h"

#include <QCoreApplication>

namespace servqa {

Result<ComplaintIntake> readComplaintRow(const RowReader &row, FeedbackRepository &interactions, const QHash<QString, qint64> &siteIds,
                                         const QString &defaultSource, const QVector<ComplaintCategory> &categories)
{
    ComplaintIntake c;
    c.reference = row.text(CReference);
    c.customerRef = row.text(CCustomer);
    c.description = row.text(CDescription);
    const auto received = parseDateTime(row.text(CReceived));
    if (!received)
        return row.error(CReceived, QCoreApplication::translate("Import", "\"%1\" is not a date and time (use 2024-03-05 14:30 "
                                                                "or 2024/3/5 14:30)").arg(clip(row.text(CReceived))));
    c.receivedAt = *received;
    std::optional<qint64> site;
    if (!row.text(CSite).isEmpty()) {
        const auto found = siteIds.constFind(row.text(CSite));
        if (found == siteIds.constEnd())
            return row.error(CSite, QCoreApplication::translate("Import", "there is no site with code \"%1\"").arg(clip(row.text(CSite))));
        site = *found;
    }
    std::optional<Channel> channel;
    if (!row.text(CChannel).isEmpty()) {
        const auto found = channelWords().constFind(row.text(CChannel).toLower());
        if (found == channelWords().constEnd())
            return row.error(CChannel, QCoreApplication::translate("Import", "\"%1\" is not a channel (call, chat, email, visit, "
                                                                   "social)").arg(clip(row.text(CChannel))));
        channel = *found;
    }
    if (!row.text(CInteraction).isEmpty()) {
        const QString source = row.text(CInteractionSource).isEmpty() ? defaultSource : row.text(CInteractionSource);
        const auto interaction = interactions.interaction(source, row.text(CInteraction));
        if (!interaction)
            return Error{interaction.error()};
        if (!interaction->has_value())
            return row.error(CInteraction, QCoreApplication::translate("Import", "there is no interaction \"%1\" from \"%2\"; import the interactions "
                                                                       "first").arg(clip(row.text(CInteraction)), clip(source)));
        const FeedbackRepository::InteractionRef &ref = **interaction;
        if (site && *site != ref.siteId)
            return row.error(CSite, QCoreApplication::translate("Import", "the interaction \"%1\" took place at another site").arg(clip(row.text(CInteraction))));
        c.interactionId = ref.id;
        site = ref.siteId;
        // A complaint about a chat may come in by telephone: the channel given stays.
        if (!channel)
            channel = ref.channel;
    }
    if (!site)
        return row.error(CSite, QCoreApplication::translate("Import", "give the interaction the complaint is about, or the site code"));
    c.siteId = *site;
    if (!channel)
        return row.error(CChannel, QCoreApplication::translate("Import", "give the channel the complaint came in by (call, chat, email, visit, social)"));
    c.channel = *channel;
    const QString categoryText = row.text(CCategory);
    if (categoryText.isEmpty()) {
        c.category = QStringLiteral("other");
    } else {
        for (const ComplaintCategory &k : categories) {
            if (k.key.compare(categoryText, Qt::CaseInsensitive) == 0 || k.nameEn.compare(categoryText, Qt::CaseInsensitive) == 0
                || k.nameZh == categoryText)
                c.category = k.key;
        }
        if (c.category.isEmpty()) {
            QStringList names;
            for (const ComplaintCategory &k : categories)
                names << k.key;
            return row.error(CCategory, QCoreApplication::translate("Import", "\"%1\" is not a complaint category (%2)")
                                            .arg(clip(categoryText), names.join(QStringLiteral(", "))));
        }
    }
    if (!row.text(CSeverity).isEmpty()) {
        const auto severity = parseComplaintSeverity(row.text(CSeverity));
        if (!severity)
            return row.error(CSeverity, QCoreApplication::translate("Import", "\"%1\" is not a severity (low, medium, high, critical)")
                                            .arg(clip(row.text(CSeverity))));
        c.severity = *severity;
    }
    return c;
}

} // namespace servqa
