#include "surveyentrydialog.h"

#include "choicelists.h"
#include "database.h"
#include "plaintext.h"
#include "transactionguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace servqa {

namespace {
// 1–7, or blank for a missing answer (0 shows as a dash and is stored as nothing).
QSpinBox *answerBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 7);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setAlignment(Qt::AlignCenter);
    box->setMinimumWidth(56);
    return box;
}

std::optional<int> answerOf(const QSpinBox *box)
{
    return box->isEnabled() && box->value() > 0 ? std::optional<int>(box->value()) : std::nullopt;
}
} // namespace

SurveyEntryDialog::SurveyEntryDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Enter a survey response"));
    m_wave = new QComboBox(this);
    m_wave->setEditable(true);
    m_wave->setInsertPolicy(QComboBox::NoInsert);
    m_wave->setMinimumContentsLength(20);
    if (const auto waves = SurveyRepository(db).waves()) {
        for (const SurveyWave &w : *waves)
            m_wave->addItem(w.name, int(w.kind));
    }
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Customers rate the service"), int(SurveyKind::Customer));
    m_kind->addItem(tr("Managers estimate customers' expectations"), int(SurveyKind::Management));
    m_site = new QComboBox(this);
    fillSiteChoices(m_site, &db, tr("Choose a site…"));
    m_respondent = new QLineEdit(this);
    m_respondent->setPlaceholderText(tr("questionnaire number or customer reference"));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *head = new QFormLayout;
    head->addRow(tr("&Wave:"), m_wave);
    head->addRow(tr("&Kind of wave:"), m_kind);
    head->addRow(tr("&Site:"), m_site);
    head->addRow(tr("&Answered at:"), m_time);
    head->addRow(tr("&Respondent:"), m_respondent);

    auto *items = new QWidget(this);
    auto *grid = new QGridLayout(items);
    grid->addWidget(new QLabel(tr("<b>Item</b>"), items), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Expectation</b>"), items), 0, 1, Qt::AlignCenter);
    grid->addWidget(new QLabel(tr("<b>Perception</b>"), items), 0, 2, Qt::AlignCenter);
    for (int i = 0; i < ServqualItemCount; ++i) {
        auto *label = new QLabel(tr("%1. %2 (%3)").arg(i + 1).arg(servqualItemText(i), dimensionName(servqualItemDimension(i))), items);
        label->setTextFormat(Qt::PlainText);
        auto *e = answerBox(items);
        auto *p = answerBox(items);
        e->setAccessibleName(tr("Expectation of item %1").arg(i + 1));
        p->setAccessibleName(tr("Perception of item %1").arg(i + 1));
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(e, i + 1, 1);
        grid->addWidget(p, i + 1, 2);
        m_expectation << e;
        m_perception << p;
    }
    grid->setColumnStretch(0, 1);
    // The respondent leads straight into the answers (Tab inside a date field moves between
    // its sections, so the time comes before the respondent).
    QWidget::setTabOrder(m_time, m_respondent);
    QWidget::setTabOrder(m_respondent, m_expectation.constFirst());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(items);
    scroll->setWidgetResizable(true);

    m_hasImportance = new QCheckBox(tr("&Importance points given (100 across the five dimensions)"), this);
    auto *points = new QHBoxLayout;
    for (Dimension d : AllDimensions) {
        auto *box = new QSpinBox(this);
        box->setRange(0, 100);
        box->setValue(20);
        box->setEnabled(false);
        box->setAccessibleName(dimensionName(d));
        points->addWidget(new QLabel(dimensionName(d), this));
        points->addWidget(box);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &SurveyEntryDialog::updateTotal);
        m_importance << box;
    }
    m_total = new QLabel(this);
    points->addWidget(m_total, 1);
    connect(m_hasImportance, &QCheckBox::toggled, this, [this](bool on) {
        for (QSpinBox *box : std::as_const(m_importance))
            box->setEnabled(on);
        updateTotal();
    });

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_wave, &QComboBox::currentTextChanged, this, &SurveyEntryDialog::updateKind);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &SurveyEntryDialog::updateKind);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hasImportance);
    layout->addLayout(points);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 660);
    // Most questionnaires typed in are customers'; the same wave and site serve a whole pile, so
    // the cursor starts at the respondent.
    for (int i = 0; i < m_wave->count(); ++i) {
        if (static_cast<SurveyKind>(m_wave->itemData(i).toInt()) == SurveyKind::Customer) {
            m_wave->setCurrentIndex(i);
            break;
        }
    }
    updateKind();
    updateTotal();
    m_respondent->setFocus();
}

