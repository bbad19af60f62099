#include "editordialog.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <utility>

namespace servqa {

void EditorDialog::reject()
{
    if (isVisible() && hasEdits()) { // a dialog never shown was not closed by its user
        QMessageBox ask(QMessageBox::Question, tr("Discard Changes?"), unsavedText(), QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardEditsBox"));
        ask.setTextFormat(Qt::PlainText);
        QPushButton *discard = ask.addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
        QPushButton *stay = ask.addButton(tr("&Go On Editing"), QMessageBox::RejectRole);
        ask.setDefaultButton(stay);
        ask.setEscapeButton(stay);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void EditorDialog::showEvent(QShowEvent *event)
{
    if (!std::exchange(m_watching, true))
        m_typed = typed();
    QDialog::showEvent(event);
}

bool EditorDialog::hasEdits() const
{
    return m_watching && typed() != m_typed;
}

QString EditorDialog::unsavedText() const
{
    return tr("What you entered here is not saved.");
}

QStringList EditorDialog::typed() const
{
    QStringList texts;
    for (const QLineEdit *edit : findChildren<QLineEdit *>()) {
        // A spin, date or combo box's own field follows its value or choice: not typed text.
        if (!qobject_cast<QAbstractSpinBox *>(edit->parent()) && !qobject_cast<QComboBox *>(edit->parent()))
            texts << edit->text();
    }
    for (const QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (const QTableWidget *table : findChildren<QTableWidget *>()) {
        texts << QString::number(table->rowCount());
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                const QTableWidgetItem *cell = table->item(r, c);
                texts << (cell ? cell->text() + QLatin1Char(' ') + QString::number(int(cell->checkState())) : QString());
            }
        }
    }
    return texts;
}

} // namespace servqa
