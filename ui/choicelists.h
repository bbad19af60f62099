#pragma once

#include <QString>

class QComboBox;

namespace servqa {

class Database;

// The filter combo boxes several pages share. Each refills `combo` with an "all" entry (no
// data) and one entry per row (data: the id), keeping the selection when it still exists, with
// the combo's signals blocked. `db` may be null (no workspace): only the "all" entry remains.

// Sites as "region · name".
void fillSiteChoices(QComboBox *combo, Database *db, const QString &allText);
// The staff of one site (disabled when no site is chosen: a chain has thousands of people,
// a site a few dozen).
// The regions of the workspace's sites, after `allText` (empty: no "all" entry); keeps the
// region chosen before when it is still there.
void fillRegionChoices(QComboBox *combo, Database *db, const QString &allText);
void fillStaffChoices(QComboBox *combo, Database *db, const QVariant &siteId, const QString &allText);

} // namespace servqa
