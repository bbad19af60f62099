#include "choicelists.h"

#include "formatting.h"
#include "siterepository.h"
#include "staffrepository.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace servqa {

void fillSiteChoices(QComboBox *combo, Database *db, const QString &allText)
{
    const QSignalBlocker block(combo);
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(allText);
    if (db) {
        if (const auto sites = SiteRepository(*db).all()) {
            for (const Site &s : *sites)
                combo->addItem(s.region.isEmpty() ? s.name : QStringLiteral("%1 · %2").arg(s.region, s.name), s.id);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void fillRegionChoices(QComboBox *combo, Database *db, const QString &allText)
{
    const QSignalBlocker block(combo);
    const QVariant selected = combo->currentData();
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText);
    if (db) {
        if (const auto regions = SiteRepository(*db).regions()) {
            for (const QString &r : *regions) {
                if (!r.isEmpty())
                    combo->addItem(r, r);
            }
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void fillStaffChoices(QComboBox *combo, Database *db, const QVariant &siteId, const QString &allText)
{
    const QSignalBlocker block(combo);
    const QVariant selected = combo->currentData();
    combo->clear();
    combo->addItem(allText);
    if (db && siteId.isValid()) {
        if (const auto staff = StaffRepository(*db).all(siteId.toLongLong())) {
            for (const StaffMember &m : *staff)
                combo->addItem(formatWithNote(m.name, m.code), m.id);
        }
    }
    combo->setEnabled(siteId.isValid());
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

} // namespace servqa
