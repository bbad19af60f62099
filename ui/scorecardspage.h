#pragma once

#include "form.h"

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
// workspaces; New and Edit open the scorecard builder, Activate and Retire set the status.
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
    QString setSelectedStatus(FormStatus status);          // empty on success, else the error
    // The scorecard builder on a copy of `form`; saving follows the versioning rule.
    void openBuilder(const Form &form);

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
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_activate;
    QPushButton *m_retire;
};

} // namespace servqa
