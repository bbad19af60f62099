#include "screeningrulesbox.h"

#include "backgroundjob.h"
#include "database.h"
#include "formatting.h"
#include "listtables.h"
#include "outputfile.h"
#include "plaintext.h"
#include "rulesetdialog.h"
#include "screening.h"
#include "session.h"
#include "userrepository.h"
#include "workspacesettings.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace servqa {

namespace {

QString statusName(const RuleSet &set)
{
    if (set.id == 0)
        return ScreeningRulesBox::tr("built in, used until a set is stored");
    switch (set.status) {
    case RuleSet::Status::Active: return ScreeningRulesBox::tr("active");
    case RuleSet::Status::Draft: return ScreeningRulesBox::tr("draft");
    case RuleSet::Status::Retired: return ScreeningRulesBox::tr("retired");
    }
    return QString();
}

} // namespace

ScreeningRulesBox::ScreeningRulesBox(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    m_sets = makeListTable(this, 6);
    m_sets->setMinimumHeight(150);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_edit = new QPushButton(this);
    m_newSet = new QPushButton(this);
    m_import = new QPushButton(this);
    m_export = new QPushButton(this);
    m_screen = new QPushButton(this);
    connect(m_sets, &QTableWidget::itemSelectionChanged, this, &ScreeningRulesBox::updateButtons);
    connect(m_sets, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const RuleSet *set = chosen())
            edit(*set);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const RuleSet *set = chosen())
            edit(*set);
    });
    connect(m_newSet, &QPushButton::clicked, this, [this] {
        RuleSet fresh = builtInRuleSet();
        fresh.id = 0;
        fresh.version = 1;
        fresh.code = QStringLiteral("rules");
        for (int n = 2; std::any_of(m_all.cbegin(), m_all.cend(), [&](const RuleSet &s) { return s.id > 0 && s.code == fresh.code; }); ++n)
            fresh.code = QStringLiteral("rules_%1").arg(n);
        fresh.name = tr("New rule set");
        fresh.status = RuleSet::Status::Draft;
        edit(fresh);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import rule set"), QString(), tr("Rule sets (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const RuleSet *set = chosen();
        if (!set)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export rule set"), QStringLiteral("%1-v%2.json").arg(set->code).arg(set->version),
                                                          tr("Rule sets (*.json)"));
        if (!path.isEmpty())
            exportChosen(path);
    });
    connect(m_screen, &QPushButton::clicked, this, [this] {
        // The period: the last three months by default, as the rule editor tests.
        QDialog ask(this);
        ask.setWindowTitle(tr("Screen again"));
        auto *from = new QDateEdit(QDate::currentDate().addMonths(-3), &ask);
        auto *to = new QDateEdit(QDate::currentDate(), &ask);
        for (QDateEdit *e : {from, to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        auto *text = new QLabel(tr("The interactions that started in the period are screened with the active rule sets; what "
                                   "earlier versions found stays with those versions."),
                                &ask);
        text->setWordWrap(true);
        text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60); // a few lines, not a column
        auto *form = new QFormLayout;
        form->addRow(tr("&From:"), from);
        form->addRow(tr("&To:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Screen"));
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        auto *layout = new QVBoxLayout(&ask);
        layout->addWidget(text);
        layout->addLayout(form);
        layout->addWidget(buttons);
        if (ask.exec() == QDialog::Accepted)
            screenAgain(from->date(), to->date());
    });

    // The speakers' words: one line per role, the words separated by commas.
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setWordWrap(true);
    m_agentWords = new QLineEdit(this);
    m_customerWords = new QLineEdit(this);
    m_systemWords = new QLineEdit(this);
    m_agentLabel = new QLabel(this);
    m_customerLabel = new QLabel(this);
    m_systemLabel = new QLabel(this);
    m_agentLabel->setBuddy(m_agentWords);
    m_customerLabel->setBuddy(m_customerWords);
    m_systemLabel->setBuddy(m_systemWords);
    m_saveWords = new QPushButton(this);
    connect(m_saveWords, &QPushButton::clicked, this, &ScreeningRulesBox::saveSpeakerWords);
    auto *words = new QHBoxLayout;
    for (const auto &[label, edit] : {std::pair(m_agentLabel, m_agentWords), std::pair(m_customerLabel, m_customerWords),
                                      std::pair(m_systemLabel, m_systemWords)}) {
        words->addWidget(label);
        words->addWidget(edit, 1);
    }
    words->addWidget(m_saveWords);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_newSet, m_import, m_export, m_screen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sets);
    layout->addLayout(buttons);
    layout->addWidget(m_wordsLabel);
    layout->addLayout(words);
    layout->addWidget(m_note);
    connect(&m_session, &Session::opened, this, &ScreeningRulesBox::reload);
    connect(&m_session, &Session::closed, this, &ScreeningRulesBox::reload);
    connect(&m_session, &Session::userChanged, this, &ScreeningRulesBox::updateButtons);
    retranslate();
}

void ScreeningRulesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ScreeningRulesBox::retranslate()
{
    setTitle(tr("Screening rules"));
    m_edit->setText(tr("&Open rules…"));
    m_edit->setToolTip(tr("Read, test and change the chosen rule set; a change is saved as its next version."));
    m_newSet->setText(tr("&New rule set…"));
    m_newSet->setToolTip(tr("A set of its own for one channel, starting from the built-in rules."));
    m_import->setText(tr("Import r&ule file…"));
    m_export->setText(tr("E&xport rule file…"));
    m_screen->setText(tr("Screen a&gain…"));
    m_screen->setToolTip(tr("Screen a period's interactions again with the active rule sets, for example after a change of rules."));
    m_sets->setHorizontalHeaderLabels({tr("Code"), tr("Version"), tr("Status"), tr("Channel"), tr("Rules on"), tr("Name")});
    m_wordsLabel->setText(tr("Speakers in transcripts: a line that starts with one of these words and a colon (坐席：, Agent:) is "
                             "that speaker's. Words separated by commas."));
    m_agentLabel->setText(tr("Agent:"));
    m_customerLabel->setText(tr("Customer:"));
    m_systemLabel->setText(tr("System:"));
    m_saveWords->setText(tr("Save &words"));
    reload();
}

bool ScreeningRulesBox::writable() const
{
    // Rule sets and stored results are a QA lead's or an administrator's (the server says the same).
    bool yes = m_session.database() && !m_session.isReadOnly();
    if (yes && m_session.userId() > 0) {
        const auto user = UserRepository(*m_session.database()).find(m_session.userId());
        yes = user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
    }
    return yes;
}

