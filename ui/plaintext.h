#pragma once

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QString>

namespace servqa {

// User text in a tooltip: Qt takes a tooltip that looks like HTML for HTML, so it is escaped.
inline QString plainTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

// Message boxes whose text is shown as written, never as HTML. What they say names what a user or
// a file gave (a file's name, a CSV field, a visit package's answer key, a session's name), and
// QMessageBox takes text that looks like HTML for HTML, with links that open the browser; these
// stand for QMessageBox's static functions of the same names.
namespace plain {

// A message box built by hand (its own buttons, an informative or detailed text): its text and
// informative text shown as written. Called once its texts are set (the informative text's label
// is made when that text is first set).
inline void plainTexts(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    for (QLabel *label : box.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

inline QMessageBox::StandardButton message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

inline QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                           QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    return message(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

inline QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    return message(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

inline QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    return message(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

inline QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    return message(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

// Stand for QInputDialog's static functions of the same names. The question names a complaint's or
// an action's reference, a site, a file: its label shows it as written (QInputDialog's own takes
// text that looks like HTML for HTML).
inline void plainLabels(QInputDialog &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

// Asks the question set up in `dialog`, its labels plain: the answer, or `otherwise` when cancelled.
inline QString answerOf(QInputDialog &dialog, const QString &title, const QString &label, bool *ok, const QString &otherwise = QString())
{
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    plainLabels(dialog);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : otherwise;
}

inline QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setOptions(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    return answerOf(dialog, title, label, ok);
}

inline QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode echo, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setTextEchoMode(echo);
    dialog.setTextValue(text);
    return answerOf(dialog, title, label, ok);
}

inline QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current, bool editable,
                       bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setComboBoxItems(items);
    dialog.setTextValue(items.value(current));
    dialog.setComboBoxEditable(editable);
    return answerOf(dialog, title, label, ok, items.value(current));
}

} // namespace plain

} // namespace servqa
