#pragma once

#include "actions.h"

#include "evaluationrepository.h"
#include "form.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace servqa {

class BackgroundJob;
class EvaluationListModel;
class PeriodSelector;
class Session;
struct EvaluationFilter;

// Evaluations: every scored interaction and visit with its stored score, result and five
// dimension scores, filtered by period, site, form, status and result; the selected one's
// answers, comments and section scores beside the list.
class EvaluationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationsPage(Session &session, QWidget *parent = nullptr);

    EvaluationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *answers() const { return m_answers; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *resultBox() const { return m_result; }
    QComboBox *inspectorBox() const { return m_inspector; }
    QComboBox *siteBox() const { return m_site; }
    QSpinBox *scoreMinBox() const { return m_scoreMin; }
    QSpinBox *scoreMaxBox() const { return m_scoreMax; }
    QTreeWidget *history() const { return m_history; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *disputeButton() const { return m_dispute; }
    QPushButton *raiseActionButton() const { return m_raiseAction; }
    QPushButton *resolveButton() const { return m_resolve; }

    // The actions on the selected evaluation; each asks what it needs in a dialog.
    void acknowledgeSelected();
    void disputeSelected();
    void resolveSelected();
    // Asks for a corrective action on the chosen evaluation (actionRequested()).
    void raiseActionOnSelected();
    // Writes what the filters select, in the list's order, to a CSV file chosen by the user.
    void exportShown();
    // Lists the evaluations behind a number shown elsewhere (a scorecard): the days from `from`
    // to `to`, a site, an agent, a form; selects evaluation `select` once it is listed.
    void showEvaluations(const QDate &from, const QDate &to, std::optional<qint64> siteId,
                         std::optional<qint64> staffId, std::optional<qint64> formId, std::optional<qint64> select = {});
    // Writes the selected evaluation's PDF audit report to a file chosen by the user.
    void exportReport();


signals:
    // A corrective action on the chosen evaluation: its store, its form's score as the measure.
    void actionRequested(const ActionDraft &prefill);
protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadChoices();
    void reloadStaff();
    void applyFilter();
    EvaluationFilter currentFilter() const;
    void showDetails();
    void updateCount(qint64 total);
    const Form *selectedForm(Evaluation *evaluation); // loads the selected one; nullptr if none
    void afterAction(qint64 evaluationId);

    Session &m_session;
    EvaluationListModel *m_model;
    PeriodSelector *m_period;
    QComboBox *m_site;
    QComboBox *m_form;
    QComboBox *m_status;
    QComboBox *m_result;
    QPushButton *m_reset;
    QLabel *m_periodLabel;
    QLabel *m_siteLabel;
    QLabel *m_formLabel;
    QLabel *m_statusLabel;
    QLabel *m_resultLabel;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_detailsTitle;
    QLabel *m_summary;
    QTreeWidget *m_answers;
    QPlainTextEdit *m_comment;
    QTreeWidget *m_history;
    QTabWidget *m_tabs;
    QPushButton *m_acknowledge;
    QPushButton *m_report;
    QPushButton *m_raiseAction;
    QPushButton *m_dispute;
    QPushButton *m_resolve;
    Form m_selectedForm;
    qint64 m_keepSelected = 0;
    QComboBox *m_staff;
    QComboBox *m_inspector;
    QSpinBox *m_scoreMin;
    QSpinBox *m_scoreMax;
    QLabel *m_staffLabel;
    QLabel *m_inspectorLabel;
    QLabel *m_scoreLabel;
    QPushButton *m_export;
    QPointer<BackgroundJob> m_exportJob;
    bool m_columnsSized = false;
};

} // namespace servqa
