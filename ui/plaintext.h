#pragma once

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

} // namespace plain

} // namespace servqa
