#include "sampledialog.h"

#include "backgroundjob.h"
#include "choicelists.h"
#include "formrepository.h"
#include "screeningrules.h"
#include "session.h"
#include "userrepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace servqa {

SampleDialog::SampleDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Draw a sample"));
    m_form = new QComboBox(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // Last calendar month: the usual QA cycle.
    const QDate firstOfMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    m_from->setDate(firstOfMonth.addMonths(-1));
    m_to->setDate(firstOfMonth.addDays(-1));
    m_site = new QComboBox(this);
    m_channel = new QComboBox(this);
    m_byCount = new QRadioButton(tr("&Number per agent:"), this);
    m_byPercent = new QRadioButton(tr("&Share of each agent's interactions:"), this);
    m_byCount->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byCount);
    group->addButton(m_byPercent);
    m_perAgent = new QSpinBox(this);
    m_perAgent->setRange(1, 1000);
    m_perAgent->setValue(5);
    m_percent = new QDoubleSpinBox(this);
    m_percent->setRange(0.1, 100);
    m_percent->setDecimals(1);
    m_percent->setValue(5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setEnabled(false);
    connect(m_byPercent, &QRadioButton::toggled, this, [this](bool on) {
        m_percent->setEnabled(on);
        m_perAgent->setEnabled(!on);
    });
    m_targeting = new QComboBox(this);
    m_targeting->addItem(tr("At random"), 0.0);
    m_targeting->addItem(tr("Flagged first"), 100.0);
    m_targeting->addItem(tr("A share flagged:"), -1.0);
    m_targeting->setToolTip(tr("Targeted sampling: each agent's draw takes the interactions that screening flagged first, "
                               "or this share of them, and the rest at random."));
    m_flaggedShare = new QDoubleSpinBox(this);
    m_flaggedShare->setRange(1, 100);
    m_flaggedShare->setDecimals(0);
    m_flaggedShare->setValue(50);
    m_flaggedShare->setSuffix(QStringLiteral(" %"));
    m_minRisk = new QComboBox(this);
    for (RuleSeverity level : {RuleSeverity::Low, RuleSeverity::Medium, RuleSeverity::High, RuleSeverity::Critical})
        m_minRisk->addItem(tr("%1 risk or above").arg(ruleSeverityName(level)), int(level));
    auto targetingChanged = [this] {
        const double share = m_targeting->currentData().toDouble();
        m_flaggedShare->setEnabled(share < 0);
        m_minRisk->setEnabled(share != 0);
    };
    connect(m_targeting, &QComboBox::currentIndexChanged, this, targetingChanged);
    targetingChanged();
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999999);
    m_seed->setValue(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")).toInt());
    m_seed->setToolTip(tr("The same seed on the same data draws the same interactions."));
    m_inspectors = new QListWidget(this);
    m_inspectors->setMaximumHeight(140);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    fillSiteChoices(m_site, m_session.database(), tr("All sites"));
    m_channel->addItem(tr("All channels"));
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelKey(c));
    if (Database *db = m_session.database()) {
        if (const auto versions = FormRepository(*db).versions()) {
            for (const FormVersionSummary &v : *versions) {
                if (v.status == FormStatus::Active)
                    m_form->addItem(QStringLiteral("%1 — %2").arg(v.code, v.name), v.formId);
            }
        }
        if (const auto inspectors = UserRepository(*db).all(UserRole::Inspector)) {
            for (const User &u : *inspectors) {
                auto *item = new QListWidgetItem(u.name, m_inspectors);
                item->setData(Qt::UserRole, u.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(u.id == m_session.userId() ? Qt::Checked : Qt::Unchecked);
            }
        }
    }

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Form:"), m_form);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    addRow(tr("S&ite:"), m_site);
    addRow(tr("C&hannel:"), m_channel);
    form->addRow(m_byCount, m_perAgent);
    form->addRow(m_byPercent, m_percent);
    auto *targeting = new QHBoxLayout;
    targeting->addWidget(m_targeting);
    targeting->addWidget(m_flaggedShare);
    targeting->addWidget(m_minRisk, 1);
    auto *targetingLabel = new QLabel(tr("Sc&reening:"), this);
    targetingLabel->setBuddy(m_targeting);
    form->addRow(targetingLabel, targeting);
    addRow(tr("S&eed:"), m_seed);
    addRow(tr("Inspec&tors:"), m_inspectors);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy: the draw does not know its length in advance
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Draw and assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SampleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SampleDialog::reject);
    auto *note = new QLabel(tr("Interactions already evaluated or assigned with this form are never drawn again."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
}

SampleRequest SampleDialog::request() const
{
    SampleRequest r;
    r.from = QDateTime(m_from->date(), QTime(0, 0));
    r.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)); // the last day is included
    r.formId = m_form->currentData().toLongLong();
    if (m_site->currentData().isValid())
        r.siteId = m_site->currentData().toLongLong();
    if (m_channel->currentData().isValid())
        r.channel = channelFromKey(m_channel->currentData().toString());
    if (m_byPercent->isChecked())
        r.percent = m_percent->value();
    else
        r.perAgent = m_perAgent->value();
    const double share = m_targeting->currentData().toDouble();
    r.flaggedPercent = share < 0 ? m_flaggedShare->value() : share;
    r.minRisk = m_minRisk->currentData().toInt();
    r.seed = quint64(m_seed->value());
    for (int i = 0; i < m_inspectors->count(); ++i) {
        if (m_inspectors->item(i)->checkState() == Qt::Checked)
            r.inspectorIds << m_inspectors->item(i)->data(Qt::UserRole).toLongLong();
    }
    return r;
}

