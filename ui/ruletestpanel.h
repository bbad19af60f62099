#pragma once

#include "screening.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace servqa {

class BackgroundJob;
class Session;

// "Test on the last 3 months" in the rule editor (docs/screening.md): the rule set being edited
// runs over the period's interactions without writing anything, and each rule is shown with how
// often it matched and — for a rule that answers a scorecard item — how well it agrees with the
// inspectors who answered that item: the confusion matrix, precision, recall, percent agreement,
// Cohen's κ and Gwet's AC1, by month, and the evaluations where they disagree, one double-click
// from the conversation.
class RuleTestPanel : public QWidget
{
    Q_OBJECT

public:
    // What the disagreements list shows of an interaction.
    struct Shown
    {
        QString externalId, agent;
        QDateTime startedAt;
    };

    explicit RuleTestPanel(Session &session, QWidget *parent = nullptr);
    ~RuleTestPanel() override;

    // The last three months to the day, ending today.
    void setPeriod(const QDate &from, const QDate &to);
    // Runs `set` on a worker thread; finished() when the figures are shown (or it failed).
    void run(const RuleSet &set);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // The rule whose months and disagreements are shown (by its key).
    void showRule(const QString &key);

    QPushButton *runButton() const { return m_run; }
    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *monthsTable() const { return m_months; }
    QTableWidget *disagreementsTable() const { return m_disagreements; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void runRequested(); // the button: the dialog gives its current set to run()
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResults();
    void showDisagreement(int row);

    Session &m_session;
    QDate m_from, m_to;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_rules;
    QTableWidget *m_months;
    QTableWidget *m_disagreements;
    BackgroundJob *m_job = nullptr;
    RuleSet m_set; // what was run
    ScreeningSummary m_result;
    QVector<RuleAgreement> m_agreement;
    QHash<qint64, Shown> m_interactions;
    QString m_error;
};

} // namespace servqa
