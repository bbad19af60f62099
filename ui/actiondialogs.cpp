#include "actiondialogs.h"

#include "formatting.h"
#include "listtables.h"
#include "siterepository.h"
#include "standards.h"
#include "userrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionDialog)
};

QString span(const DayRange &r)
{
    return Text::tr("%1 to %2", "a span of days").arg(formatDate(r.from), formatDate(r.to));
}

QDateEdit *dateEdit(const QDate &day, QWidget *parent)
{
    auto *e = new QDateEdit(day, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

} // namespace

QString testName(ChangeTest::Method method)
{
    switch (method) {
    case ChangeTest::Method::TwoProportionZ: return Text::tr("two-proportion z test");
    case ChangeTest::Method::FisherExact: return Text::tr("Fisher's exact test");
    case ChangeTest::Method::WelchT: return Text::tr("Welch's t test");
    case ChangeTest::Method::ScoreZ: return Text::tr("z test of two scores");
    }
    return QString();
}

QString measureText(Database &db, const ActionMeasure &m)
{
    if (m.kind == MeasureKind::None)
        return Text::tr("No measure chosen yet.");
    return Text::tr("%1: %2 against %3.").arg(measureName(db, m), span(m.before), span(m.after));
}

QString measureName(Database &db, const ActionMeasure &m)
{
    QString what;
    switch (m.kind) {
    case MeasureKind::None: return Text::tr("No measure chosen yet.");
    case MeasureKind::ItemFailure: {
        what = m.itemKey;
        if (const auto items = StandardsRepository(db).linkableItems()) {
            for (const auto &i : *items) {
                if (m.formId && i.formId == *m.formId && i.itemKey == m.itemKey)
                    what = Text::tr("«%1» (%2)").arg(i.itemText, i.formName);
            }
        }
        what = Text::tr("Failure rate of %1").arg(what);
        break;
    }
    case MeasureKind::Score: {
        QString form = Text::tr("every form");
        if (const auto items = StandardsRepository(db).linkableItems(); items && m.formId) {
            for (const auto &i : *items) {
                if (i.formId == *m.formId)
                    form = i.formName;
            }
        }
        what = m.dimension ? Text::tr("%1 score, %2").arg(dimensionName(*m.dimension), form) : Text::tr("Overall score, %1").arg(form);
        break;
    }
    case MeasureKind::Indicator: what = indicatorName(m.indicator); break;
    }
    return what;
}

QString changeText(const MeasureChange &change, MeasureKind kind)
{
    if (!change.test)
        return Text::tr("Too few cases to test: %1 before, %2 after.").arg(formatCount(qint64(change.beforeN)), formatCount(qint64(change.afterN)));
    const ChangeTest &t = *change.test;
    const bool share = kind == MeasureKind::ItemFailure || t.method == ChangeTest::Method::TwoProportionZ || t.method == ChangeTest::Method::FisherExact;
    const auto value = [share](double v) { return share ? formatPercent(v) : formatNumber(v, 1); };
    // p to three decimals, to four under 0.001, and under 0.0001 as such.
    const QString p = t.pValue < 0.0001 ? Text::tr("p < %1").arg(QLocale().toString(0.0001, 'f', 4))
                                        : Text::tr("p = %1").arg(QLocale().toString(t.pValue, 'f', t.pValue < 0.001 ? 4 : 3));
    return Text::tr("%1 → %2 (n %3 and %4), %5, %6")
        .arg(value(t.before), value(t.after), formatCount(qint64(change.beforeN)), formatCount(qint64(change.afterN)), testName(t.method), p);
}

QString actionPlace(const CorrectiveAction &a)
{
    if (a.siteId)
        return a.siteName;
    return a.region.isEmpty() ? Text::tr("Every site") : Text::tr("Region %1").arg(a.region);
}

ActionDialog::ActionDialog(Database &db, const ActionDraft &prefill, bool raising, QWidget *parent)
    : EditorDialog(parent), m_db(db), m_origin(prefill.origin)
{
    setWindowTitle(raising ? tr("Raise an action") : tr("Change the action"));
    m_kind = new QComboBox(this);
    m_kind->addItem(actionKindName(ActionKind::Corrective), int(ActionKind::Corrective));
    m_kind->addItem(actionKindName(ActionKind::Preventive), int(ActionKind::Preventive));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(prefill.kind))));
    m_kind->setToolTip(tr("Corrective: removes the cause of a problem that happened. Preventive: of one that could happen."));
    m_title = new QLineEdit(prefill.title.left(200), this);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What will be done"));
    m_description = new QPlainTextEdit(prefill.description, this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_place = new QComboBox(this);
    m_place->addItem(tr("Every site"), QString());
    if (const auto regions = SiteRepository(db).regions()) {
        for (const QString &r : *regions)
            m_place->addItem(tr("Region %1").arg(r), QString(QStringLiteral("region:") + r));
    }
    if (const auto sites = SiteRepository(db).all()) {
        for (const Site &s : *sites)
            m_place->addItem(s.name, QStringLiteral("site:%1").arg(s.id));
    }
    const QString place = prefill.siteId ? QStringLiteral("site:%1").arg(*prefill.siteId)
                          : prefill.region.isEmpty() ? QString() : QString(QStringLiteral("region:") + prefill.region);
    m_place->setCurrentIndex(std::max(0, m_place->findData(place)));
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("Choose who owns it…"));
    if (const auto users = UserRepository(db).all()) {
        for (const User &u : *users) {
            if (mayOwnActions(u.role))
                m_owner->addItem(formatWithNote(u.name, userRoleName(u.role)), u.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(prefill.ownerId)));
    const QDate today = QDate::currentDate();
    m_due = dateEdit(prefill.due.isValid() ? prefill.due : today.addDays(14), this);

    m_measure = new QComboBox(this);
    for (MeasureKind k : {MeasureKind::None, MeasureKind::ItemFailure, MeasureKind::Score, MeasureKind::Indicator})
        m_measure->addItem(measureKindName(k), int(k));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(int(prefill.measure.kind))));
    m_measureParts = new QStackedWidget(this);
    m_measureParts->addWidget(new QWidget(m_measureParts));
    m_item = new QComboBox(m_measureParts);
    m_scoreForm = new QComboBox(this);
    m_scoreForm->addItem(tr("Every form"));
    if (const auto items = StandardsRepository(db).linkableItems()) {
        for (const auto &i : *items) {
            m_item->addItem(tr("%1 · %2").arg(i.formName, i.itemText), QStringLiteral("%1/%2").arg(i.formId).arg(i.itemKey));
            if (m_scoreForm->findData(i.formId) < 0)
                m_scoreForm->addItem(i.formName, i.formId);
        }
    }
    m_item->setCurrentIndex(std::max(0, m_item->findData(QStringLiteral("%1/%2").arg(prefill.measure.formId.value_or(0)).arg(prefill.measure.itemKey))));
    m_measureParts->addWidget(m_item);
    auto *score = new QWidget(m_measureParts);
    m_dimension = new QComboBox(score);
    m_dimension->addItem(tr("Overall score"));
    for (int d = 0; d < DimensionCount; ++d)
        m_dimension->addItem(dimensionName(Dimension(d)), d);
    if (prefill.measure.dimension)
        m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(int(*prefill.measure.dimension))));
    if (prefill.measure.kind == MeasureKind::Score && prefill.measure.formId)
        m_scoreForm->setCurrentIndex(std::max(0, m_scoreForm->findData(*prefill.measure.formId)));
    m_scoreForm->setParent(score);
    auto *scoreLayout = new QHBoxLayout(score);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_dimension);
    scoreLayout->addWidget(m_scoreForm, 1);
    m_measureParts->addWidget(score);
    m_indicator = new QComboBox(m_measureParts);
    for (IndicatorKind k : allIndicators()) {
        if (testableIndicator(k))
            m_indicator->addItem(indicatorName(k), int(k));
    }
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(int(prefill.measure.indicator))));
    m_measureParts->addWidget(m_indicator);
    // The periods: by default the four weeks before today against the four weeks after the due date.
    const ActionMeasure &m = prefill.measure;
    m_beforeFrom = dateEdit(m.before.from.isValid() ? m.before.from : today.addDays(-28), this);
    m_beforeTo = dateEdit(m.before.to.isValid() ? m.before.to : today.addDays(-1), this);
    m_afterFrom = dateEdit(m.after.from.isValid() ? m.after.from : m_due->date().addDays(1), this);
    m_afterTo = dateEdit(m.after.to.isValid() ? m.after.to : m_due->date().addDays(28), this);
    auto periods = [this](QDateEdit *from, QDateEdit *to) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(from);
        l->addWidget(new QLabel(QStringLiteral("–"), w));
        l->addWidget(to);
        l->addStretch(1);
        return w;
    };
    m_preview = new QLabel(this);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_problem = makeProblemLabel(this);

    auto *form = new QFormLayout;
    m_form = form;
    if (m_origin.kind != ActionSource::Manual) {
        auto *source = new QLabel(tr("%1: %2").arg(actionSourceName(m_origin.kind), m_origin.text), this);
        source->setTextFormat(Qt::PlainText);
        source->setWordWrap(true);
        form->addRow(tr("Raised from:"), source);
    }
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Details:"), m_description);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&ue by:"), m_due);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(QString(), m_measureParts);
    form->addRow(tr("&Before:"), periods(m_beforeFrom, m_beforeTo));
    form->addRow(tr("&After:"), periods(m_afterFrom, m_afterTo));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(raising ? tr("&Raise") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // The figures so far, a moment after the fields stop changing (they read the workspace).
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ActionDialog::updatePreview);
    const auto changed = [this] {
        m_problem->clear();
        m_measureParts->setCurrentIndex(m_measure->currentData().toInt());
        const bool measured = m_measure->currentData().toInt() != int(MeasureKind::None);
        for (QDateEdit *e : {m_beforeFrom, m_beforeTo, m_afterFrom, m_afterTo})
            e->setEnabled(measured);
        m_previewTimer->start();
    };
    for (QComboBox *c : {m_place, m_measure, m_item, m_scoreForm, m_dimension, m_indicator})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    for (QDateEdit *e : {m_beforeFrom, m_beforeTo, m_afterFrom, m_afterTo})
        connect(e, &QDateEdit::dateChanged, this, changed);
    connect(m_title, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    changed();
    resize(620, sizeHint().height());
}

