#include "ruletestpanel.h"

#include "backgroundjob.h"
#include "database.h"
#include "formatting.h"
#include "listtables.h"
#include "session.h"
#include "timeutil.h"
#include "transcript.h"
#include "workspacesettings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace servqa {

namespace {

struct TestRun
{
    ScreeningSummary summary;
    QVector<RuleAgreement> agreement;
    QHash<qint64, RuleTestPanel::Shown> interactions; // read by the worker
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem *number(const QString &text, const QString &tip = QString())
{
    QTableWidgetItem *item = cell(text, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(tip);
    return item;
}

QTableWidgetItem *coefficient(const Coefficient &c)
{
    return number(c.value ? formatNumber(*c.value, 2) : QStringLiteral("—"), c.undefinedBecause);
}

QString percentOf(std::optional<double> share)
{
    return share ? formatPercent(*share * 100) : QStringLiteral("—");
}

} // namespace

RuleTestPanel::RuleTestPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_run = new QPushButton(this);
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_rules = makeListTable(this, 14);
    m_months = makeListTable(this, 4);
    m_disagreements = makeListTable(this, 5);
    for (QTableWidget *t : {m_rules, m_months, m_disagreements})
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8); // one line a row: more rows in view
    connect(m_run, &QPushButton::clicked, this, &RuleTestPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RuleTestPanel::cancel);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_rules->currentRow();
        if (row >= 0 && row < m_set.rules.size())
            showRule(m_set.rules.at(row).key);
    });
    connect(m_disagreements, &QTableWidget::cellDoubleClicked, this, [this](int row) { showDisagreement(row); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addStretch();
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(m_months);
    below->addWidget(m_disagreements);
    below->setStretchFactor(0, 2);
    below->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rules);
    split->addWidget(below);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    const QDate today = QDate::currentDate();
    setPeriod(today.addMonths(-3), today);
    retranslate();
}

RuleTestPanel::~RuleTestPanel()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait(-1);
    }
}

void RuleTestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RuleTestPanel::retranslate()
{
    m_run->setText(tr("&Test on %1 – %2").arg(m_from.toString(QStringLiteral("yyyy-MM-dd")), m_to.toString(QStringLiteral("yyyy-MM-dd"))));
    m_run->setToolTip(tr("Runs the rules as edited over the period's interactions and compares them with the inspectors' "
                         "answers. Nothing is written."));
    m_cancel->setText(tr("Cancel"));
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("Read"), tr("Matched"), tr("Hit rate"), tr("Item"), tr("Compared"),
                                        tr("TP"), tr("FP"), tr("FN"), tr("TN"), tr("Precision"),
                                        tr("Recall"), tr("Agreement"), tr("κ / AC1")});
    m_rules->horizontalHeaderItem(6)->setToolTip(tr("True positives: the rule matched and the inspector gave the rule's answer."));
    m_rules->horizontalHeaderItem(7)->setToolTip(tr("False positives: the rule matched, the inspector did not give its answer."));
    m_rules->horizontalHeaderItem(8)->setToolTip(tr("False negatives: the inspector gave the rule's answer, the rule did not match."));
    m_rules->horizontalHeaderItem(9)->setToolTip(tr("True negatives: neither."));
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Compared"), tr("Agreed"), tr("κ")});
    m_disagreements->setHorizontalHeaderLabels({tr("Started"), tr("Interaction"), tr("Agent"), tr("Rule says"), tr("Inspector answered")});
    m_disagreements->setToolTip(tr("Double-click to read the conversation."));
    if (!m_error.isEmpty() || m_set.rules.isEmpty())
        m_summary->setText(m_error.isEmpty() ? tr("Not tested yet.") : m_error);
    else
        showResults();
}

void RuleTestPanel::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    retranslate();
}

