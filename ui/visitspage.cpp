#include "visitspage.h"

#include "answermodel.h"
#include "answerview.h"
#include "choicelists.h"
#include "database.h"
#include "evaluationdraft.h"
#include "evaluationeditor.h"
#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "report/auditreports.h"
#include "session.h"
#include "userrepository.h"
#include "visitpackage.h"
#include "visitplandialogs.h"
#include "visittimeline.h"
#include "workasdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum ListColumn { LWindow, LStore, LShopper, LStatus, LScore, LScenario, LColumnCount };

QString windowText(const Visit &v)
{
    return QStringLiteral("%1 – %2").arg(v.windowFrom.toString(Qt::ISODate), v.windowTo.toString(QStringLiteral("MM-dd")));
}

} // namespace

VisitsPage::VisitsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_monthLabel = new QLabel(this);
    m_month = new QDateEdit(QDate::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_monthLabel->setBuddy(m_month);
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setMinimumContentsLength(12);
    m_regionLabel->setBuddy(m_region);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_statusLabel->setBuddy(m_status);
    m_plan = new QPushButton(this);
    m_planRegion = new QPushButton(this);
    m_import = new QPushButton(this);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_monthLabel, m_month, m_regionLabel, m_region, m_statusLabel, m_status})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_plan);
    filters->addWidget(m_planRegion);
    filters->addWidget(m_import);

    m_list = new QTableWidget(0, LColumnCount, this);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_timeline = new VisitTimeline(this);
    m_views = new QTabWidget(this);
    m_views->addTab(m_list, QString());
    m_views->addTab(m_timeline, QString());

    // The chosen visit: facts and actions, then its checklist and evidence.
    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_facts = new QLabel(details);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assign = new QPushButton(details);
    m_export = new QPushButton(details);
    m_start = new QPushButton(details);
    m_validate = new QPushButton(details);
    m_reject = new QPushButton(details);
    m_report = new QPushButton(details);
    m_raiseAction = new QPushButton(details);
    connect(m_raiseAction, &QPushButton::clicked, this, &VisitsPage::raiseActionOnSelected);
    m_saveFilled = new QPushButton(details);
    m_packageNote = new QLabel(details);
    m_packageNote->setWordWrap(true);
    m_packageNote->setStyleSheet(QStringLiteral("background: #fff4d6; padding: 4px;"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_assign, m_export, m_start, m_validate, m_reject})
        actions->addWidget(b);
    actions->addStretch();

    m_editor = new EvaluationEditor(m_session, details);
    m_stopwatchLabel = new QLabel(QStringLiteral("0:00"), details);
    QFont mono = m_stopwatchLabel->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_stopwatchLabel->setFont(mono);
    m_stopwatchButton = new QPushButton(details);
    m_useStopwatch = new QPushButton(details);
    m_addEvidence = new QPushButton(details);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_stopwatchLabel);
    tools->addWidget(m_stopwatchButton);
    tools->addWidget(m_useStopwatch);
    tools->addStretch();
    tools->addWidget(m_addEvidence);
    tools->addWidget(m_saveFilled);
    tools->addWidget(m_raiseAction);
    tools->addWidget(m_report);
    m_evidenceLabel = new QLabel(details);
    m_evidence = new QListWidget(details);
    m_evidence->setViewMode(QListView::IconMode);
    m_evidence->setIconSize(QSize(64, 64));
    m_evidence->setGridSize(QSize(116, 92));
    m_evidence->setResizeMode(QListView::Adjust);
    m_evidence->setWordWrap(true);
    m_evidence->setMovement(QListView::Static);
    m_evidence->setMinimumHeight(96);

    // The checklist and its evidence on two tabs: on a 768-pixel screen the checklist needs
    // all the height there is.
    m_editor->setCompact(true);
    auto *evidencePanel = new QWidget(details);
    auto *evidenceLayout = new QVBoxLayout(evidencePanel);
    evidenceLayout->addWidget(m_evidenceLabel);
    evidenceLayout->addWidget(m_evidence, 1);
    m_checklistTabs = new QTabWidget(details);
    auto *checklist = m_checklistTabs;
    checklist->addTab(m_editor, QString());
    checklist->addTab(evidencePanel, QString());
    auto countEvidence = [this] { m_checklistTabs->setTabText(1, tr("Evidence (%1)").arg(m_evidence->count())); };
    connect(m_evidence->model(), &QAbstractItemModel::rowsInserted, this, countEvidence);
    connect(m_evidence->model(), &QAbstractItemModel::rowsRemoved, this, countEvidence);
    connect(m_evidence->model(), &QAbstractItemModel::modelReset, this, countEvidence);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_packageNote);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addLayout(actions);
    detailsLayout->addLayout(tools);
    detailsLayout->addWidget(checklist, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_tick = new QTimer(this);
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, [this] {
        const qint64 ms = m_stopwatchMs + (m_stopwatchRunning ? m_stopwatch.elapsed() : 0);
        m_stopwatchLabel->setText(QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')));
    });
    connect(m_stopwatchButton, &QPushButton::clicked, this, [this] {
        if (m_stopwatchRunning) {
            m_stopwatchMs += m_stopwatch.elapsed();
            m_stopwatchRunning = false;
        } else {
            m_stopwatch.start();
            m_stopwatchRunning = true;
            m_tick->start();
        }
        retranslate();
    });
    connect(m_useStopwatch, &QPushButton::clicked, this, &VisitsPage::useStopwatch);
    connect(m_addEvidence, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach evidence"), QString(),
                                                                tr("Photos, receipts and audio (*.jpg *.jpeg *.png *.heic *.pdf *.wav *.m4a *.mp3);;"
                                                                   "All files (*)"));
        for (const QString &f : files) {
            const QString lower = f.toLower();
            const EvidenceKind kind = lower.endsWith(QLatin1String(".wav")) || lower.endsWith(QLatin1String(".m4a"))
                                              || lower.endsWith(QLatin1String(".mp3"))
                                          ? EvidenceKind::Audio
                                          : (lower.endsWith(QLatin1String(".pdf")) ? EvidenceKind::Receipt : EvidenceKind::Photo);
            addEvidenceFile(f, kind);
        }
    });
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_visits.size() && m_visits[row].id != m_currentId) {
            m_currentId = m_visits[row].id;
            m_timeline->setCurrentVisit(m_currentId);
            showDetails();
        }
    });
    connect(m_timeline, &VisitTimeline::visitChosen, this, &VisitsPage::selectVisit);
    connect(m_month, &QDateEdit::dateChanged, this, &VisitsPage::reload);
    connect(m_region, qOverload<int>(&QComboBox::currentIndexChanged), this, &VisitsPage::reload);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &VisitsPage::reload);
    connect(m_plan, &QPushButton::clicked, this, &VisitsPage::planVisit);
    connect(m_planRegion, &QPushButton::clicked, this, &VisitsPage::planRegion);
    connect(m_import, &QPushButton::clicked, this, &VisitsPage::importPackage);
    connect(m_assign, &QPushButton::clicked, this, &VisitsPage::assignSelected);
    connect(m_export, &QPushButton::clicked, this, &VisitsPage::exportPackage);
    connect(m_start, &QPushButton::clicked, this, &VisitsPage::startSelected);
    connect(m_validate, &QPushButton::clicked, this, &VisitsPage::validateSelected);
    connect(m_reject, &QPushButton::clicked, this, &VisitsPage::rejectSelected);
    connect(m_report, &QPushButton::clicked, this, &VisitsPage::exportReport);
    connect(m_saveFilled, &QPushButton::clicked, this, &VisitsPage::saveFilledPackage);
    // A submitted visit is news for every page (its list here, the scorecards, the alerts).
    connect(m_editor, &EvaluationEditor::submitted, &m_session, &Session::notifyDataChanged);
    connect(&m_session, &Session::opened, this, [this] {
        reloadChoices();
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::userChanged, this, &VisitsPage::showDetails);
    retranslate();
    // Made after a workspace was opened (pages are made on first use): take it up now.
    if (m_session.isOpen())
        reloadChoices();
}

void VisitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void VisitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void VisitsPage::retranslate()
{
    m_monthLabel->setText(tr("&Month:"));
    m_regionLabel->setText(tr("&Region:"));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    m_statusLabel->setText(tr("S&tatus:"));
    {
        const QSignalBlocker block(m_status);
        const int current = std::max(0, m_status->currentIndex());
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        for (VisitStatus s : {VisitStatus::Planned, VisitStatus::Assigned, VisitStatus::InProgress, VisitStatus::Submitted,
                              VisitStatus::Validated, VisitStatus::Rejected})
            m_status->addItem(visitStatusName(s), int(s));
        m_status->setCurrentIndex(current);
    }
    m_plan->setText(tr("&Plan visit…"));
    m_planRegion->setText(tr("Plan a re&gion…"));
    m_import->setText(tr("&Import package…"));
    m_views->setTabText(0, tr("List"));
    m_views->setTabText(1, tr("Timeline"));
    m_list->setHorizontalHeaderLabels({tr("Window"), tr("Store"), tr("Shopper"), tr("Status"), tr("Score"), tr("Scenario")});
    m_assign->setText(tr("&Assign…"));
    m_export->setText(tr("E&xport package…"));
    m_export->setToolTip(tr("For a shopper without the workspace: the checklist and the visit's details in one file."));
    m_start->setText(tr("&Fill checklist"));
    m_validate->setText(tr("&Validate"));
    m_reject->setText(tr("Re&ject…"));
    m_report->setText(tr("PDF rep&ort…"));
    m_raiseAction->setText(tr("Raise a&ction…"));
    m_raiseAction->setToolTip(tr("A corrective action on what this visit showed, verified later on the store's checklist scores."));
    m_saveFilled->setText(tr("&Save filled package…"));
    m_packageNote->setText(tr("This visit came as a package. Fill in the checklist, attach your evidence, submit, then save "
                              "the filled package and send it back to your QA lead."));
    m_stopwatchButton->setText(m_stopwatchRunning ? tr("Stop") : tr("Start stopwatch"));
    m_useStopwatch->setText(tr("Use for timed item"));
    m_useStopwatch->setToolTip(tr("Puts the stopwatch's seconds into the current timed item (e.g. \"greeted within 30 s\")."));
    m_addEvidence->setText(tr("Attach &evidence…"));
    m_evidenceLabel->setText(tr("Photos, receipts and recordings that back the answers (the PDF report lists them with their SHA-256)."));
    m_evidenceLabel->setWordWrap(true);
    m_checklistTabs->setTabText(0, tr("Checklist"));
    m_checklistTabs->setTabText(1, tr("Evidence (%1)").arg(m_evidence->count()));
    showDetails();
}