void ScreeningRulesBox::reload()
{
    m_all.clear();
    if (Database *db = m_session.database()) {
        if (auto sets = ruleSets(*db))
            m_all = *sets;
        else
            m_note->setText(sets.error());
    }
    // The active sets first, then the rest, each code's newest version first.
    std::stable_sort(m_all.begin(), m_all.end(), [](const RuleSet &a, const RuleSet &b) {
        return (a.status == RuleSet::Status::Active) > (b.status == RuleSet::Status::Active);
    });
    if (m_all.isEmpty() && m_session.isOpen())
        m_all = {builtInRuleSet()}; // what screening stores when it first runs
    m_sets->setRowCount(int(m_all.size()));
    for (int r = 0; r < m_all.size(); ++r) {
        const RuleSet &set = m_all.at(r);
        const auto on = std::count_if(set.rules.cbegin(), set.rules.cend(), [](const ScreeningRule &rule) { return rule.enabled; });
        const QStringList cells = {set.code, QString::number(set.version), statusName(set),
                                   set.channel ? channelName(*set.channel) : tr("Every channel"), tr("%1 of %2").arg(on).arg(set.rules.size()), set.name};
        for (int c = 0; c < cells.size(); ++c)
            m_sets->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    fitColumns(m_sets);
    const SpeakerWords words = m_session.database() ? WorkspaceSettings(*m_session.database()).speakerWords() : SpeakerWords::defaults();
    m_agentWords->setText(formatList(words.agent));
    m_customerWords->setText(formatList(words.customer));
    m_systemWords->setText(formatList(words.system));
    if (m_sets->rowCount() > 0 && m_sets->currentRow() < 0)
        m_sets->selectRow(0);
    updateButtons();
}

const RuleSet *ScreeningRulesBox::chosen() const
{
    const int row = m_sets->currentRow();
    return row >= 0 && row < m_all.size() && !m_sets->selectedItems().isEmpty() ? &m_all.at(row) : nullptr;
}

void ScreeningRulesBox::updateButtons()
{
    const bool open = m_session.isOpen();
    const bool write = writable();
    m_edit->setEnabled(open && chosen());
    m_edit->setText(write ? tr("&Open rules…") : tr("&Open rules to read and test…"));
    m_newSet->setEnabled(open && write);
    m_import->setEnabled(open && write);
    m_export->setEnabled(open && chosen());
    m_screen->setEnabled(open && write);
    for (QLineEdit *edit : {m_agentWords, m_customerWords, m_systemWords})
        edit->setReadOnly(!open || !write);
    m_saveWords->setEnabled(open && write);
}

QLineEdit *ScreeningRulesBox::speakerEdit(Speaker speaker) const
{
    return speaker == Speaker::Agent ? m_agentWords : speaker == Speaker::Customer ? m_customerWords : m_systemWords;
}

void ScreeningRulesBox::saveSpeakerWords()
{
    Database *db = m_session.database();
    if (!db || !writable())
        return;
    const auto split = [](const QLineEdit *edit) {
        QStringList words;
        for (const QString &w : edit->text().split(QRegularExpression(QStringLiteral("[,，、]"))))
            if (!w.trimmed().isEmpty())
                words << w.trimmed();
        return words;
    };
    if (const Status s = WorkspaceSettings(*db).setSpeakerWords({split(m_agentWords), split(m_customerWords), split(m_systemWords)}); !s) {
        m_note->setText(s.error());
        return;
    }
    reload();
    m_note->setText(tr("Saved. Transcripts are read with these words from the next screening; screen again to read the stored ones anew."));
}

void ScreeningRulesBox::edit(const RuleSet &set)
{
    RuleSetDialog dialog(m_session, set, writable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RuleSet saved = dialog.saved();
    reload();
    m_note->setText(tr("Rule set %1 version %2 is active: interactions are screened with it from now on.").arg(saved.code).arg(saved.version));
    if (plain::question(this, tr("Screen again"),
                        tr("Screen the interactions of the last three months again with version %1 now? The lists, "
                           "samples and pre-filled answers follow it.")
                            .arg(saved.version))
        == QMessageBox::Yes)
        screenAgain(QDate::currentDate().addMonths(-3), QDate::currentDate());
}

void ScreeningRulesBox::importFile(const QString &path)
{
    auto set = readRuleSetFile(path);
    if (!set) {
        plain::warning(this, tr("Import rule set"), set.error());
        return;
    }
    // Read, tested and saved in the editor: nothing is stored until the lead saves it.
    set->id = 0;
    edit(*set);
}

void ScreeningRulesBox::exportChosen(const QString &path)
{
    const RuleSet *set = chosen();
    if (!set)
        return;
    const QString workspace = m_session.database() && !m_session.database()->isServer() ? m_session.path() : QString();
    if (const Status s = writeWholeFile(path, ruleSetToJson(*set), workspace.isEmpty() ? QStringList() : QStringList{workspace}); !s) {
        plain::warning(this, tr("Export rule set"), s.error());
        return;
    }
    m_note->setText(tr("Rule set %1 version %2 written to %3.").arg(set->code).arg(set->version).arg(QDir::toNativeSeparators(path)));
}

void ScreeningRulesBox::screenAgain(const QDate &from, const QDate &to)
{
    if (!m_session.isOpen() || !writable())
        return;
    const qint64 fromSecs = QDateTime(from, QTime(0, 0)).toSecsSinceEpoch();
    const qint64 toSecs = QDateTime(to.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    auto out = std::make_shared<ScreeningSummary>();
    auto *job = new BackgroundJob(
        m_session.path(),
        [fromSecs, toSecs, out](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
            if (auto ensured = ensureRuleSets(db); !ensured)
                return Error{ensured.error()};
            auto sets = activeRuleSets(db);
            if (!sets)
                return Error{sets.error()};
            ScreeningOptions options;
            options.from = fromSecs;
            options.to = toSecs;
            options.progress = progress;
            auto summary = screenInteractions(db, *sets, options);
            if (!summary)
                return Error{summary.error()};
            *out = *summary;
            return QString();
        },
        this);
    auto *progress = new QProgressDialog(tr("Screening the interactions of %1 – %2…").arg(from.toString(QStringLiteral("yyyy-MM-dd")),
                                                                                        to.toString(QStringLiteral("yyyy-MM-dd"))),
                                         tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    // The dialog closes at once; the pass ends its chunk, and the sums when it was summing them at
    // its end (many seconds on a large workspace).
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_note->setText(tr("Stopping: the interactions being screened are finished, then the screening's sums brought up to date…"));
    });
    connect(job, &BackgroundJob::progress, progress, [progress](qint64 done, qint64 total) {
        // Once cancelled it stays closed (a value set would show it again, with a Cancel that
        // does nothing more), while the pass finishes the sums: the note says so.
        if (total > 0 && !progress->wasCanceled())
            progress->setValue(int(1000 * done / total));
    });
    m_screen->setEnabled(false);
    auto finish = [this, job, progress](const QString &text) {
        progress->deleteLater();
        job->deleteLater();
        m_note->setText(text);
        updateButtons();
        m_session.notifyDataChanged();
        reload();
    };
    connect(job, &BackgroundJob::succeeded, this, [this, out, finish] {
        finish(out->cancelled ? tr("Cancelled: %1 interactions were screened again and keep their new results; the rest keep what "
                                   "they had.")
                                    .arg(formatCount(out->screened))
                              : tr("%1 interactions screened again, %2 of them flagged as a risk.")
                                    .arg(formatCount(out->screened), formatCount(out->flagged)));
    });
    connect(job, &BackgroundJob::failed, this, [finish](const QString &message) { finish(message); });
    job->start();
}

} // namespace servqa
