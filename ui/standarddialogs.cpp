#include "standarddialogs.h"

#include "busywork.h"

#include "database.h"
#include "durationspinbox.h"
#include "interactionrepository.h"
#include "servqual.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {
QComboBox *dimensionCombo(QWidget *parent, Dimension current)
{
    auto *combo = new QComboBox(parent);
    for (Dimension d : AllDimensions)
        combo->addItem(dimensionName(d), int(d));
    combo->setCurrentIndex(dimensionIndex(current));
    return combo;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}
} // namespace

StandardDialog::StandardDialog(Database &db, const ServiceStandard &standard, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(standard.id)
{
    setWindowTitle(standard.id ? tr("Edit standard %1").arg(standard.code) : tr("New standard"));
    m_code = new QLineEdit(standard.code, this);
    m_title = new QLineEdit(standard.title, this);
    m_title->setPlaceholderText(tr("e.g. Answer the phone within 20 seconds"));
    m_target = new QLineEdit(standard.target, this);
    m_target->setPlaceholderText(tr("e.g. ≤ 20 s from the first ring"));
    m_dimension = dimensionCombo(this, standard.dimension);
    m_level = new QSpinBox(this);
    m_level->setRange(1, 7);
    m_level->setValue(standard.level);
    m_level->setToolTip(tr("How much the standard commits to, on the customers' 1–7 expectation scale: "
                           "7 = what an excellent company would do. Gap 2 compares it with what customers expect."));
    m_compliance = new QDoubleSpinBox(this);
    m_compliance->setRange(1, 100);
    m_compliance->setDecimals(1);
    m_compliance->setSuffix(QStringLiteral(" %"));
    m_compliance->setValue(standard.complianceTarget);
    m_compliance->setToolTip(tr("The share of observed answers that must meet the standard. "
                                "Gap 3 compares it with what inspections and visits observed."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Standard:"), m_title);
    form->addRow(tr("&Target as written:"), m_target);
    form->addRow(tr("&Dimension:"), m_dimension);
    form->addRow(tr("Commitment &level (1–7):"), m_level);
    form->addRow(tr("Required com&pliance:"), m_compliance);

    m_surveyItems = new QListWidget(this);
    for (int i = 0; i < ServqualItemCount; ++i) {
        auto *item = new QListWidgetItem(tr("%1. %2 (%3)").arg(i + 1).arg(servqualItemText(i), dimensionName(servqualItemDimension(i))),
                                         m_surveyItems);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(standard.surveyItems.contains(i) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, i);
    }
    m_formItems = new QTreeWidget(this);
    m_formItems->setHeaderHidden(true);
    if (const auto items = StandardsRepository(db).linkableItems()) {
        QTreeWidgetItem *formNode = nullptr;
        qint64 formId = -1;
        for (const StandardsRepository::LinkableItem &l : *items) {
            if (l.formId != formId) {
                formId = l.formId;
                formNode = new QTreeWidgetItem(m_formItems, {l.checklist ? tr("%1 (checklist)").arg(l.formName) : l.formName});
                formNode->setFlags(Qt::ItemIsEnabled);
            }
            auto *node = new QTreeWidgetItem(formNode, {tr("%1 · %2 (%3)").arg(l.itemKey, l.itemText, dimensionName(l.dimension))});
            node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool linked = standard.formItems.contains(FormItemRef{l.formId, l.itemKey});
            node->setCheckState(0, linked ? Qt::Checked : Qt::Unchecked);
            node->setData(0, Qt::UserRole, l.formId);
            node->setData(0, Qt::UserRole + 1, l.itemKey);
            node->setToolTip(0, l.itemText);
            if (linked)
                formNode->setExpanded(true);
        }
    }
    auto *surveyBox = new QGroupBox(tr("Customer expectations it answers (SERVQUAL items, gap 2)"), this);
    (new QVBoxLayout(surveyBox))->addWidget(m_surveyItems);
    auto *formBox = new QGroupBox(tr("Checked by (scorecard and checklist items, gap 3)"), this);
    (new QVBoxLayout(formBox))->addWidget(m_formItems);
    auto *lists = new QHBoxLayout;
    lists->addWidget(surveyBox);
    lists->addWidget(formBox);

    m_error = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StandardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(960, 600);
}

ServiceStandard StandardDialog::standard() const
{
    ServiceStandard s;
    s.id = m_id;
    s.code = m_code->text();
    s.title = m_title->text();
    s.target = m_target->text();
    s.dimension = static_cast<Dimension>(m_dimension->currentData().toInt());
    s.level = m_level->value();
    s.complianceTarget = m_compliance->value();
    for (int r = 0; r < m_surveyItems->count(); ++r) {
        if (m_surveyItems->item(r)->checkState() == Qt::Checked)
            s.surveyItems << m_surveyItems->item(r)->data(Qt::UserRole).toInt();
    }
    for (int f = 0; f < m_formItems->topLevelItemCount(); ++f) {
        QTreeWidgetItem *form = m_formItems->topLevelItem(f);
        for (int i = 0; i < form->childCount(); ++i) {
            QTreeWidgetItem *node = form->child(i);
            if (node->checkState(0) == Qt::Checked)
                s.formItems << FormItemRef{node->data(0, Qt::UserRole).toLongLong(), node->data(0, Qt::UserRole + 1).toString()};
        }
    }
    return s;
}

void StandardDialog::accept()
{
    // Saving rebuilds gap 2's survey sums in the same transaction: seconds on millions of
    // answers, so on a worker thread with its own connection.
    Result<qint64> saved = Error{QString()};
    const QString path = m_db.path();
    const ServiceStandard edited = standard();
    runWhileBusy(this, tr("Saving the standard and computing again the survey sums it changes…"), [&] {
        auto db = Database::open(path);
        saved = db ? StandardsRepository(**db).saveStandard(edited) : Result<qint64>(Error{db.error()});
    });
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

PromiseDialog::PromiseDialog(Database &db, const ExternalPromise &promise, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(promise.id)
{
    setWindowTitle(promise.id ? tr("Edit promise %1").arg(promise.code) : tr("New promise"));
    m_code = new QLineEdit(promise.code, this);
    m_text = new QLineEdit(promise.text, this);
    m_text->setPlaceholderText(tr("as customers read it, e.g. We reply to every e-mail within 2 hours"));
    m_text->setMinimumWidth(420);
    m_dimension = dimensionCombo(this, promise.dimension);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("All channels"));
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelKey(c));
    if (promise.channel)
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(*promise.channel)));
    m_measure = new QComboBox(this);
    for (PromiseMeasure m : {PromiseMeasure::FirstResponse, PromiseMeasure::Resolution, PromiseMeasure::Standard})
        m_measure->addItem(promiseMeasureName(m), int(m));
    m_measure->setCurrentIndex(int(promise.measure));
    m_threshold = new DurationSpinBox(this);
    m_threshold->setDurationRange(1, 30 * 86400);
    m_threshold->showValue(promise.thresholdSeconds.value_or(60));
    m_threshold->setToolTip(tr("The first response must come within this time: type 90 s, 2 h or 1 h 30 min (a number alone is seconds)."));
    m_standard = new QComboBox(this);
    if (const auto standards = StandardsRepository(db).standards()) {
        for (const ServiceStandard &s : *standards)
            m_standard->addItem(tr("%1 · %2").arg(s.code, s.title), s.id);
    }
    if (promise.standardId)
        m_standard->setCurrentIndex(qMax(0, m_standard->findData(*promise.standardId)));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(1, 100);
    m_rate->setDecimals(1);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setValue(promise.promisedRate);
    m_rate->setToolTip(tr("The share of cases the promise covers: 100 % for a guarantee, 90 % for \"9 out of 10\"."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Promise:"), m_text);
    form->addRow(tr("&Dimension:"), m_dimension);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Checked &by:"), m_measure);
    form->addRow(tr("&Time promised:"), m_threshold);
    form->addRow(tr("&Standard:"), m_standard);
    form->addRow(tr("Share p&romised:"), m_rate);
    m_error = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, qOverload<int>(&QComboBox::currentIndexChanged), this, &PromiseDialog::updateMeasure);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    updateMeasure();
}

void PromiseDialog::updateMeasure()
{
    const auto measure = static_cast<PromiseMeasure>(m_measure->currentData().toInt());
    m_threshold->setEnabled(measure == PromiseMeasure::FirstResponse);
    m_standard->setEnabled(measure == PromiseMeasure::Standard);
    m_channel->setEnabled(measure != PromiseMeasure::Standard);
}

ExternalPromise PromiseDialog::promise() const
{
    ExternalPromise p;
    p.id = m_id;
    p.code = m_code->text();
    p.text = m_text->text();
    p.dimension = static_cast<Dimension>(m_dimension->currentData().toInt());
    p.measure = static_cast<PromiseMeasure>(m_measure->currentData().toInt());
    if (m_channel->currentData().isValid() && p.measure != PromiseMeasure::Standard)
        p.channel = m_channel->currentData().toString();
    if (p.measure == PromiseMeasure::FirstResponse)
        p.thresholdSeconds = m_threshold->value();
    if (p.measure == PromiseMeasure::Standard && m_standard->currentData().isValid())
        p.standardId = m_standard->currentData().toLongLong();
    p.promisedRate = m_rate->value();
    return p;
}

void PromiseDialog::accept()
{
    // Saving recounts gap 4's cases of every interaction in the same transaction: on a worker
    // thread with its own connection.
    Result<qint64> saved = Error{QString()};
    const QString path = m_db.path();
    const ExternalPromise edited = promise();
    runWhileBusy(this, tr("Saving the promise and counting again the cases it covers…"), [&] {
        auto db = Database::open(path);
        saved = db ? StandardsRepository(**db).savePromise(edited) : Result<qint64>(Error{db.error()});
    });
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace servqa