void ActionDialog::planCycle(double target)
{
    m_cycle = true;
    setWindowTitle(tr("Plan an improvement cycle"));
    m_title->setPlaceholderText(tr("The goal: what the cycle is to achieve"));
    m_form->labelForField(m_title)->setProperty("text", tr("&Goal:"));
    m_form->labelForField(m_beforeFrom->parentWidget())->setProperty("text", tr("&Baseline:"));
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_due), m_afterFrom->parentWidget()})
        m_form->setRowVisible(w, false);
    m_measure->removeItem(m_measure->findData(int(MeasureKind::None)));
    m_target = new QDoubleSpinBox(this);
    m_target->setRange(-100, 100);
    m_target->setDecimals(1);
    m_target->setValue(target);
    m_target->setToolTip(tr("The measure's value to reach: a failure rate or a share in percent, a score in percent, NPS points."));
    m_form->addRow(tr("T&arget:"), m_target);
    for (QDateEdit *e : {m_beforeFrom, m_beforeTo})
        e->setEnabled(true);
}

double ActionDialog::target() const
{
    return m_target ? m_target->value() : 0;
}

ActionDraft ActionDialog::draft() const
{
    ActionDraft d;
    d.kind = ActionKind(m_kind->currentData().toInt());
    d.title = m_title->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    d.origin = m_origin;
    const QString place = m_place->currentData().toString();
    if (place.startsWith(QLatin1String("site:")))
        d.siteId = place.mid(5).toLongLong();
    else if (place.startsWith(QLatin1String("region:")))
        d.region = place.mid(7);
    d.ownerId = m_owner->currentData().toLongLong();
    d.due = m_due->date();
    ActionMeasure &m = d.measure;
    m.kind = MeasureKind(m_measure->currentData().toInt());
    if (m.kind == MeasureKind::ItemFailure) {
        const QString item = m_item->currentData().toString();
        const int slash = int(item.indexOf(QLatin1Char('/')));
        if (slash > 0) {
            m.formId = item.left(slash).toLongLong();
            m.itemKey = item.mid(slash + 1);
        }
    } else if (m.kind == MeasureKind::Score) {
        if (m_scoreForm->currentData().isValid())
            m.formId = m_scoreForm->currentData().toLongLong();
        if (m_dimension->currentData().isValid())
            m.dimension = Dimension(m_dimension->currentData().toInt());
    } else if (m.kind == MeasureKind::Indicator) {
        m.indicator = IndicatorKind(m_indicator->currentData().toInt());
    }
    m.before = {m_beforeFrom->date(), m_beforeTo->date()};
    m.after = {m_afterFrom->date(), m_afterTo->date()};
    return d;
}

