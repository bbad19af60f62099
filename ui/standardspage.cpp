#include "standardspage.h"

#include "busywork.h"
#include "plaintext.h"

#include "choicelists.h"
#include "database.h"
#include "formatting.h"
#include "interactionrepository.h"
#include "latestresult.h"
#include "periodselector.h"
#include "session.h"
#include "workasdialog.h"
#include "standarddialogs.h"
#include "tableexport.h"
#include "userrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace servqa {

namespace {
enum StandardColumn { SCode, STitle, STarget, SDimension, SLevel, SExpectation, SGap2, SRequired, SCompliance, SGap3, SObserved, SChecks, SColumnCount };
enum PromiseColumn { PCode, PText, PDimension, PChannel, PMeasure, PPromised, PKept, PGap4, PCases, PColumnCount };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *c = new QTableWidgetItem(text);
    c->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return c;
}

// A value with its unit, "too few" below the minimum, a dash with no data at all.
QString value(const Estimate &e, bool percent, bool signedValue)
{
    if (e.mean) {
        const QString number = QLocale().toString(*e.mean, 'f', percent ? 1 : 2);
        // A gap in percentage points carries no "%": the column header says so.
        if (signedValue)
            return *e.mean > 0 ? QStringLiteral("+") + number : number;
        return percent ? formatPercent(*e.mean) : number;
    }
    return e.n > 0 ? StandardsPage::tr("too few") : QStringLiteral("—");
}

QString interval(const Estimate &e, bool percent)
{
    if (!e.low)
        return {};
    const int decimals = percent ? 1 : 2;
    return StandardsPage::tr("95 % interval %1 to %2").arg(QLocale().toString(*e.low, 'f', decimals), QLocale().toString(*e.high, 'f', decimals));
}

// A gap cell: the number, its interval as the tooltip, red when the gap falls short.
QTableWidgetItem *gapCell(const Estimate &e, bool percent)
{
    QTableWidgetItem *c = cell(value(e, percent, true), true);
    c->setToolTip(interval(e, percent));
    if (e.mean && *e.mean < 0)
        c->setForeground(QColor(0xb3, 0x26, 0x1e));
    return c;
}
} // namespace

StandardsPage::StandardsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(std::make_unique<LatestResult>(this))
{
    m_period = new PeriodSelector(this);
    m_region = new QComboBox(this);
    m_region->setMinimumContentsLength(8);
    m_site = new QComboBox(this);
    m_site->setMinimumContentsLength(12);
    m_minimum = new QSpinBox(this);
    m_minimum->setRange(1, 1000);
    m_minimum->setValue(5);
    m_periodLabel = new QLabel(this);
    m_regionLabel = new QLabel(this);
    m_siteLabel = new QLabel(this);
    m_minimumLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_regionLabel->setBuddy(m_region);
    m_siteLabel->setBuddy(m_site);
    m_minimumLabel->setBuddy(m_minimum);
    auto *filters = new QHBoxLayout;
    for (auto [label, widget] : {std::pair<QLabel *, QWidget *>{m_periodLabel, m_period}, {m_regionLabel, m_region}, {m_siteLabel, m_site},
                                 {m_minimumLabel, m_minimum}}) {
        filters->addWidget(label);
        filters->addWidget(widget, widget == m_site ? 1 : 0);
        filters->addSpacing(6);
    }
    filters->addStretch();

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    m_standardsTitle = new QLabel(this);
    m_standardsTitle->setFont(bold);
    m_promisesTitle = new QLabel(this);
    m_promisesTitle->setFont(bold);
    m_standards = new QTableWidget(0, SColumnCount, this);
    m_promises = new QTableWidget(0, PColumnCount, this);
    for (QTableWidget *t : {m_standards, m_promises}) {
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setWordWrap(false);
        connect(t, &QTableWidget::itemSelectionChanged, this, &StandardsPage::updateButtons);
    }
    addCsvExport(m_standards, QStringLiteral("standards.csv"));
    addCsvExport(m_promises, QStringLiteral("promises.csv"));
    m_standards->horizontalHeader()->setSectionResizeMode(STitle, QHeaderView::Stretch);
    m_promises->horizontalHeader()->setSectionResizeMode(PText, QHeaderView::Stretch);
    connect(m_standards, &QTableWidget::cellDoubleClicked, this, [this] { editStandard(); });
    connect(m_promises, &QTableWidget::cellDoubleClicked, this, [this] { editPromise(); });

    m_newStandard = new QPushButton(this);
    m_newStandard->setObjectName(QStringLiteral("newStandard"));
    m_editStandard = new QPushButton(this);
    m_removeStandard = new QPushButton(this);
    m_newPromise = new QPushButton(this);
    m_editPromise = new QPushButton(this);
    m_removePromise = new QPushButton(this);
    connect(m_newStandard, &QPushButton::clicked, this, &StandardsPage::newStandard);
    connect(m_editStandard, &QPushButton::clicked, this, &StandardsPage::editStandard);
    connect(m_removeStandard, &QPushButton::clicked, this, &StandardsPage::removeStandard);
    connect(m_newPromise, &QPushButton::clicked, this, &StandardsPage::newPromise);
    connect(m_editPromise, &QPushButton::clicked, this, &StandardsPage::editPromise);
    connect(m_removePromise, &QPushButton::clicked, this, &StandardsPage::removePromise);

    auto section = [this](QLabel *title, QTableWidget *table, std::initializer_list<QPushButton *> buttons) {
        auto *box = new QWidget(this);
        auto *head = new QHBoxLayout;
        head->addWidget(title, 1);
        for (QPushButton *b : buttons)
            head->addWidget(b);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(head);
        layout->addWidget(table, 1);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(m_standardsTitle, m_standards, {m_newStandard, m_editStandard, m_removeStandard}));
    splitter->addWidget(section(m_promisesTitle, m_promises, {m_newPromise, m_editPromise, m_removePromise}));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    auto changed = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(m_period, &PeriodSelector::changed, this, changed);
    for (QComboBox *combo : {m_region, m_site})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_minimum, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    auto onWorkspace = [this, changed] {
        fillSiteChoices(m_site, m_session.database(), tr("All sites"));
        fillRegionChoices(m_region, m_session.database(), tr("All regions"));
        updateButtons();
        changed();
    };
    connect(&m_session, &Session::opened, this, onWorkspace);
    connect(&m_session, &Session::closed, this, onWorkspace);
    connect(&m_session, &Session::dataChanged, this, changed); // a new evaluation or survey counts at once
    connect(&m_session, &Session::userChanged, this, &StandardsPage::updateButtons);
    retranslate();
    onWorkspace();
}

