#include "feedbackimport.h"

#include "timeutil.h"

#include <QCoreApplication>

namespace servqa {

Result<FeedbackRecord> readFeedbackRow(const RowReader &row, FeedbackRepository &feedback, const QHash<QString, qint64> &siteIds,
                                       const QString &defaultSource, const FeedbackSurvey &survey)
{
    FeedbackRecord r;
    r.externalId = row.text(FResponse);
    r.source = row.text(FSource).isEmpty() ? defaultSource : row.text(FSource);
    const QString siteCode = row.text(FSite);
    std::optional<qint64> site;
    if (!siteCode.isEmpty()) {
        const auto found = siteIds.constFind(siteCode);
        if (found == siteIds.constEnd())
            return row.error(FSite, QCoreApplication::translate("Import", "there is no site with code \"%1\"").arg(clip(siteCode)));
        site = *found;
    }
    if (!row.text(FChannel).isEmpty()) {
        const auto c = channelWords().constFind(row.text(FChannel).toLower());
        if (c == channelWords().constEnd())
            return row.error(FChannel, QCoreApplication::translate("Import", "\"%1\" is not a channel (call, chat, email, visit, "
                                                                   "social)").arg(clip(row.text(FChannel))));
        r.channel = *c;
    }
    if (!row.text(FInteraction).isEmpty()) {
        const QString source = row.text(FInteractionSource).isEmpty() ? defaultSource : row.text(FInteractionSource);
        const auto interaction = feedback.interaction(source, row.text(FInteraction));
        if (!interaction)
            return Error{interaction.error()};
        if (!interaction->has_value())
            return row.error(FInteraction, QCoreApplication::translate("Import", "there is no interaction \"%1\" from \"%2\"; import the interactions "
                                                                       "first").arg(clip(row.text(FInteraction)), clip(source)));
        const FeedbackRepository::InteractionRef &ref = **interaction;
        if (site && *site != ref.siteId)
            return row.error(FSite, QCoreApplication::translate("Import", "the interaction \"%1\" took place at another site").arg(clip(row.text(FInteraction))));
        if (r.channel && *r.channel != ref.channel)
            return row.error(FChannel, QCoreApplication::translate("Import", "the interaction \"%1\" is on another channel (%2)").arg(clip(row.text(FInteraction)), channelName(ref.channel)));
        r.interactionId = ref.id;
        site = ref.siteId;
        r.channel = ref.channel;
    }
    if (!site)
        return row.error(FSite, QCoreApplication::translate("Import", "give the interaction the answers are about, or the site code"));
    r.siteId = *site;
    const auto answered = parseDateTime(row.text(FAnswered));
    if (!answered)
        return row.error(FAnswered, QCoreApplication::translate("Import", "\"%1\" is not a date and time (use 2024-03-05 14:30 "
                                                                "or 2024/3/5 14:30)").arg(clip(row.text(FAnswered))));
    r.respondedAt = *answered;
    const auto csat = row.wholeNumber(FCsat, 1, survey.csatScale);
    const auto nps = row.wholeNumber(FNps, 0, 10);
    const auto ces = row.wholeNumber(FCes, 1, 7);
    for (const auto *answer : {&csat, &nps, &ces}) {
        if (!*answer)
            return Error{answer->error()};
    }
    r.csat = *csat;
    r.nps = *nps;
    r.ces = *ces;
    if (!r.csat && !r.nps && !r.ces)
        return row.error(FCsat, QCoreApplication::translate("Import", "the row has no answer: give CSAT, NPS or CES"));
    r.comment = row.text(FComment);
    return r;
}

} // namespace servqa
