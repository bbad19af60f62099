#include "answerview.h"

#include "answermodel.h"
#include "evaluationdraft.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>

namespace servqa {

AnswerView::AnswerView(QWidget *parent) : QTreeView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setWordWrap(false); // the full text and help are in each item's tooltip
    // Ctrl+M, not a letter: in a text answer every letter is text, and the key must work there
    // too (the answer being typed is kept first).
    auto *comment = new QAction(this);
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    comment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(comment, &QAction::triggered, this, &AnswerView::editComment);
    addAction(comment);
}

void AnswerView::editComment()
{
    const QModelIndex current = currentIndex();
    if (!m_model || !m_draft || !m_draft->isEditable() || !m_model->itemAt(current))
        return;
    if (state() == QAbstractItemView::EditingState) {
        if (current.column() == AnswerModel::CommentColumn)
            return; // already there
        // The answer typed so far is kept first; a refused one stays open with its message.
        QWidget *editor = QApplication::focusWidget();
        if (editor && viewport()->isAncestorOf(editor)) {
            commitData(editor);
            if (!m_model->lastError().isEmpty()) {
                emit message(m_model->lastError());
                return;
            }
            QTreeView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }
    const QModelIndex target = current.siblingAtColumn(AnswerModel::CommentColumn);
    setCurrentIndex(target);
    edit(target);
}

void AnswerView::setAnswers(EvaluationDraft *draft, AnswerModel *model)
{
    m_draft = draft;
    m_model = model;
    setModel(model);
    if (!model)
        return;
    header()->setSectionResizeMode(AnswerModel::ItemColumn, QHeaderView::Stretch);
    // The answer column as wide as a typical answer ("26 s · measured"), not the widest one: the
    // item's text needs the room on a 1366-pixel screen (the column can be dragged wider).
    header()->setSectionResizeMode(AnswerModel::AnswerColumn, QHeaderView::Interactive);
    header()->resizeSection(AnswerModel::AnswerColumn, fontMetrics().horizontalAdvance(QStringLiteral("100.0 % · measured")) + 16);
    header()->setSectionResizeMode(AnswerModel::CommentColumn, QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    header()->resizeSection(AnswerModel::CommentColumn, 140);
    expandAll();
}

void AnswerView::moveTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index.siblingAtColumn(AnswerModel::AnswerColumn));
    scrollTo(index);
}

QString AnswerView::currentItemKey() const
{
    return currentIndex().siblingAtColumn(0).data(AnswerModel::ItemKeyRole).toString();
}

void AnswerView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeView::closeEditor(editor, hint);
    if (!m_model)
        return;
    // After a typed answer: stay on a refused value, otherwise go on to the next item.
    const QModelIndex current = currentIndex();
    if (!m_model->lastError().isEmpty()) {
        emit message(m_model->lastError());
        return;
    }
    const FormItem *item = m_model->itemAt(current);
    if (current.column() == AnswerModel::AnswerColumn && item) {
        if (item->type != ItemType::Text && !m_draft->answer(item->key).isEmpty())
            moveTo(m_model->nextItem(current));
    } else {
        moveTo(current.siblingAtColumn(AnswerModel::AnswerColumn));
    }
}

bool AnswerView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab go item by item; past the last (or first) item the focus moves on.
    if (m_model) {
        const QModelIndex target = next ? m_model->nextItem(currentIndex()) : m_model->previousItem(currentIndex());
        if (target.isValid()) {
            moveTo(target);
            return true;
        }
    }
    return QTreeView::focusNextPrevChild(next);
}

void AnswerView::keyPressEvent(QKeyEvent *event)
{
    if (m_model && answerKey(event))
        return;
    QTreeView::keyPressEvent(event);
}

void AnswerView::answerAndAdvance(const QModelIndex &index, double value, bool notApplicable)
{
    const FormItem *item = m_model->itemAt(index);
    Answer a;
    if (notApplicable)
        a.notApplicable = true;
    else
        a.value = value;
    const QString problem = m_draft->setValue(item->key, a);
    emit message(problem);
    if (problem.isEmpty())
        moveTo(m_model->nextItem(index));
}

bool AnswerView::answerKey(QKeyEvent *key)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QModelIndex current = currentIndex();
    const FormItem *item = m_model->itemAt(current);
    if (!item || !m_draft->isEditable())
        return false;
    const bool yesNo = item->type == ItemType::YesNo || item->type == ItemType::YesNoNa;
    const bool rating = item->type == ItemType::Rating5 || item->type == ItemType::Rating7;
    const int digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 ? key->key() - Qt::Key_0 : -1;
    switch (key->key()) {
    case Qt::Key_Y:
    case Qt::Key_N:
        if (!yesNo)
            break;
        answerAndAdvance(current, key->key() == Qt::Key_Y ? 1.0 : 0.0, false);
        return true;
    case Qt::Key_A:
        if (!item->acceptsNa())
            break;
        answerAndAdvance(current, 0.0, true);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_draft->clearValue(item->key);
        return true;
    default: break;
    }
    if (digit >= 0 && rating) {
        answerAndAdvance(current, digit, false);
        return true;
    }
    const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint();
    if (yesNo || rating)
        return printable; // other printable keys would start an editor these items do not have
    if (item->type != ItemType::Text && printable) {
        // Numbers and times: a digit, sign or decimal point starts typing; letters do nothing.
        const QChar c = key->text().at(0);
        return !(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-'));
    }
    return false; // the view opens the editor with the key typed
}

} // namespace servqa