StandardsPage::~StandardsPage() = default;

void StandardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StandardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StandardsPage::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_regionLabel->setText(tr("&Region:"));
    m_siteLabel->setText(tr("S&ite:"));
    m_minimumLabel->setText(tr("&Minimum n:"));
    m_minimum->setToolTip(tr("Fewer respondents or observations than this are shown as too few, not as a number."));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    m_standardsTitle->setText(tr("Service standards"));
    m_promisesTitle->setText(tr("Promises to customers"));
    m_newStandard->setText(tr("&New standard…"));
    m_editStandard->setText(tr("&Edit…"));
    m_removeStandard->setText(tr("&Delete"));
    m_newPromise->setText(tr("New pr&omise…"));
    m_editPromise->setText(tr("Edi&t…"));
    m_removePromise->setText(tr("De&lete"));
    m_standards->setHorizontalHeaderLabels({tr("Code"), tr("Standard"), tr("Target"), tr("Dimension"), tr("Level"), tr("Customers' E"),
                                            tr("Gap 2"), tr("Required"), tr("Observed"), tr("Gap 3 (pp)"), tr("Answers"), tr("Checked by")});
    m_standards->horizontalHeaderItem(SLevel)->setToolTip(tr("The level the standard commits to, on the customers' 1–7 expectation scale."));
    m_standards->horizontalHeaderItem(SGap2)->setToolTip(
        tr("Standards gap = level − customers' mean expectation of the standard's items (negative: the standard asks for less "
           "than customers expect)."));
    m_standards->horizontalHeaderItem(SGap3)->setToolTip(
        tr("Delivery gap = share of observed answers that met the standard − the required share, in percentage points."));
    m_promises->setHorizontalHeaderLabels(
        {tr("Code"), tr("Promise"), tr("Dimension"), tr("Channel"), tr("Checked by"), tr("Promised"), tr("Kept"), tr("Gap 4 (pp)"), tr("Cases")});
    m_promises->horizontalHeaderItem(PGap4)->setToolTip(
        tr("Communication gap = share of cases that kept the promise − the share promised, in percentage points."));
    updateButtons();
    m_stale = true;
    if (isVisible())
        refresh();
}

bool StandardsPage::canEdit() const
{
    Database *db = m_session.database();
    if (!db)
        return false;
    const auto users = UserRepository(*db).all();
    if (users && users->isEmpty())
        return true; // a workspace without users: whoever opens it keeps it
    const auto user = UserRepository(*db).find(m_session.userId());
    return user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
}