void VisitsPage::reloadChoices()
{
    fillRegionChoices(m_region, m_session.database(), tr("All regions"));
}

qint64 VisitsPage::userId() const
{
    return m_session.userId();
}

bool VisitsPage::userIsLead() const
{
    Database *db = m_session.database();
    if (!db)
        return false;
    const auto user = UserRepository(*db).find(userId());
    return user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
}

void VisitsPage::reload()
{
    m_stale = false;
    Database *db = m_session.database();
    m_visits.clear();
    if (db) {
        VisitFilter filter;
        const QDate month(m_month->date().year(), m_month->date().month(), 1);
        filter.from = month;
        filter.to = month.addMonths(1).addDays(-1);
        if (m_region->currentData().isValid())
            filter.region = m_region->currentData().toString();
        if (m_status->currentData().isValid())
            filter.status = VisitStatus(m_status->currentData().toInt());
        if (const auto visits = VisitService(*db, userId()).visits(filter))
            m_visits = *visits;
    }
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_visits.size()));
    int current = -1;
    for (int r = 0; r < m_visits.size(); ++r) {
        const Visit &v = m_visits[r];
        const QStringList cells{windowText(v), v.siteName, v.shopperName, visitStatusName(v.status),
                                v.score && v.status != VisitStatus::Planned ? formatPercent(v.score) : QString(), v.scenario};
        for (int c = 0; c < LColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == LStatus)
                item->setForeground(VisitTimeline::statusColour(v.status).darker(140));
            m_list->setItem(r, c, item);
        }
        if (v.id == m_currentId)
            current = r;
    }
    fitColumns(m_list);
    m_timeline->setVisits(m_visits, m_month->date());
    if (current < 0 && !m_visits.isEmpty()) {
        current = 0;
        m_currentId = m_visits.first().id;
    }
    if (current >= 0)
        m_list->setCurrentCell(current, 0);
    else
        m_currentId = 0;
    m_timeline->setCurrentVisit(m_currentId);
    showDetails();
}