void RuleTestPanel::run(const RuleSet &set)
{
    if (m_job || !m_session.isOpen())
        return;
    m_set = set;
    m_error.clear();
    const qint64 from = QDateTime(m_from, QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(m_to.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    auto out = std::make_shared<TestRun>();
    m_job = new BackgroundJob(
        m_session.path(),
        [set, from, to, out](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
            ScreeningOptions options;
            options.from = from;
            options.to = to;
            options.store = false; // a test: nothing is written
            options.progress = progress;
            auto summary = screenInteractions(db, {set}, options);
            if (!summary)
                return Error{summary.error()};
            auto agreement = ruleAgreement(db, set, summary->outcomes.value(0), from, to);
            if (!agreement)
                return Error{agreement.error()};
            out->summary = std::move(*summary);
            out->agreement = std::move(*agreement);
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT i.external_id, i.started_at, s.name FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id "
                                     "WHERE i.id = ?"));
            for (const RuleAgreement &a : std::as_const(out->agreement)) {
                for (const RuleAgreement::Disagreement &d : a.disagreements) {
                    if (out->interactions.contains(d.interactionId))
                        continue;
                    q.addBindValue(d.interactionId);
                    if (q.exec() && q.next())
                        out->interactions.insert(d.interactionId, RuleTestPanel::Shown{q.value(0).toString(), q.value(2).toString(),
                                                                                       fromStored(q.value(1).toLongLong())});
                }
            }
            return QString();
        },
        this);
    auto busy = [this](bool on) {
        m_run->setEnabled(!on);
        m_cancel->setVisible(on);
        m_progress->setVisible(on);
        m_progress->setValue(0);
    };
    busy(true);
    m_summary->setText(tr("Screening the period's interactions…"));
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    connect(m_job, &BackgroundJob::succeeded, this, [this, busy, out] {
        m_job->deleteLater();
        m_job = nullptr;
        busy(false);
        m_result = out->summary;
        m_agreement = out->agreement;
        m_interactions = out->interactions;
        showResults();
        emit finished();
    });
    connect(m_job, &BackgroundJob::failed, this, [this, busy](const QString &message) {
        m_job->deleteLater();
        m_job = nullptr;
        busy(false);
        m_error = message;
        m_summary->setText(message);
        emit finished();
    });
    m_job->start();
}

void RuleTestPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void RuleTestPanel::showResults()
{
    const qint64 screened = m_result.screened;
    m_summary->setText(m_result.cancelled ? tr("Cancelled after %1 interactions; the figures below count those.").arg(formatCount(screened))
                       : screened == 0    ? tr("No interaction started in the period.")
                                          : tr("%1 interactions screened, %2 of them flagged as a risk. Compared with the "
                                               "inspectors' submitted answers in the same period.")
                                             .arg(formatCount(screened), formatCount(m_result.flagged)));
    m_rules->setRowCount(int(m_set.rules.size()));
    for (int r = 0; r < m_set.rules.size(); ++r) {
        const ScreeningRule &rule = m_set.rules.at(r);
        const qint64 read = m_result.evaluated.value(0).value(r), hits = m_result.hits.value(0).value(r);
        QTableWidgetItem *name = cell(rule.enabled ? rule.name : tr("%1 (off)").arg(rule.name));
        name->setToolTip(rule.name);
        m_rules->setItem(r, 0, name);
        m_rules->setItem(r, 1, number(formatCount(read), tr("Interactions the rule could read.")));
        m_rules->setItem(r, 2, number(formatCount(hits)));
        m_rules->setItem(r, 3, number(read > 0 ? formatPercent(100.0 * double(hits) / double(read)) : QStringLiteral("—")));
        m_rules->setItem(r, 4, cell(rule.item ? rule.item->itemKey : rule.flag ? tr("flag: %1").arg(ruleSeverityName(*rule.flag)) : QString()));
        const RuleAgreement *a = nullptr;
        for (const RuleAgreement &candidate : std::as_const(m_agreement)) {
            if (candidate.ruleKey == rule.key)
                a = &candidate;
        }
        for (int c = 5; c < 14; ++c)
            m_rules->setItem(r, c, number(QString()));
        if (!a)
            continue;
        if (!a->itemText.isEmpty())
            m_rules->item(r, 4)->setToolTip(a->itemText);
        m_rules->setItem(r, 5, number(formatCount(a->units()), tr("Evaluations that answered %1 on interactions the rule read; %2 N/A left out.")
                                                                   .arg(a->itemKey)
                                                                   .arg(a->notApplicable)));
        m_rules->setItem(r, 6, number(formatCount(a->truePositive)));
        m_rules->setItem(r, 7, number(formatCount(a->falsePositive)));
        m_rules->setItem(r, 8, number(formatCount(a->falseNegative)));
        m_rules->setItem(r, 9, number(formatCount(a->trueNegative)));
        m_rules->setItem(r, 10, number(percentOf(a->precision)));
        m_rules->setItem(r, 11, number(percentOf(a->recall)));
        m_rules->setItem(r, 12, number(percentOf(a->percent)));
        QTableWidgetItem *both = number(QStringLiteral("%1 / %2").arg(a->kappa.value ? formatNumber(*a->kappa.value, 2) : QStringLiteral("—"),
                                                                      a->ac1.value ? formatNumber(*a->ac1.value, 2) : QStringLiteral("—")),
                                        tr("Cohen's κ and Gwet's AC1 between the rule and the inspectors. %1").arg(a->kappa.undefinedBecause));
        m_rules->setItem(r, 13, both);
    }
    fitColumns(m_rules);
    m_rules->setColumnWidth(0, std::min(m_rules->columnWidth(0), 280)); // the figures stay in sight; the name's tooltip is whole
    if (!m_set.rules.isEmpty()) {
        const int row = std::max(0, m_rules->currentRow());
        m_rules->selectRow(row);
        showRule(m_set.rules.at(row).key);
    }
}

