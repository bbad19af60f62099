#pragma once

#include "workqueue.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace servqa {

class EvaluationEditor;
class Session;

// An inspector's assignments, for the work queue's list.
class WorkQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedAt, ChannelColumn, Site, Staff, Form, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QVector<QueueItem> &items);
    const QueueItem *itemAt(int row) const;
    int rowOf(qint64 assignmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QVector<QueueItem> m_items;
};

// The inspector's workplace: the work queue beside the evaluation editor. Enter (or a double
// click) on an assignment starts or resumes its evaluation; after a submission the result
// stays in view and the next assignment is selected, so Enter goes on.
class WorkQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkQueuePage(Session &session, QWidget *parent = nullptr);

    WorkQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EvaluationEditor *editor() const { return m_editor; }
    QLabel *userLabel() const { return m_userLabel; }
    QPushButton *changeUserButton() const { return m_changeUser; }

    // Starts (or resumes) the evaluation of the assignment in `row` and shows it.
    bool openRow(int row);
    // Assigns an interaction to the current user with a form, and opens it.
    bool evaluateInteraction(qint64 interactionId, qint64 formId);
    void drawSample();

signals:
    // For the main window's status bar: what was just done and what comes next.
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reloadUsers();
    void reloadQueue();

    Session &m_session;
    WorkQueueModel *m_model;
    QLabel *m_userLabel; // who is working: changed on purpose only (the button, File ▸ Work As…)
    QPushButton *m_changeUser;
    QSplitter *m_splitter;
    bool m_queueSized = false; // the user moved the divider: their width stays
    void fitQueueWidth();
    QCheckBox *m_showFinished;
    QPushButton *m_sample;
    QTableView *m_view;
    QLabel *m_count;
    EvaluationEditor *m_editor;
};

} // namespace servqa