void StandardsPage::updateButtons()
{
    const bool edit = canEdit();
    const QString why = roleReason(m_session, tr("Only a QA lead keeps the register."));
    for (QPushButton *b : {m_newStandard, m_newPromise})
        setEnabledWithReason(b, edit, why);
    for (auto [table, buttons] : {std::pair<QTableWidget *, std::array<QPushButton *, 2>>{m_standards, {m_editStandard, m_removeStandard}},
                                  {m_promises, {m_editPromise, m_removePromise}}}) {
        for (QPushButton *b : buttons)
            setEnabledWithReason(b, edit && selectedId(table) != 0, edit ? tr("Select a row first.") : why);
    }
}

qint64 StandardsPage::selectedId(QTableWidget *table) const
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || table->selectedItems().isEmpty())
        return 0;
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool StandardsPage::isComputing() const
{
    return m_worker->busy();
}

void StandardsPage::refresh()
{
    m_stale = false;
    const QString path = m_session.path();
    if (path.isEmpty()) {
        m_worker->discard();
        m_standards->setRowCount(0);
        m_promises->setRowCount(0);
        m_note->clear();
        return;
    }
    SurveyFilter filter;
    filter.from = m_period->from();
    filter.to = m_period->to();
    if (m_site->currentData().isValid())
        filter.siteId = m_site->currentData().toLongLong();
    if (m_region->currentData().isValid())
        filter.region = m_region->currentData().toString();
    const int minimum = m_minimum->value();
    m_note->setText(tr("Computing…"));
    // Off the GUI thread: gap 3 reads every linked answer of the period.
    m_worker->run(
        [path, filter, minimum]() -> Result<FiveGaps> {
            auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly); // reading never needs the write lock
            if (!db)
                return Error{db.error()};
            return computeFiveGaps(**db, filter, minimum);
        },
        [this](const Result<FiveGaps> &gaps) {
            if (!gaps) {
                m_note->setText(gaps.error());
                return;
            }
            showGaps(*gaps);
        });
}

void StandardsPage::showGaps(const FiveGaps &gaps)
{
    const qint64 standard = selectedId(m_standards);
    const qint64 promise = selectedId(m_promises);
    m_note->setText(tr("%Ln customer respondent(s) in the period. Gap 2 compares each standard with what customers expect; gap 3 "
                       "with what submitted evaluations and validated visits observed (an answer meets it when it earns at least "
                       "half its points); gap 4 each promise with what was measured. Negative: falls short.",
                       nullptr, gaps.respondents));
    m_standards->setRowCount(int(gaps.standards.size()));
    for (int r = 0; r < gaps.standards.size(); ++r) {
        const StandardGaps &g = gaps.standards[r];
        const ServiceStandard &s = g.standard;
        m_standards->setItem(r, SCode, cell(s.code));
        m_standards->item(r, SCode)->setData(Qt::UserRole, s.id);
        m_standards->setItem(r, STitle, cell(s.title));
        m_standards->item(r, STitle)->setToolTip(plainTip(s.title));
        m_standards->setItem(r, STarget, cell(s.target));
        m_standards->setItem(r, SDimension, cell(dimensionName(s.dimension)));
        m_standards->setItem(r, SLevel, cell(QString::number(s.level), true));
        QTableWidgetItem *expectation = cell(s.surveyItems.isEmpty() ? tr("no item") : value(g.expectation, false, false), true);
        expectation->setToolTip(tr("n = %1").arg(g.expectation.n));
        m_standards->setItem(r, SExpectation, expectation);
        m_standards->setItem(r, SGap2, gapCell(g.standardsGap, false));
        m_standards->setItem(r, SRequired, cell(formatPercent(s.complianceTarget), true));
        m_standards->setItem(r, SCompliance, cell(s.formItems.isEmpty() ? tr("not checked") : value(g.compliance, true, false), true));
        m_standards->item(r, SCompliance)->setToolTip(interval(g.compliance, true));
        m_standards->setItem(r, SGap3, gapCell(g.deliveryGap, true));
        m_standards->setItem(r, SObserved, cell(formatCount(g.compliance.n), true));
        QStringList items;
        for (const FormItemRef &ref : s.formItems)
            items << ref.itemKey;
        m_standards->setItem(r, SChecks, cell(tr("%n item(s)", nullptr, int(s.formItems.size()))));
        m_standards->item(r, SChecks)->setToolTip(formatList(items));
        if (s.id == standard)
            m_standards->selectRow(r);
    }
    m_promises->setRowCount(int(gaps.promises.size()));
    for (int r = 0; r < gaps.promises.size(); ++r) {
        const PromiseGaps &g = gaps.promises[r];
        const ExternalPromise &p = g.promise;
        m_promises->setItem(r, PCode, cell(p.code));
        m_promises->item(r, PCode)->setData(Qt::UserRole, p.id);
        m_promises->setItem(r, PText, cell(p.text));
        m_promises->item(r, PText)->setToolTip(plainTip(p.text));
        m_promises->setItem(r, PDimension, cell(dimensionName(p.dimension)));
        const auto channel = p.channel ? channelFromKey(*p.channel) : std::nullopt;
        m_promises->setItem(r, PChannel, cell(channel ? channelName(*channel) : tr("All channels")));
        QString measure = promiseMeasureName(p.measure);
        if (p.measure == PromiseMeasure::FirstResponse)
            measure = tr("First response within %1").arg(p.thresholdSeconds ? formatSeconds(*p.thresholdSeconds) : QString());
        if (p.measure == PromiseMeasure::Standard) {
            for (const StandardGaps &s : gaps.standards) {
                if (s.standard.id == p.standardId)
                    measure = tr("Standard %1").arg(s.standard.code);
            }
        }
        m_promises->setItem(r, PMeasure, cell(measure));
        m_promises->setItem(r, PPromised, cell(formatPercent(p.promisedRate), true));
        m_promises->setItem(r, PKept, cell(value(g.kept, true, false), true));
        m_promises->item(r, PKept)->setToolTip(interval(g.kept, true));
        m_promises->setItem(r, PGap4, gapCell(g.communicationGap, true));
        m_promises->setItem(r, PCases, cell(formatCount(g.kept.n), true));
        if (p.id == promise)
            m_promises->selectRow(r);
    }
    for (QTableWidget *t : {m_standards, m_promises}) {
        for (int c = 0; c < t->columnCount(); ++c) {
            if (c != (t == m_standards ? int(STitle) : int(PText)))
                t->resizeColumnToContents(c);
        }
    }
    // The standard's own words matter more than a long target text.
    m_standards->setColumnWidth(STarget, std::min(m_standards->columnWidth(STarget), 150));
    updateButtons();
}