void SurveyEntryDialog::setSite(qint64 siteId)
{
    m_site->setCurrentIndex(qMax(0, m_site->findData(siteId)));
}

void SurveyEntryDialog::updateKind()
{
    // An existing wave has its kind; a new name takes the kind chosen.
    const int existing = m_wave->findText(m_wave->currentText().trimmed());
    if (existing >= 0) {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(m_wave->itemData(existing)));
    }
    m_kind->setEnabled(existing < 0);
    const bool management = static_cast<SurveyKind>(m_kind->currentData().toInt()) == SurveyKind::Management;
    for (QSpinBox *p : std::as_const(m_perception)) {
        p->setEnabled(!management);
        p->setToolTip(management ? tr("Managers answer the expectation items only.") : QString());
    }
}

void SurveyEntryDialog::updateTotal()
{
    int total = 0;
    for (const QSpinBox *box : std::as_const(m_importance))
        total += box->value();
    m_total->setText(m_hasImportance->isChecked() ? tr("Total: %1 of 100").arg(total) : QString());
}

Result<SurveyRecord> SurveyEntryDialog::record() const
{
    SurveyRecord r;
    if (m_wave->currentText().trimmed().isEmpty())
        return Error{tr("Wave: give the wave a name.")};
    if (!m_site->currentData().isValid())
        return Error{tr("Site: choose the site the respondent answered about.")};
    r.siteId = m_site->currentData().toLongLong();
    r.respondentRef = m_respondent->text().trimmed();
    if (r.respondentRef.isEmpty())
        return Error{tr("Respondent: give the questionnaire number or customer reference.")};
    r.respondedAt = m_time->dateTime();
    bool any = false;
    for (int i = 0; i < ServqualItemCount; ++i) {
        r.answers.expectation[i] = answerOf(m_expectation[i]);
        r.answers.perception[i] = answerOf(m_perception[i]);
        any = any || r.answers.expectation[i] || r.answers.perception[i];
    }
    if (!any)
        return Error{tr("Items: no answer given.")};
    if (m_hasImportance->isChecked()) {
        std::array<double, DimensionCount> points{};
        double total = 0;
        for (int d = 0; d < DimensionCount; ++d) {
            points[d] = m_importance[d]->value();
            total += points[d];
        }
        if (std::abs(total - 100) > 0.5)
            return Error{tr("Importance points: they add up to %1, not 100.").arg(total)};
        r.answers.importance = points;
    }
    return r;
}

void SurveyEntryDialog::accept()
{
    const auto r = record();
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    SurveyRepository repository(m_db);
    // Asked before the transaction begins: a question on screen must not hold the workspace's
    // write lock.
    const QString waveName = m_wave->currentText().trimmed();
    const auto waves = repository.waves();
    if (!waves) {
        m_error->setText(waves.error());
        m_error->show();
        return;
    }
    for (const SurveyWave &w : *waves) {
        if (w.name != waveName)
            continue;
        const auto exists = repository.hasRespondent(w.id, r->respondentRef);
        if (exists && *exists
            && plain::question(this, windowTitle(),
                               tr("%1 already answered in wave %2. Replace their answers with these?").arg(r->respondentRef, waveName))
                   != QMessageBox::Yes)
            return;
    }
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active()) {
        m_error->setText(transaction.error());
        m_error->show();
        return;
    }
    const auto wave = repository.wave(waveName, static_cast<SurveyKind>(m_kind->currentData().toInt()));
    if (!wave) {
        m_error->setText(wave.error());
        m_error->show();
        return;
    }
    const auto saved = repository.upsert(*wave, *r);
    const Status committed = saved ? transaction.commit() : Status(Error{saved.error()});
    if (!committed) {
        m_error->setText(committed.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace servqa
