#include "visitplandialogs.h"

#include "choicelists.h"
#include "database.h"
#include "plaintext.h"
#include "userrepository.h"
#include "visits.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

// The dialogs keep the Visits page's translation context.

// The checklists (forms of kind "checklist") for a combo box.
namespace {

void fillChecklists(QComboBox *combo, Database &db)
{
    combo->clear();
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM forms WHERE kind = 'checklist' ORDER BY name"))) {
        while (q.next())
            combo->addItem(q.value(1).toString(), q.value(0).toLongLong());
    }
}

} // namespace

void fillShoppers(QComboBox *combo, Database &db, const QString &noneText)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText);
    if (const auto users = UserRepository(db).all(UserRole::Shopper)) {
        for (const User &u : *users)
            combo->addItem(u.name, u.id);
    }
}

std::optional<qint64> planVisitDialog(QWidget *parent, Database &database, qint64 userId, const QDate &shownMonth)
{
    Database *db = &database;
    std::optional<qint64> planned;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("servqa::VisitsPage", "Plan a visit"));
    auto *store = new QComboBox(&dialog);
    {
        // Stores only: contact-centre teams are not visited.
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SELECT id, region, name FROM sites WHERE kind = 'store' ORDER BY region, code"))) {
            while (q.next())
                store->addItem(q.value(1).toString().isEmpty() ? q.value(2).toString()
                                                               : q.value(1).toString() + QStringLiteral(" · ") + q.value(2).toString(),
                               q.value(0).toLongLong());
        }
    }
    auto *form = new QComboBox(&dialog);
    fillChecklists(form, *db);
    auto *scenario = new QLineEdit(&dialog);
    scenario->setPlaceholderText(QCoreApplication::translate("servqa::VisitsPage", "e.g. ask for a winter coat, then return it"));
    const QDate month(shownMonth.year(), shownMonth.month(), 1);
    auto *from = new QDateEdit(std::max(month, QDate::currentDate()), &dialog);
    auto *to = new QDateEdit(from->date().addDays(2), &dialog);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *shopper = new QComboBox(&dialog);
    fillShoppers(shopper, *db, QCoreApplication::translate("servqa::VisitsPage", "Assign later"));
    auto *formLayout = new QFormLayout(&dialog);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Store:"), store);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Checklist:"), form);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "Sce&nario:"), scenario);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&From:"), from);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&To:"), to);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "S&hopper:"), shopper);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    formLayout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        VisitPlan plan;
        plan.siteId = store->currentData().toLongLong();
        plan.formId = form->currentData().toLongLong();
        plan.scenario = scenario->text().trimmed();
        plan.from = from->date();
        plan.to = to->date();
        if (shopper->currentData().isValid())
            plan.shopperId = shopper->currentData().toLongLong();
        const auto id = VisitService(*db, userId).plan(plan);
        if (!id) {
            plain::warning(&dialog, QCoreApplication::translate("servqa::VisitsPage", "Plan a visit"), id.error());
            return;
        }
        planned = *id;
        dialog.accept();
    });
    dialog.exec();
    return planned;
}

std::optional<QDate> planRegionDialog(QWidget *parent, Database &database, qint64 userId, const QDate &shownMonth)
{
    Database *db = &database;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("servqa::VisitsPage", "Plan a region"));
    auto *region = new QComboBox(&dialog);
    fillRegionChoices(region, db, QString());
    auto *form = new QComboBox(&dialog);
    fillChecklists(form, *db);
    auto *scenario = new QLineEdit(&dialog);
    const QDate month(shownMonth.year(), shownMonth.month(), 1);
    auto *from = new QDateEdit(month, &dialog);
    auto *to = new QDateEdit(month.addMonths(1).addDays(-1), &dialog);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *window = new QSpinBox(&dialog);
    window->setRange(1, 31);
    window->setValue(3);
    window->setSuffix(QCoreApplication::translate("servqa::VisitsPage", " days"));
    auto *shoppers = new QListWidget(&dialog);
    if (const auto users = UserRepository(*db).all(UserRole::Shopper)) {
        for (const User &u : *users) {
            auto *item = new QListWidgetItem(u.name, shoppers);
            item->setData(Qt::UserRole, u.id);
            item->setCheckState(Qt::Checked);
        }
    }
    auto *lockout = new QSpinBox(&dialog);
    lockout->setRange(0, 730);
    lockout->setValue(VisitService(*db, userId).lockoutDays());
    lockout->setSuffix(QCoreApplication::translate("servqa::VisitsPage", " days"));
    auto *formLayout = new QFormLayout(&dialog);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Region:"), region);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Checklist:"), form);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "Sce&nario:"), scenario);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&From:"), from);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&To:"), to);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Window per store:"), window);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "S&hoppers:"), shoppers);
    formLayout->addRow(QCoreApplication::translate("servqa::VisitsPage", "&Lock-out:"), lockout);
    auto *note = new QLabel(QCoreApplication::translate("servqa::VisitsPage", "One visit per store, spread across the dates. A shopper is not sent to a store they visit within "
                               "the lock-out, nor where the staff would know them; such visits stay unassigned."),
                            &dialog);
    note->setWordWrap(true);
    formLayout->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    formLayout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        VisitService service(*db, userId);
        if (const Status s = service.setLockoutDays(lockout->value()); !s) {
            plain::warning(&dialog, QCoreApplication::translate("servqa::VisitsPage", "Plan a region"), s.error());
            return;
        }
        BulkVisitPlan plan;
        plan.region = region->currentData().toString();
        plan.formId = form->currentData().toLongLong();
        plan.scenario = scenario->text().trimmed();
        plan.from = from->date();
        plan.to = to->date();
        plan.windowDays = window->value();
        for (int i = 0; i < shoppers->count(); ++i) {
            if (shoppers->item(i)->checkState() == Qt::Checked)
                plan.shoppers << shoppers->item(i)->data(Qt::UserRole).toLongLong();
        }
        const auto ids = service.planRegion(plan);
        if (!ids) {
            plain::warning(&dialog, QCoreApplication::translate("servqa::VisitsPage", "Plan a region"), ids.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return from->date();
}

} // namespace servqa
