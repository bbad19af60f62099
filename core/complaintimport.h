#pragma once

#include "complaints.h"
#include "feedbackrepository.h"
#include "importrow.h"

#include <QHash>

namespace servqa {

// Field indexes of a complaints file, matching importFields(ImportKind::Complaints).
enum ComplaintField { CReference, CReceived, CSite, CChannel, CCustomer, CInteraction, CInteractionSource, CCategory, CSeverity, CDescription };

// One row of a complaints file as an intake: the interaction it names (its site and channel then
// the interaction's), or a site and a channel; the category by key or by name in either language.
// Problems name line and column.
Result<ComplaintIntake> readComplaintRow(const RowReader &row, FeedbackRepository &interactions, const QHash<QString, qint64> &siteIds,
                                         const QString &defaultSource, const QVector<ComplaintCategory> &categories);

} // namespace servqa