void ActionDialog::updatePreview()
{
    const ActionDraft d = draft();
    if (d.measure.kind == MeasureKind::None) {
        m_preview->setText(tr("Choose the measure the action is meant to move: it is verified on it, before against after."));
        return;
    }
    if (m_cycle) {
        ActionMeasure baseline = d.measure;
        baseline.after = baseline.before; // the baseline's own figure
        const auto change = ActionStore(m_db).measureChange(baseline, d.siteId, d.region);
        m_preview->setText(!change ? change.error()
                           : change->test ? tr("Baseline: %1 (n %2).").arg(QLocale().toString(change->test->before, 'f', 1)).arg(change->beforeN)
                                          : tr("Baseline: too few cases (%1).").arg(change->beforeN));
        return;
    }
    if (d.measure.before.from > d.measure.before.to || d.measure.after.from > d.measure.after.to || d.measure.after.from <= d.measure.before.to) {
        m_preview->setText(tr("The period after the action must start after the period before it ends, each from its first day to its last."));
        return;
    }
    const auto change = ActionStore(m_db).measureChange(d.measure, d.siteId, d.region);
    m_preview->setText(change ? tr("So far: %1").arg(changeText(*change, d.measure.kind)) : change.error());
}

void ActionDialog::accept()
{
    const ActionDraft d = draft();
    if (d.title.isEmpty())
        m_problem->setText(tr("Give the action a title: what will be done."));
    else if (d.ownerId == 0)
        m_problem->setText(tr("Choose who owns the action."));
    else if (m_cycle && d.measure.before.from > d.measure.before.to)
        m_problem->setText(tr("Each period runs from its first day to its last."));
    else if (m_cycle)
        QDialog::accept();
    else if (d.measure.kind != MeasureKind::None && (d.measure.before.from > d.measure.before.to || d.measure.after.from > d.measure.after.to))
        m_problem->setText(tr("Each period runs from its first day to its last."));
    else if (d.measure.kind != MeasureKind::None && d.measure.after.from <= d.measure.before.to)
        m_problem->setText(tr("The period after the action must start after the period before it ends."));
    else
        QDialog::accept();
}

