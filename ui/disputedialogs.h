#pragma once

#include "evaluationworkflow.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace servqa {

// A manager disputes items of a submitted evaluation: tick the items, give a reason each.
class DisputeDialog : public QDialog
{
    Q_OBJECT

public:
    DisputeDialog(const Form &form, const Evaluation &evaluation, QWidget *parent = nullptr);

    QVector<DisputeRequest> requests() const;
    QTableWidget *table() const { return m_table; }
    void showError(const QString &message);

private:
    QTableWidget *m_table;
    QLabel *m_error;
};

// A QA lead decides the open disputes of one evaluation: keep each answer or change it, with
// a reason; the decisions are applied together.
class ResolveDialog : public QDialog
{
    Q_OBJECT

public:
    ResolveDialog(const Form &form, const QVector<Dispute> &open, QWidget *parent = nullptr);

    // Only the rows with a decision; a change carries its new answer. Fails, naming the item,
    // when a new answer cannot be read.
    Result<QVector<EvaluationWorkflow::Decision>> decisions() const;
    QTableWidget *table() const { return m_table; }
    void showError(const QString &message);

    enum Column { ItemColumn, AnswerColumn, ReasonColumn, DecisionColumn, NewValueColumn, NoteColumn, ColumnCount };

private:
    const Form &m_form;
    QVector<Dispute> m_open;
    QTableWidget *m_table;
    QLabel *m_error;
};

// The text an inspector types for an item's answer (Y/N/A, a number) to an Answer, or the
// reason it is not one.
Result<Answer> parseAnswerText(const FormItem &item, const QString &text);

} // namespace servqa
