#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace servqa {

class FormVersionModel;
class Session;

// Scorecards and checklists: every version, what each contains (sections, items, weights,
// SERVQUAL dimensions, critical items), and JSON import/export to move forms between
// workspaces. Editing forms is the scorecard builder's job.
class ScorecardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardsPage(Session &session, QWidget *parent = nullptr);

    FormVersionModel *model() const { return m_model; }
    QTreeWidget *tree() const { return m_tree; }
    // The file work behind the buttons, without dialogs (used by them and by tests).
    QString importFormFile(const QString &path);           // empty on success, else the error
    QString exportSelectedForm(const QString &path) const; // empty on success, else the error

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    qint64 selectedVersionId() const;

    Session &m_session;
    FormVersionModel *m_model;
    QTableView *m_view;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace servqa
