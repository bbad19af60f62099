#pragma once

#include <QDialog>
#include <QStringList>

namespace servqa {

// A dialog whose entries are work: closing it on screen with edits not saved (Cancel, Esc, the
// window's close button) asks first, "Go On Editing" being the default and what Esc answers.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    void reject() override;

protected:
    // The fields as first shown, filled by whoever opened it: what is typed from then on is an edit.
    void showEvent(QShowEvent *event) override;
    // Whether anything was changed since it was first shown; by default, the text of its line
    // edits, plain-text edits and table cells (not the fields of its spin, date and combo boxes).
    virtual bool hasEdits() const;
    // The question's text: what would be lost.
    virtual QString unsavedText() const;

private:
    QStringList typed() const;

    QStringList m_typed;
    bool m_watching = false;
};

} // namespace servqa