void SampleDialog::accept()
{
    if (!m_session.isOpen())
        return;
    if (m_form->count() == 0) {
        m_error->setText(tr("No form is active. Activate a scorecard or checklist first."));
        return;
    }
    if (m_job)
        return;
    // Off the GUI thread on its own connection, the form locked meanwhile.
    const SampleRequest r = request();
    const qint64 userId = m_session.userId();
    auto drawn = std::make_shared<SampleResult>(); // written by the worker, read after succeeded()
    m_job = new BackgroundJob(
        m_session.path(),
        [r, userId, drawn](Database &db, const BackgroundJob::ProgressFn &) -> Result<QString> {
            const auto result = drawSample(db, r, userId);
            if (!result)
                return Error{result.error()};
            *drawn = *result;
            return QString();
        },
        this);
    // The form is locked while drawing; afterwards what was enabled before is enabled again
    // (the share of interactions stays off while drawing a number per agent).
    auto locked = std::make_shared<QVector<QPointer<QWidget>>>();
    auto busy = [this, locked](bool on) {
        if (on) {
            for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
                if (child != m_busy && child != m_error && child->isEnabled()) {
                    child->setEnabled(false);
                    locked->push_back(child);
                }
            }
        } else {
            for (const QPointer<QWidget> &child : std::as_const(*locked)) {
                if (child)
                    child->setEnabled(true);
            }
            locked->clear();
        }
        m_busy->setVisible(on);
        m_error->setText(on ? tr("Drawing the sample…") : QString());
        m_error->setStyleSheet(on ? QString() : QStringLiteral("color: #b00020;"));
    };
    busy(true);
    connect(m_job, &BackgroundJob::succeeded, this, [this, busy, drawn] {
        m_job->deleteLater();
        m_job = nullptr;
        busy(false);
        m_result = *drawn;
        m_session.notifyDataChanged();
        QDialog::accept();
    });
    connect(m_job, &BackgroundJob::failed, this, [this, busy](const QString &message) {
        m_job->deleteLater();
        m_job = nullptr;
        busy(false);
        m_error->setText(message);
    });
    m_job->start();
}

void SampleDialog::reject()
{
    if (!m_job)
        QDialog::reject();
}

} // namespace servqa