void StandardsPage::newStandard()
{
    Database *db = m_session.database();
    if (!db || !canEdit())
        return;
    StandardDialog dialog(*db, ServiceStandard{}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyDataChanged();
}

void StandardsPage::editStandard()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_standards);
    if (!db || !canEdit() || id == 0)
        return;
    const auto standard = StandardsRepository(*db).standard(id);
    if (!standard) {
        plain::warning(this, tr("Service standards"), standard.error());
        return;
    }
    StandardDialog dialog(*db, *standard, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyDataChanged();
}

void StandardsPage::removeStandard()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_standards);
    if (!db || !canEdit() || id == 0)
        return;
    const QString code = m_standards->item(m_standards->currentRow(), SCode)->text();
    if (plain::question(this, tr("Delete standard"), tr("Delete standard %1 and its links? Evaluations are not changed.").arg(code))
        != QMessageBox::Yes)
        return;
    Status removed = success();
    const QString path = db->path();
    runWhileBusy(this, tr("Deleting the standard and computing again the survey sums…"), [&] {
        auto own = Database::open(path);
        removed = own ? StandardsRepository(**own).removeStandard(id) : Status(Error{own.error()});
    });
    if (const Status &s = removed; !s) {
        plain::warning(this, tr("Delete standard"), s.error());
        return;
    }
    m_session.notifyDataChanged();
}

void StandardsPage::newPromise()
{
    Database *db = m_session.database();
    if (!db || !canEdit())
        return;
    PromiseDialog dialog(*db, ExternalPromise{}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyDataChanged();
}

void StandardsPage::editPromise()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_promises);
    if (!db || !canEdit() || id == 0)
        return;
    const auto promises = StandardsRepository(*db).promises();
    if (!promises)
        return;
    for (const ExternalPromise &p : *promises) {
        if (p.id != id)
            continue;
        PromiseDialog dialog(*db, p, this);
        if (dialog.exec() == QDialog::Accepted)
            m_session.notifyDataChanged();
    }
}

void StandardsPage::removePromise()
{
    Database *db = m_session.database();
    const qint64 id = selectedId(m_promises);
    if (!db || !canEdit() || id == 0)
        return;
    const QString code = m_promises->item(m_promises->currentRow(), PCode)->text();
    if (plain::question(this, tr("Delete promise"), tr("Delete promise %1?").arg(code)) != QMessageBox::Yes)
        return;
    Status removed = success();
    const QString path = db->path();
    runWhileBusy(this, tr("Deleting the promise and counting again the cases…"), [&] {
        auto own = Database::open(path);
        removed = own ? StandardsRepository(**own).removePromise(id) : Status(Error{own.error()});
    });
    if (const Status &s = removed; !s) {
        plain::warning(this, tr("Delete promise"), s.error());
        return;
    }
    m_session.notifyDataChanged();
}

} // namespace servqa