RootCauseDialog::RootCauseDialog(const CorrectiveAction &action, QWidget *parent) : EditorDialog(parent)
{
    setWindowTitle(tr("Root cause of %1").arg(action.reference));
    auto *intro = new QLabel(tr("Ask why the problem happened, then why that happened, up to five times: the last answer is the "
                                "root cause. List the causes you found by category; mark the root."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int k = 0; k < 5; ++k) {
        auto *edit = new QLineEdit(action.whys.value(k), this);
        m_whys << edit;
        form->addRow(tr("Why %1:").arg(k + 1), edit);
    }
    m_whys.first()->setPlaceholderText(tr("Why did it happen?"));
    m_causes = new QTableWidget(0, 3, this);
    m_causes->setHorizontalHeaderLabels({tr("Category"), tr("Cause"), tr("Root")});
    m_causes->verticalHeader()->hide();
    m_causes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_causes->setMinimumHeight(160);
    for (const RootCause &c : action.causes)
        addCause(c);
    auto *add = new QPushButton(tr("&Add cause"), this);
    auto *remove = new QPushButton(tr("&Remove cause"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addCause({});
        m_causes->setCurrentCell(m_causes->rowCount() - 1, 1);
        m_causes->editItem(m_causes->item(m_causes->rowCount() - 1, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_causes->currentRow() >= 0)
            m_causes->removeRow(m_causes->currentRow());
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_problem = makeProblemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Fishbone (人机料法环测):"), this));
    layout->addWidget(m_causes, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 560);
}

void RootCauseDialog::accept()
{
    const QStringList answers = whys();
    const QVector<RootCause> found = causes();
    const bool anyWhy = std::any_of(answers.cbegin(), answers.cend(), [](const QString &w) { return !w.trimmed().isEmpty(); });
    const bool anyCause = std::any_of(found.cbegin(), found.cend(), [](const RootCause &c) { return !c.cause.trimmed().isEmpty(); });
    if (!anyWhy && !anyCause) {
        m_problem->setText(tr("Write at least one why or one cause."));
        return;
    }
    QDialog::accept();
}

void RootCauseDialog::addCause(const RootCause &cause)
{
    const int row = m_causes->rowCount();
    m_causes->insertRow(row);
    auto *category = new QComboBox(m_causes);
    for (CauseCategory c : causeCategories())
        category->addItem(causeCategoryName(c), int(c));
    category->setCurrentIndex(std::max(0, category->findData(int(cause.category))));
    m_causes->setCellWidget(row, 0, category);
    m_causes->setItem(row, 1, new QTableWidgetItem(cause.cause));
    auto *root = new QTableWidgetItem;
    root->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    root->setCheckState(cause.root ? Qt::Checked : Qt::Unchecked);
    m_causes->setItem(row, 2, root);
    m_causes->resizeColumnToContents(0);
}

QStringList RootCauseDialog::whys() const
{
    QStringList list;
    for (const QLineEdit *e : m_whys)
        list << e->text();
    return list;
}

QVector<RootCause> RootCauseDialog::causes() const
{
    QVector<RootCause> list;
    for (int r = 0; r < m_causes->rowCount(); ++r) {
        const auto *category = qobject_cast<QComboBox *>(m_causes->cellWidget(r, 0));
        RootCause c;
        c.category = CauseCategory(category ? category->currentData().toInt() : int(CauseCategory::Methods));
        c.cause = m_causes->item(r, 1) ? m_causes->item(r, 1)->text() : QString();
        c.root = m_causes->item(r, 2) && m_causes->item(r, 2)->checkState() == Qt::Checked;
        list << c;
    }
    return list;
}

} // namespace servqa