void RuleTestPanel::showRule(const QString &key)
{
    m_months->setRowCount(0);
    m_disagreements->setRowCount(0);
    const RuleAgreement *a = nullptr;
    for (const RuleAgreement &candidate : std::as_const(m_agreement)) {
        if (candidate.ruleKey == key)
            a = &candidate;
    }
    if (!a)
        return;
    m_months->setRowCount(int(a->byMonth.size()));
    for (int m = 0; m < a->byMonth.size(); ++m) {
        const RuleAgreement::Period &p = a->byMonth.at(m);
        m_months->setItem(m, 0, cell(p.month));
        m_months->setItem(m, 1, number(formatCount(p.units)));
        m_months->setItem(m, 2, number(p.units > 0 ? formatPercent(100.0 * double(p.agreed) / double(p.units)) : QStringLiteral("—")));
        m_months->setItem(m, 3, coefficient(p.kappa));
    }
    fitColumns(m_months);
    m_disagreements->setRowCount(int(a->disagreements.size()));
    for (int d = 0; d < a->disagreements.size(); ++d) {
        const RuleAgreement::Disagreement &x = a->disagreements.at(d);
        const auto shown = m_interactions.value(x.interactionId);
        QTableWidgetItem *first = cell(formatDateTime(shown.startedAt));
        first->setData(Qt::UserRole, x.interactionId);
        first->setData(Qt::UserRole + 1, key);
        m_disagreements->setItem(d, 0, first);
        m_disagreements->setItem(d, 1, cell(shown.externalId));
        m_disagreements->setItem(d, 2, cell(shown.agent));
        const ScreeningRule *rule = m_set.find(key);
        const bool answered = rule && rule->item && (x.ruleMatched || rule->item->whenNotMatched);
        const double says = !answered ? 0 : x.ruleMatched ? rule->item->whenMatched : *rule->item->whenNotMatched;
        m_disagreements->setItem(d, 3, cell(answered ? (x.ruleMatched ? tr("matched: %1") : tr("no match: %1")).arg(formatNumber(says, 0))
                                                 : x.ruleMatched ? tr("matched") : tr("no match")));
        m_disagreements->setItem(d, 4, cell(tr("%1 (evaluation %2)").arg(formatNumber(x.inspectorAnswer, 0)).arg(x.evaluationId)));
    }
    fitColumns(m_disagreements);
}

void RuleTestPanel::showDisagreement(int row)
{
    QTableWidgetItem *first = m_disagreements->item(row, 0);
    Database *db = m_session.database();
    if (!first || !db)
        return;
    const qint64 id = first->data(Qt::UserRole).toLongLong();
    const ScreeningRule *rule = m_set.find(first->data(Qt::UserRole + 1).toString());
    const auto found = InteractionRepository(*db).find(id);
    if (!found || !*found || !rule)
        return;
    const Interaction &i = **found;
    // The conversation with what the rule found marked, as the inspector and the rule read it.
    ScreeningSubject subject;
    subject.interaction = &i;
    subject.turns = parseTranscript(i.transcript, WorkspaceSettings(*db).speakerWords());
    const RuleHit hit = evaluate(rule->when, subject);
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p><p>%4: %5<br>%6</p><hr><p>")
                       .arg(i.externalId.toHtmlEscaped(), formatDateTime(i.startedAt), channelName(i.channel).toHtmlEscaped(),
                            rule->name.toHtmlEscaped(), m_disagreements->item(row, 3)->text().toHtmlEscaped(),
                            tr("The inspector %1.").arg(m_disagreements->item(row, 4)->text()).toHtmlEscaped());
    const QString text = i.transcript;
    if (hit.matched && hit.start >= 0 && hit.start + hit.length <= text.size()) {
        html += text.left(hit.start).toHtmlEscaped() + QStringLiteral("<span style=\"background:#ffe08a\">")
                + text.mid(hit.start, hit.length).toHtmlEscaped() + QStringLiteral("</span>") + text.mid(hit.start + hit.length).toHtmlEscaped();
    } else {
        html += text.isEmpty() ? tr("This interaction has no transcript.").toHtmlEscaped() : text.toHtmlEscaped();
    }
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Where the rule and the inspector disagree"));
    auto *view = new QTextBrowser(&dialog);
    view->setHtml(html + QStringLiteral("</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

} // namespace servqa