void VisitsPage::selectVisit(qint64 visitId)
{
    for (int r = 0; r < m_visits.size(); ++r) {
        if (m_visits[r].id == visitId)
            m_list->setCurrentCell(r, 0);
    }
}

void VisitsPage::showDetails()
{
    Database *db = m_session.database();
    const Visit *v = nullptr;
    for (const Visit &candidate : std::as_const(m_visits)) {
        if (candidate.id == m_currentId)
            v = &candidate;
    }
    if (!db || !v) {
        m_title->setText(m_visits.isEmpty() ? tr("No visits this month. Plan one, or a whole region.") : QString());
        m_facts->clear();
        m_editor->setEmptyText(tr("Select a visit to see its checklist."));
        m_editor->clear();
        m_evidence->clear();
        updateActions();
        return;
    }
    m_title->setText(tr("Visit %1 · %2").arg(v->id).arg(v->siteName));
    // Compact: the checklist needs the height.
    QStringList first{tr("Window: %1 to %2").arg(v->windowFrom.toString(Qt::ISODate), v->windowTo.toString(Qt::ISODate)),
                      tr("Shopper: %1").arg(v->shopperName.isEmpty() ? tr("not assigned") : v->shopperName),
                      tr("Status: %1").arg(visitStatusName(v->status))};
    if (v->startedAt)
        first << (v->endedAt ? tr("Visit: %1 to %2").arg(formatDateTime(*v->startedAt), formatDateTime(*v->endedAt))
                             : tr("Visit: started %1, in progress").arg(formatDateTime(*v->startedAt)));
    QStringList lines{first.join(QStringLiteral(" · "))};
    if (!v->scenario.isEmpty())
        lines << tr("Scenario: %1").arg(v->scenario);
    if (v->reviewedAt)
        lines << tr("Reviewed by %1 on %2").arg(v->reviewedByName, formatDateTime(*v->reviewedAt))
                     + (v->reviewReason.isEmpty() ? QString() : QStringLiteral(": ") + v->reviewReason);
    m_facts->setText(lines.join(QLatin1Char('\n')));
    // The checklist: editable by its shopper while in progress; saved and handed in through the visit.
    if (v->evaluationId) {
        const qint64 visitId = v->id;
        const VisitStatus status = v->status;
        m_editor->setHooks({[this, visitId](qint64, const Answers &answers, const QString &comment) {
                                return VisitService(*m_session.database(), userId()).saveAnswers(visitId, answers, comment);
                            },
                            [this, visitId](qint64) { return VisitService(*m_session.database(), userId()).submit(visitId); },
                            [status] { return status == VisitStatus::InProgress; },
                            {}}); // nothing after a hand-in: the visit's own reload shows it
        // Reopened only for another visit, another user or a new status: the shopper's place in
        // the checklist and the undo history stay while the page refreshes.
        if (m_editor->evaluationId() != *v->evaluationId || m_editorStatus != status || m_editorUser != userId()) {
            m_editor->open(*v->evaluationId, userId());
            m_editorStatus = status;
            m_editorUser = userId();
        }
        m_editor->setVisible(true);
    } else {
        // Nothing filled in yet: the empty checklist says so, and what starts it.
        m_editor->setEmptyText(v->shopperId == userId() ? tr("Not started yet: press “Fill checklist” when you are in the store.")
                                                         : tr("The shopper has not started this visit's checklist yet."));
        m_editor->clear();
        m_editor->setVisible(true);
    }
    showEvidence();
    updateActions();
}

