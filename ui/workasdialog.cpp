#include "workasdialog.h"

#include "session.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace servqa {

namespace {

// The dialog's strings in one translation context that lupdate sees.
struct WorkAs
{
    Q_DECLARE_TR_FUNCTIONS(WorkAs)
};

} // namespace

QDialog *showWorkAsDialog(QWidget *parent, Session &session)
{
    Database *db = session.database();
    if (!db || db->isServer()) // on a server you are who you signed in as
        return nullptr;
    const auto users = UserRepository(*db).all();
    if (!users || users->isEmpty())
        return nullptr;
    auto *d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(QStringLiteral("workAsDialog"));
    QDialog &dialog = *d;
    dialog.setWindowTitle(WorkAs::tr("Work As"));
    auto *intro = new QLabel(WorkAs::tr("Who is working in this workspace? ServQA remembers the choice for this workspace; change it "
                                "later with File ▸ Work As… or by clicking “Working as” in the status bar."),
                             &dialog);
    intro->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setAlternatingRowColors(true);
    for (const User &u : *users) {
        auto *item = new QListWidgetItem(WorkAs::tr("%1 — %2 (%3)").arg(u.name, userRoleName(u.role), u.login), list);
        item->setToolTip(WorkAs::tr("%1: %2.").arg(userRoleName(u.role), userRoleDuties(u.role)));
        item->setData(Qt::UserRole, u.id);
        if (u.id == session.userId())
            list->setCurrentItem(item);
    }
    auto *duties = new QLabel(&dialog);
    duties->setWordWrap(true);
    auto showDuties = [list, duties] {
        if (const QListWidgetItem *item = list->currentItem())
            duties->setText(item->toolTip());
    };
    QObject::connect(list, &QListWidget::currentItemChanged, &dialog, showDuties);
    showDuties();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(WorkAs::tr("Work as this person"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(duties);
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    list->setFocus();
    QObject::connect(d, &QDialog::accepted, d, [list, &session] {
        if (const QListWidgetItem *item = list->currentItem())
            session.setUserId(item->data(Qt::UserRole).toLongLong());
    });
    d->setWindowModality(Qt::WindowModal);
    d->open();
    return d;
}

QString workingAsText(Session &session)
{
    Database *db = session.database();
    if (!db || session.userId() == 0)
        return {};
    const auto user = UserRepository(*db).find(session.userId());
    return user ? WorkAs::tr("%1 · %2").arg(user->name, userRoleName(user->role)) : QString();
}

QString roleReason(Session &session, const QString &onlyWho)
{
    const QString who = workingAsText(session);
    if (who.isEmpty())
        return onlyWho;
    return WorkAs::tr("%1 You are working as %2: File ▸ Work As… changes who you are.").arg(onlyWho, who);
}

void setEnabledWithReason(QWidget *widget, bool enabled, const QString &whyNot)
{
    static const char *const OwnTip = "servqaOwnToolTip";
    if (!widget->property(OwnTip).isValid())
        widget->setProperty(OwnTip, widget->toolTip());
    widget->setEnabled(enabled);
    widget->setToolTip(enabled || whyNot.isEmpty() ? widget->property(OwnTip).toString() : whyNot);
}

} // namespace servqa
