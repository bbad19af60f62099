#include "interactionspage.h"

#include "afterpaint.h"
#include "choicelists.h"
#include "formatting.h"
#include "interactionlistmodel.h"
#include "interactionrepository.h"
#include "listtables.h"
#include "periodselector.h"
#include "screening.h"
#include "session.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace servqa {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // user data is never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

InteractionsPage::InteractionsPage(Session &session, const QString &starting, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new InteractionListModel(this))
{
    m_period = new PeriodSelector(this);
    const bool prefetching = !starting.isEmpty() && QFileInfo(starting).isFile();
    if (prefetching) {
        // The filters as they first stand: the period's, every site, channel, agent and risk, no
        // text (currentFilter() once the rest is made). Should they differ, the list reads again.
        InteractionFilter first;
        first.from = m_period->from();
        first.to = m_period->to();
        m_model->setFilter(first);
        m_model->prefetch(starting);
    }
    m_site = new QComboBox(this);
    m_site->setMinimumContentsLength(12);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // a custom period's dates fit beside it at 1366 px
    m_channel = new QComboBox(this);
    m_staff = new QComboBox(this);
    m_staff->setMinimumContentsLength(8);
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_screening = new QComboBox(this);
    m_screening->setMinimumContentsLength(8);
    m_screening->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_screeningLabel = new QLabel(this);
    m_screeningLabel->setBuddy(m_screening);
    m_search = new QLineEdit(this);
    // Its clear button shows only over text, so it is made when text is first typed: its icon,
    // looked up in the icon theme, was 4-5 ms of a start (docs/PERFORMANCE.md, the cold start).
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    m_reset = new QPushButton(this);
    m_periodLabel = new QLabel(this);
    m_siteLabel = new QLabel(this);
    m_channelLabel = new QLabel(this);
    m_staffLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_siteLabel->setBuddy(m_site);
    m_channelLabel->setBuddy(m_channel);
    m_staffLabel->setBuddy(m_staff);
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addSpacing(8);
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_staffLabel);
    filters->addWidget(m_staff, 1);
    filters->addWidget(m_channelLabel);
    filters->addWidget(m_channel);
    // Screening and the text on a row of their own: a custom period's dates, a long rule name or
    // the Chinese labels never push the page past a 1366-pixel laptop.
    auto *second = new QHBoxLayout;
    second->addWidget(m_screeningLabel);
    second->addWidget(m_screening, 1);
    second->addSpacing(8);
    second->addWidget(m_search, 2);
    second->addWidget(m_reset);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_columnsSized = rememberColumnWidths(m_view, QStringLiteral("interactions"));
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    // Risk is not sorted by (it would read every row): a click there keeps the order there was.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (section == int(InteractionColumn::Risk)) {
            const QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
            return;
        }
        m_sortSection = section;
        m_sortOrder = order;
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *details = new QWidget(this);
    m_detailsTitle = new QLabel(details);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_detailsForm = new QFormLayout;
    m_detailChannel = valueLabel(details);
    m_detailSite = valueLabel(details);
    m_detailStaff = valueLabel(details);
    m_detailCustomer = valueLabel(details);
    m_detailTimes = valueLabel(details);
    m_detailSource = valueLabel(details);
    m_detailScreening = valueLabel(details);
    for (QLabel *l : {m_detailChannel, m_detailSite, m_detailStaff, m_detailCustomer, m_detailTimes, m_detailSource, m_detailScreening}) {
        m_detailLabels << new QLabel(details);
        m_detailsForm->addRow(m_detailLabels.last(), l);
    }
    m_transcript = new QPlainTextEdit(details);
    m_transcript->setReadOnly(true);
    m_evaluate = new QPushButton(details);
    m_evaluate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        if (const InteractionRow *row = m_model->rowAt(m_view->currentIndex().row()))
            emit evaluateRequested(row->id, row->channel);
    });
    m_complain = new QPushButton(details);
    connect(m_complain, &QPushButton::clicked, this, [this] {
        if (const InteractionRow *row = m_model->rowAt(m_view->currentIndex().row()))
            emit complaintRequested(row->id);
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_detailsTitle, 1);
    titleRow->addWidget(m_complain);
    titleRow->addWidget(m_evaluate);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addLayout(m_detailsForm);
    detailsLayout->addWidget(m_transcript, 1);

    if (prefetching) {
        // A start draws the rows first; the details pane, empty until the newest row is selected
        // right after, is drawn then, with what it shows (its 17 widgets were 1.5-2 ms of the
        // first paint).
        details->setUpdatesEnabled(false);
        afterNextPaint(m_view->viewport(), [details] { details->setUpdatesEnabled(true); },
                       [this] { return m_model->rowCount() > 0 || !m_model->isLoading(); });
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(second);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300); // filter after typing pauses, not on every key
    connect(m_searchDelay, &QTimer::timeout, this, &InteractionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InteractionsPage::applyFilter);
    connect(m_period, &PeriodSelector::changed, this, &InteractionsPage::applyFilter);
    connect(m_site, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        reloadStaff();
        applyFilter();
    });
    connect(m_staff, qOverload<int>(&QComboBox::currentIndexChanged), this, &InteractionsPage::applyFilter);
    connect(m_channel, qOverload<int>(&QComboBox::currentIndexChanged), this, &InteractionsPage::applyFilter);
    connect(m_screening, qOverload<int>(&QComboBox::currentIndexChanged), this, &InteractionsPage::applyFilter);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_period->reset();
        m_site->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_staff->setCurrentIndex(0);
        m_screening->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
    });
    connect(m_model, &InteractionListModel::totalCountChanged, this, &InteractionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InteractionsPage::showDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0)
            return;
        // The first page ever shown here sizes the columns to it (the widths are kept for the next
        // start); after that they are the user's.
        if (!m_columnsSized) {
            fitColumns(m_view);
            m_columnsSized = true;
        }
        // The rows are drawn first, then the current one's details: their reads, layout and
        // paint were 7 ms of a start, and the list is what the user waits for.
        if (m_view->isVisible())
            afterNextPaint(m_view->viewport(), [this] { selectAgain(); });
        else
            selectAgain();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InteractionsPage::showDetails);
    connect(m_model, &InteractionListModel::errorOccurred, m_count, &QLabel::setText);

    auto onWorkspace = [this] {
        // The start's workspace, on screen: its rows (read ahead) drawn first, then the sites,
        // agents and rules to filter by read (0.7 ms of a start). Every choice stands at "All"
        // meanwhile, as the rows were read. (This page is shown right after, as the window
        // turns to it.)
        if (std::exchange(m_choicesAfterRows, false) && m_session.isOpen() && window()->isVisible())
            afterNextPaint(m_view->viewport(), [this] { reloadChoices(); });
        else
            reloadChoices();
        m_model->setWorkspace(m_session.path());
    };
    connect(&m_session, &Session::opened, this, onWorkspace);
    connect(&m_session, &Session::closed, this, onWorkspace);
    connect(&m_session, &Session::dataChanged, this, [this] {
        if (const InteractionRow *row = m_model->rowAt(m_view->currentIndex().row()))
            m_keepSelected = row->id;
        reloadChoices();
        m_model->reload();
    });

    retranslate();
    if (prefetching) {
        reloadChoices();
        applyFilter(); // the filters the start's read has, unless a choice above differs
        m_choicesAfterRows = true;
    } else {
        onWorkspace();
    }
}

void InteractionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InteractionsPage::retranslate()
{
    // Combo texts are rebuilt with their selection kept, so a switch loses no filter.
    const QSignalBlocker blockChannel(m_channel);
    const int channel = qMax(0, m_channel->currentIndex());
    m_channel->clear();
    m_channel->addItem(tr("All channels"));
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelKey(c));
    m_channel->setCurrentIndex(channel);
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
    if (m_staff->count() > 0)
        m_staff->setItemText(0, tr("All staff"));

    m_periodLabel->setText(tr("&Period:"));
    m_siteLabel->setText(tr("S&ite:"));
    m_staffLabel->setText(tr("S&taff:"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_screeningLabel->setText(tr("Ris&k:"));
    m_screening->setToolTip(tr("Interactions flagged by automatic screening: by the highest risk a rule raised, or by one rule."));
    reloadScreeningChoices();
    m_search->setPlaceholderText(tr("Search customer, ID, agent or transcript"));
    m_reset->setText(tr("Reset filters"));
    m_detailsTitle->setText(tr("Interaction details"));
    m_evaluate->setText(tr("&Evaluate"));
    m_complain->setText(tr("Register &complaint…"));
    m_complain->setToolTip(tr("Take in a complaint about this interaction: its site, channel and customer are filled in."));
    m_evaluate->setToolTip(tr("Score this interaction now (%1)").arg(m_evaluate->shortcut().toString(QKeySequence::NativeText)));
    const QStringList rowLabels = {tr("Channel:"), tr("Site:"), tr("Agent / employee:"), tr("Customer:"),
                                   tr("Times:"), tr("Source:"), tr("Screening:")};
    for (int r = 0; r < rowLabels.size(); ++r)
        m_detailLabels[r]->setText(rowLabels[r]);
    m_transcript->setPlaceholderText(tr("No transcript for this interaction."));
    m_model->retranslate();
    updateCount(m_model->totalCount());
    showDetails();
}

void InteractionsPage::reloadChoices()
{
    fillSiteChoices(m_site, m_session.database(), tr("All sites"));
    reloadStaff();
    reloadScreeningChoices();
}

void InteractionsPage::reloadScreeningChoices()
{
    const QSignalBlocker block(m_screening);
    const QVariant chosen = m_screening->currentData();
    m_screening->clear();
    m_screening->addItem(tr("Any"));
    m_screening->addItem(tr("Flagged"), 1);
    m_screening->addItem(tr("Medium or higher"), int(RuleSeverity::Medium));
    m_screening->addItem(tr("High or higher"), int(RuleSeverity::High));
    if (Database *db = m_session.database()) {
        QStringList keys;
        if (const auto sets = activeRuleSets(*db)) {
            for (const RuleSet &set : *sets) {
                for (const ScreeningRule &rule : set.rules) {
                    if (!rule.enabled || keys.contains(rule.key))
                        continue;
                    keys << rule.key;
                    if (keys.size() == 1)
                        m_screening->insertSeparator(m_screening->count());
                    m_screening->addItem(tr("Rule: %1").arg(rule.name), QString(QStringLiteral("rule:") + rule.key));
                }
            }
        }
    }
    const int again = chosen.isValid() ? m_screening->findData(chosen) : 0;
    m_screening->setCurrentIndex(qMax(0, again));
}

void InteractionsPage::reloadStaff()
{
    fillStaffChoices(m_staff, m_session.database(), m_site->currentData(), tr("All staff"));
}

void InteractionsPage::showInteraction(const QString &externalId, const QDate &day)
{
    {
        const QSignalBlocker site(m_site), channel(m_channel), staff(m_staff), search(m_search), period(m_period);
        m_site->setCurrentIndex(0);
        reloadStaff();
        m_channel->setCurrentIndex(0);
        m_staff->setCurrentIndex(0);
        m_period->setCustom(day, day);
        m_search->setText(externalId);
    }
    // Selected when the list has it: the first row is the only one unless another source uses
    // the same id.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_model, &PagedTableModel::loaded, this, [this, once] {
        disconnect(*once);
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    applyFilter();
}

void InteractionsPage::showFiltered(const InteractionFilter &filter)
{
    {
        const QSignalBlocker site(m_site), channel(m_channel), staff(m_staff), search(m_search), period(m_period), screening(m_screening);
        reloadScreeningChoices();
        m_site->setCurrentIndex(filter.siteId ? std::max(0, m_site->findData(*filter.siteId)) : 0);
        reloadStaff();
        m_staff->setCurrentIndex(filter.staffId ? std::max(0, m_staff->findData(*filter.staffId)) : 0);
        m_channel->setCurrentIndex(filter.channel ? std::max(0, m_channel->findData(channelKey(*filter.channel))) : 0);
        if (filter.from && filter.to)
            m_period->setCustom(filter.from->date(), filter.to->addSecs(-1).date());
        m_search->clear();
        const QVariant risk = !filter.ruleKey.isEmpty() ? QVariant(QString(QStringLiteral("rule:") + filter.ruleKey))
                              : filter.minRisk          ? QVariant(*filter.minRisk)
                                                        : QVariant();
        m_screening->setCurrentIndex(risk.isValid() ? std::max(0, m_screening->findData(risk)) : 0);
    }
    applyFilter();
}

InteractionFilter InteractionsPage::currentFilter() const
{
    InteractionFilter f;
    f.from = m_period->from();
    f.to = m_period->to();
    if (m_site->currentData().isValid())
        f.siteId = m_site->currentData().toLongLong();
    if (m_staff->currentData().isValid())
        f.staffId = m_staff->currentData().toLongLong();
    if (m_channel->currentData().isValid())
        f.channel = channelFromKey(m_channel->currentData().toString());
    f.text = m_search->text();
    const QVariant screening = m_screening->currentData();
    if (screening.typeId() == QMetaType::QString)
        f.ruleKey = screening.toString().mid(5);
    else if (screening.isValid())
        f.minRisk = screening.toInt();
    return f;
}

void InteractionsPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

void InteractionsPage::updateCount(qint64 total)
{
    if (!m_session.isOpen()) {
        m_count->clear();
        return;
    }
    if (total < 0) {
        m_count->setText(tr("Searching…"));
        return;
    }
    // %Ln groups digits in the UI language's locale (set with the language).
    m_count->setText(tr("%Ln interaction(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void InteractionsPage::selectAgain()
{
    // The interaction being looked at stays selected when the list is read again (a change here
    // or at another desk) and it is still in it; else the newest.
    m_view->setCurrentIndex(m_model->index(rowHolding(*m_model, std::exchange(m_keepSelected, 0)), 0));
}

void InteractionsPage::showDetails()
{
    const InteractionRow *row = m_model->rowAt(m_view->currentIndex().row());
    const bool have = row != nullptr;
    for (QLabel *l : {m_detailChannel, m_detailSite, m_detailStaff, m_detailCustomer, m_detailTimes, m_detailSource, m_detailScreening})
        l->clear();
    m_transcript->clear();
    m_transcript->setExtraSelections({});
    m_transcript->setEnabled(have);
    m_evaluate->setEnabled(have);
    m_complain->setEnabled(have && !m_session.isReadOnly());
    if (!have || !m_session.isOpen())
        return;
    const auto full = InteractionRepository(*m_session.database()).find(row->id);
    if (!full || !full->has_value())
        return;
    const Interaction &i = **full;
    m_detailChannel->setText(channelName(i.channel));
    m_detailSite->setText(row->siteName);
    m_detailStaff->setText(row->staffName);
    m_detailCustomer->setText(i.customerRef);
    QStringList times{formatDateTime(i.startedAt)};
    if (i.durationSeconds)
        times << tr("duration %1").arg(formatDuration(i.durationSeconds));
    if (i.firstResponseSeconds)
        times << tr("first response %1").arg(formatSeconds(*i.firstResponseSeconds));
    if (i.resolved)
        times << (*i.resolved ? tr("resolved") : tr("not resolved"));
    m_detailTimes->setText(times.join(QStringLiteral(" · ")));
    m_detailSource->setText(QStringLiteral("%1 / %2").arg(i.source, i.externalId)
                            + (row->evaluationCount > 0 ? QStringLiteral(" · ") + tr("evaluated %n time(s)", nullptr, row->evaluationCount)
                                                        : QString()));
    m_transcript->setPlainText(i.transcript);
    showScreening(i.id);
}

// What screening found: each rule that matched, with its words, and the words marked in the
// transcript where they were said.
void InteractionsPage::showScreening(qint64 interactionId)
{
    const auto found = interactionScreening(*m_session.database(), interactionId);
    if (!found) {
        m_detailScreening->setText(found.error());
        return;
    }
    if (!found->screened) {
        m_detailScreening->setText(tr("not screened"));
        return;
    }
    if (found->hits.isEmpty()) {
        m_detailScreening->setText(tr("no rule matched (%1 v%2)").arg(found->setCode).arg(found->setVersion));
        return;
    }
    QStringList lines;
    QList<QTextEdit::ExtraSelection> marks;
    for (const StoredHit &hit : found->hits) {
        QString line = hit.flag ? QStringLiteral("%1 · %2").arg(ruleSeverityName(*hit.flag), hit.ruleName) : hit.ruleName;
        if (!hit.text.isEmpty())
            line = tr("%1 «%2»", "a rule and the words it found").arg(line, hit.text.left(40));
        else if (hit.seconds)
            line = formatWithNote(line, formatSeconds(int(*hit.seconds)));
        lines << line;
        if (hit.start >= 0 && hit.length > 0 && hit.start + hit.length <= m_transcript->document()->characterCount()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_transcript->document());
            mark.cursor.setPosition(hit.start);
            mark.cursor.setPosition(hit.start + hit.length, QTextCursor::KeepAnchor);
            mark.format.setBackground(hit.flag && *hit.flag >= RuleSeverity::High ? QColor(0xffcdd2) : QColor(0xfff59d));
            marks << mark;
        }
    }
    m_detailScreening->setText(lines.join(QLatin1Char('\n')));
    m_transcript->setExtraSelections(marks);
}

} // namespace servqa
