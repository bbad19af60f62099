#pragma once

#include "feedbackrepository.h"
#include "importrow.h"

#include <QHash>

namespace servqa {

// Field indexes of ImportKind::Feedback, in importFields() order.
enum FeedbackField { FResponse, FSource, FInteraction, FInteractionSource, FSite, FChannel, FAnswered, FCsat, FNps, FCes, FComment };

// One row of a feedback file as a record: the interaction it names (its site and channel then
// the interaction's), or a site; the answers on their scales. Problems name line and column.
Result<FeedbackRecord> readFeedbackRow(const RowReader &row, FeedbackRepository &feedback, const QHash<QString, qint64> &siteIds,
                                       const QString &defaultSource, const FeedbackSurvey &survey);

} // namespace servqa
