#pragma once

#include "pdca.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace servqa {

class Session;

// The PDCA board on the Actions page: the improvement cycles in four columns by stage — Plan, Do,
// Check, Act — and the chosen one's goal, measure, baseline, target, actions, check and outcome
// with its history; a QA lead plans a cycle, adds actions to it and takes it to its next stage.
class PdcaTab : public QWidget
{
    Q_OBJECT

public:
    explicit PdcaTab(Session &session, QWidget *parent = nullptr);

    QListWidget *column(PdcaStage stage) const { return m_columns.value(int(stage)); }
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *nextButton() const { return m_next; }
    void reload();
    bool select(qint64 cycleId);
    // The steps as the working user, without their dialogs.
    bool addActionToSelected(qint64 actionId);
    bool startSelected();
    bool checkSelected(const DayRange &period);
    bool actOnSelected(std::optional<qint64> standardId, bool anotherCycle, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    const PdcaCycle *selected() const;
    void planCycle();
    void chooseAction();
    void nextStep();
    bool finish(const Status &status, qint64 id);

    Session &m_session;
    QVector<PdcaCycle> m_cycles;
    qint64 m_selected = 0;
    QVector<QLabel *> m_titles;
    QVector<QListWidget *> m_columns;
    QPushButton *m_plan;
    QPushButton *m_add;
    QPushButton *m_next;
    QLabel *m_details;
    QTableWidget *m_history;
    QLabel *m_message;
};

} // namespace servqa