void VisitsPage::showEvidence()
{
    m_evidence->clear();
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    const auto files = VisitService(*db, userId()).evidence(m_currentId, true);
    if (!files)
        return;
    for (const EvidenceFile &f : *files) {
        QImage image = QImage::fromData(f.data);
        QIcon icon = image.isNull() ? style()->standardIcon(f.kind == EvidenceKind::Audio ? QStyle::SP_MediaVolume : QStyle::SP_FileIcon)
                                    : QIcon(QPixmap::fromImage(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        auto *item = new QListWidgetItem(icon, f.originalName, m_evidence);
        QStringList tip{f.originalName, evidenceKindName(f.kind), tr("%1 bytes").arg(formatCount(f.size)),
                        QStringLiteral("SHA-256 %1").arg(f.sha256)};
        if (f.capturedAt)
            tip << tr("Taken %1 (EXIF)").arg(formatDateTime(*f.capturedAt));
        tip << tr("Added %1").arg(formatDateTime(f.addedAt));
        item->setToolTip(QStringLiteral("<p style='white-space:pre'>%1</p>").arg(tip.join(QLatin1Char('\n')).toHtmlEscaped()));
        item->setData(Qt::UserRole, f.id);
    }
}

void VisitsPage::updateActions()
{
    const Visit *v = nullptr;
    for (const Visit &candidate : std::as_const(m_visits)) {
        if (candidate.id == m_currentId)
            v = &candidate;
    }
    const bool lead = userIsLead();
    const bool mine = v && v->shopperId == userId();
    const bool package = m_session.database() && !packageSource(*m_session.database()).isEmpty();
    m_packageNote->setVisible(package);
    m_saveFilled->setVisible(package);
    m_saveFilled->setEnabled(package && v && v->status == VisitStatus::Submitted);
    for (QPushButton *b : {m_plan, m_planRegion, m_import, m_assign, m_export, m_validate, m_reject, m_raiseAction})
        b->setVisible(!package);
    // Every button that is off says why: the role it needs (and who the user works as), or the
    // state the selected visit must be in.
    const QString notLead = roleReason(m_session, tr("Only a QA lead or admin plans, assigns and reviews visits."));
    const QString noVisit = tr("Select a visit in the list first.");
    auto needs = [&](bool state, const QString &stateReason) {
        return !lead ? notLead : !v ? noVisit : state ? QString() : stateReason;
    };
    setEnabledWithReason(m_plan, lead, notLead);
    setEnabledWithReason(m_planRegion, lead, notLead);
    setEnabledWithReason(m_import, lead, notLead);
    const bool assignable = v && (v->status == VisitStatus::Planned || v->status == VisitStatus::Assigned);
    setEnabledWithReason(m_assign, lead && assignable, needs(assignable, tr("Only a planned or assigned visit can be given to a shopper.")));
    const bool sendable = v && v->status == VisitStatus::Assigned;
    setEnabledWithReason(m_export, lead && sendable, needs(sendable, tr("Assign the visit to a shopper first.")));
    const bool handedIn = v && v->status == VisitStatus::Submitted;
    const QString notHandedIn = tr("The shopper has not handed this visit in yet.");
    setEnabledWithReason(m_validate, lead && handedIn, needs(handedIn, notHandedIn));
    setEnabledWithReason(m_reject, lead && handedIn, needs(handedIn, notHandedIn));
    const bool fillable = v && (v->status == VisitStatus::Assigned || v->status == VisitStatus::InProgress);
    setEnabledWithReason(m_start, mine && fillable,
                         !v      ? noVisit
                         : !mine ? roleReason(m_session, tr("Only the shopper this visit is assigned to fills in its checklist."))
                                 : tr("This visit is %1: there is nothing to fill in.").arg(visitStatusName(v->status)));
    setEnabledWithReason(m_report, v && v->evaluationId, v ? tr("This visit has no checklist answers yet.") : noVisit);
    const bool reviewed = v && (v->status == VisitStatus::Validated || v->status == VisitStatus::Rejected);
    setEnabledWithReason(m_raiseAction, reviewed && userId() != 0 && !m_session.isReadOnly(),
                         v ? tr("An action is raised on a validated or rejected visit, by someone working.") : noVisit);
    const bool filling = mine && v->status == VisitStatus::InProgress;
    for (QWidget *w : std::initializer_list<QWidget *>{m_stopwatchButton, m_useStopwatch, m_addEvidence})
        setEnabledWithReason(w, filling, tr("Only while you fill in your own visit's checklist."));
}

void VisitsPage::planVisit()
{
    Database *db = m_session.database();
    if (!db)
        return;
    if (const auto id = planVisitDialog(this, *db, userId(), m_month->date())) {
        m_currentId = *id;
        if (const auto v = VisitService(*db, userId()).visit(*id))
            m_month->setDate(v->windowFrom);
        reload();
    }
}

void VisitsPage::planRegion()
{
    Database *db = m_session.database();
    if (!db)
        return;
    if (const auto first = planRegionDialog(this, *db, userId(), m_month->date())) {
        m_month->setDate(*first);
        reload();
    }
}

void VisitsPage::assignSelected()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    QComboBox choices;
    fillShoppers(&choices, *db, QString());
    QStringList names;
    for (int i = 0; i < choices.count(); ++i)
        names << choices.itemText(i);
    bool ok = false;
    const QString name = plain::getItem(this, tr("Assign the visit"), tr("Shopper:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 shopper = choices.itemData(int(names.indexOf(name))).toLongLong();
    if (const Status s = VisitService(*db, userId()).assign(m_currentId, shopper); !s)
        plain::warning(this, tr("Assign the visit"), s.error());
    reload();
}

void VisitsPage::startSelected()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    const auto evaluation = VisitService(*db, userId()).start(m_currentId);
    if (!evaluation) {
        plain::warning(this, tr("Fill checklist"), evaluation.error());
        return;
    }
    m_stopwatchMs = 0;
    m_stopwatchRunning = false;
    reload();
    m_editor->tree()->setFocus();
}

bool VisitsPage::addEvidenceFile(const QString &path, EvidenceKind kind)
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return false;
    QString itemKey;
    if (auto *model = qobject_cast<AnswerModel *>(m_editor->tree()->model())) {
        if (const FormItem *item = model->itemAt(m_editor->tree()->currentIndex()))
            itemKey = item->key;
    }
    const auto added = VisitService(*db, userId()).addEvidence(m_currentId, itemKey, path, kind);
    if (!added) {
        plain::warning(this, tr("Attach evidence"), added.error());
        return false;
    }
    if (!added->alsoInVisits.isEmpty()) {
        QStringList ids;
        for (qint64 id : added->alsoInVisits)
            ids << QString::number(id);
        plain::information(this, tr("Attach evidence"),
                           tr("The very same file is also attached to visit(s) %1.").arg(formatList(ids)));
    }
    showEvidence();
    return true;
}

void VisitsPage::useStopwatch()
{
    auto *model = qobject_cast<AnswerModel *>(m_editor->tree()->model());
    EvaluationDraft *draft = m_editor->draft();
    if (!model || !draft)
        return;
    const FormItem *item = model->itemAt(m_editor->tree()->currentIndex());
    if (!item || (item->type != ItemType::Elapsed && item->type != ItemType::Numeric)) {
        plain::information(this, tr("Stopwatch"), tr("Choose a timed item first (e.g. \"greeted within 30 s\")."));
        return;
    }
    const qint64 ms = m_stopwatchMs + (m_stopwatchRunning ? m_stopwatch.elapsed() : 0);
    draft->setValue(item->key, Answer::number(double(ms / 1000)));
}

} // namespace servqa
