#include "evaluationeditor.h"

#include "answermodel.h"
#include "answerview.h"
#include "appsettings.h"
#include "evaluationdraft.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "formrepository.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "measureditems.h"
#include "recordingplayer.h"
#include "screening.h"
#include "session.h"

#include <QAction>
#include <QColor>
#include <QEvent>
#include <QMouseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace servqa {

namespace {
const char *const ErrorStyle = "color: #b00020;";
const char *const OkStyle = "color: #1b5e20;";
} // namespace

EvaluationEditor::EvaluationEditor(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(AutosaveMs);
    connect(m_saveTimer, &QTimer::timeout, this, &EvaluationEditor::save);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText); // names are data, never markup
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transcriptLabel = new QLabel(this);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setReadOnly(true);
    m_transcript->setFocusPolicy(Qt::ClickFocus);
    m_recordingLabel = new QLabel(this);
    m_player = new RecordingPlayer(this);
    connect(m_player, &RecordingPlayer::stampRequested, this, &EvaluationEditor::insertStamp);

    m_tree = new AnswerView(this);
    // The focused item in full, with the QA lead's help for it.
    m_itemHelp = new QLabel(this);
    m_itemHelp->setWordWrap(true);
    m_itemHelp->setTextFormat(Qt::PlainText);
    connect(m_tree, &AnswerView::message, this, [this](const QString &text) { showMessage(text, !text.isEmpty()); });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != AnswerModel::CommentColumn)
            return;
        if (const qint64 ms = RecordingPlayer::stampPosition(index.data().toString()); ms >= 0)
            m_player->setPosition(ms);
    });

    // Score panel.
    m_scoreCaption = new QLabel(this);
    m_scoreLabel = new QLabel(this);
    QFont scoreFont = m_scoreLabel->font();
    scoreFont.setBold(true);
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.0);
    m_scoreLabel->setFont(scoreFont);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setWordWrap(true); // long in Chinese too: it must never widen the window
    // A strip across the editor: the score and result on the left, one bar per dimension.
    auto *scorePanel = new QWidget(this);
    auto *grid = new QGridLayout(scorePanel);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    auto *scoreBox = new QVBoxLayout;
    scoreBox->setSpacing(0);
    scoreBox->addWidget(m_scoreCaption);
    scoreBox->addWidget(m_scoreLabel);
    grid->addLayout(scoreBox, 0, 0, 2, 1);
    // The verdict and the progress under the score and bars, across the whole width: as text
    // they need the width, and must never make the editor wider than a laptop's screen.
    auto *resultBox = new QHBoxLayout;
    resultBox->setSpacing(12);
    resultBox->addWidget(m_resultLabel, 1);
    resultBox->addWidget(m_progressLabel, 1);
    grid->addLayout(resultBox, 2, 0, 1, 1 + DimensionCount);
    for (int d = 0; d < DimensionCount; ++d) {
        m_dimensionLabels[d] = new QLabel(scorePanel);
        m_bars[d] = new QProgressBar(scorePanel);
        m_bars[d]->setRange(0, 1000);
        m_bars[d]->setTextVisible(true);
        m_bars[d]->setMinimumWidth(70);
        grid->addWidget(m_dimensionLabels[d], 0, 1 + d, Qt::AlignBottom);
        grid->addWidget(m_bars[d], 1, 1 + d);
        grid->setColumnStretch(1 + d, 1);
    }

    m_commentLabel = new QLabel(this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setMaximumHeight(70);
    m_comment->setTabChangesFocus(true);
    m_comment->viewport()->installEventFilter(this);
    m_commentLabel->setBuddy(m_comment);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_draft && !m_settingComment)
            m_draft->setComment(m_comment->toPlainText());
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_saveState = new QLabel(this);
    m_undoButton = new QToolButton(this);
    m_redoButton = new QToolButton(this);
    m_saveButton = new QPushButton(this);
    m_submitButton = new QPushButton(this);
    m_keysHint = new QLabel(this);
    m_keysHint->setWordWrap(true);
    QPalette hintPalette = m_keysHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_keysHint->setPalette(hintPalette);

    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_draft)
            m_draft->undoStack()->undo();
    });
    auto *redo = new QAction(this);
    // Both common bindings, whatever the desktop's default is.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, this, [this] {
        if (m_draft)
            m_draft->undoStack()->redo();
    });
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &EvaluationEditor::save);
    auto *submitAction = new QAction(this);
    submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(submitAction, &QAction::triggered, this, &EvaluationEditor::submit);
    // The recording, from the keyboard too.
    auto playerAction = [this](QKeySequence key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    playerAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { // the overall comment
        if (m_draft && m_draft->isEditable())
            m_comment->setFocus(Qt::ShortcutFocusReason);
    });
    playerAction(QKeySequence(Qt::CTRL | Qt::Key_Space), [this] { m_player->togglePlay(); });
    playerAction(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { m_player->skip(-5000); });
    playerAction(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { m_player->skip(5000); });
    playerAction(QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (m_player->hasRecording())
            insertStamp(m_player->stamp());
    });
    addActions({undo, redo, saveAction, submitAction});
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_saveButton, &QPushButton::clicked, this, &EvaluationEditor::save);
    connect(m_submitButton, &QPushButton::clicked, this, &EvaluationEditor::submit);

    // Layout: the interaction's facts under the title; its transcript on the left, the form in
    // the middle, the score on the right.
    m_transcriptPanel = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(m_transcriptPanel);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_recordingLabel);
    leftLayout->addWidget(m_player);
    leftLayout->addWidget(m_transcriptLabel);
    leftLayout->addWidget(m_transcript, 1);
    m_transcriptPanel->setMinimumWidth(250);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_tree, 1);
    middleLayout->addWidget(m_itemHelp);
    middleLayout->addWidget(m_commentLabel);
    middleLayout->addWidget(m_comment);
    middle->setMinimumWidth(380);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_transcriptPanel);
    splitter->addWidget(middle);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_saveState, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    layout->addWidget(scorePanel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_keysHint);
    layout->addLayout(buttons);

    retranslate();
    clear();
}

EvaluationEditor::~EvaluationEditor()
{
    // A draft is never left unsaved, whatever closes the editor.
    if (hasUnsavedChanges())
        save();
    releaseDraft(); // before the members go: the draft's undo stack signals as it is destroyed
}

// Lets go of the draft shown without a word from it: its undo stack's last signals (indexChanged
// as it is cleared) would otherwise reach an editor half destroyed, or schedule a save of the
// next draft.
void EvaluationEditor::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (!m_draft)
        m_title->setText(text);
}

void EvaluationEditor::setCompact(bool compact)
{
    m_compact = compact;
    m_title->setVisible(!compact || !m_draft);
    m_header->setVisible(!compact);
    updateSaveState();
}

void EvaluationEditor::releaseDraft()
{
    m_saveTimer->stop();
    m_tree->setAnswers(nullptr, nullptr);
    if (m_draft)
        disconnect(m_draft->undoStack(), nullptr, this, nullptr);
    m_model.reset();
    m_draft.reset();
}

qint64 EvaluationEditor::evaluationId() const
{
    return m_draft ? m_draft->evaluation().id : 0;
}

bool EvaluationEditor::hasUnsavedChanges() const
{
    return m_draft && m_draft->isEditable() && !m_draft->undoStack()->isClean() && m_session.isOpen();
}

void EvaluationEditor::clear()
{
    if (hasUnsavedChanges())
        save();
    releaseDraft();
    m_title->setText(m_emptyText.isEmpty() ? tr("No evaluation open: choose an assignment and press Enter, or draw a sample.")
                                           : m_emptyText);
    m_title->setVisible(true); // an empty editor says why it is empty, compact or not
    m_header->clear();
    m_transcript->clear();
    m_transcriptPanel->hide();
    m_player->unload();
    m_itemHelp->clear();
    m_settingComment = true;
    m_comment->clear();
    m_settingComment = false;
    m_message->clear();
    m_savedAt.clear();
    setEnabled(false);
    updateScore();
    updateSaveState();
}

bool EvaluationEditor::open(qint64 evaluationId, qint64 userId)
{
    clear();
    Database *db = m_session.database();
    if (!db)
        return false;
    // The version the evaluation was started with: later versions never change it.
    const auto versionId = EvaluationRepository(*db).formVersionId(evaluationId);
    if (!versionId) {
        showMessage(versionId.error(), true);
        return false;
    }
    const auto form = FormRepository(*db).load(*versionId);
    if (!form) {
        showMessage(form.error(), true);
        return false;
    }
    const auto evaluation = EvaluationRepository(*db).load(evaluationId, *form);
    if (!evaluation) {
        showMessage(evaluation.error(), true);
        return false;
    }
    return showEvaluation(*form, *evaluation, userId);
}

bool EvaluationEditor::openNew(qint64 interactionId, qint64 formVersionId, qint64 userId)
{
    clear();
    Database *db = m_session.database();
    if (!db)
        return false;
    const auto form = FormRepository(*db).load(formVersionId);
    if (!form) {
        showMessage(form.error(), true);
        return false;
    }
    const auto interaction = InteractionRepository(*db).find(interactionId);
    if (!interaction || !*interaction) {
        showMessage(interaction ? tr("Interaction %1 does not exist.").arg(interactionId) : interaction.error(), true);
        return false;
    }
    // In memory only: the draft is made in the workspace with the first answer (save()).
    Evaluation e;
    e.formVersionId = formVersionId;
    e.interactionId = interactionId;
    e.inspectorId = userId;
    e.siteId = (*interaction)->siteId;
    e.staffId = (*interaction)->staffId;
    e.occurredAt = (*interaction)->startedAt;
    e.status = EvaluationStatus::Draft;
    return showEvaluation(*form, e, userId);
}

bool EvaluationEditor::openAnswers(const Form &form, const Evaluation &e, qint64 userId)
{
    clear();
    if (!m_session.database())
        return false;
    return showEvaluation(form, e, userId);
}

bool EvaluationEditor::showEvaluation(const Form &shownForm, Evaluation e, qint64 userId)
{
    const Form *form = &shownForm;
    const EvaluationStatus storedStatus = e.status;
    // Only the inspector who started a draft edits it; everyone else sees it read-only.
    const bool mine = e.inspectorId == userId && (!m_hooks.editable || m_hooks.editable());
    m_readOnlyDraft = !mine && e.status == EvaluationStatus::Draft;
    if (!mine && e.status == EvaluationStatus::Draft)
        e.status = EvaluationStatus::Submitted; // shown read-only, never saved
    m_userId = userId;
    if (e.status == EvaluationStatus::Draft && e.interactionId)
        fillMeasured(*form, e);
    releaseDraft();
    m_draft = std::make_unique<EvaluationDraft>(*form, e);
    m_model = std::make_unique<AnswerModel>(m_draft.get());
    m_tree->setAnswers(m_draft.get(), m_model.get());
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const FormItem *item = m_model ? m_model->itemAt(current) : nullptr;
        if (!item) {
            m_itemHelp->clear();
            return;
        }
        QString text = item->text;
        if (item->critical)
            text += QStringLiteral(" · ") + tr("critical");
        if (item->requiresEvidence)
            text += QStringLiteral(" · ") + tr("needs evidence: attach a photo or receipt to this item");
        if (!item->help.isEmpty())
            text += QLatin1Char('\n') + item->help;
        m_itemHelp->setText(text);
        // The words a rule answered this item by, shown where they were said.
        if (const auto span = m_ruleSpans.constFind(item->key); span != m_ruleSpans.constEnd()) {
            QTextCursor cursor(m_transcript->document());
            cursor.setPosition(span->first);
            cursor.setPosition(span->first + span->second, QTextCursor::KeepAnchor);
            m_transcript->setTextCursor(cursor);
            m_transcript->ensureCursorVisible();
        }
    });

    connect(m_draft.get(), &EvaluationDraft::scoreChanged, this, &EvaluationEditor::updateScore);
    connect(m_draft.get(), &EvaluationDraft::commentChanged, this, [this] {
        if (m_comment->toPlainText() == m_draft->comment())
            return;
        m_settingComment = true;
        m_comment->setPlainText(m_draft->comment());
        m_settingComment = false;
    });
    connect(m_draft->undoStack(), &QUndoStack::indexChanged, this, &EvaluationEditor::scheduleSave);
    connect(m_draft->undoStack(), &QUndoStack::cleanChanged, this, &EvaluationEditor::updateSaveState);

    m_settingComment = true;
    m_comment->setPlainText(e.comment);
    m_settingComment = false;
    m_comment->setReadOnly(!m_draft->isEditable());
    m_title->setText(tr("%1 — %2, version %3 · %4")
                         .arg(form->code, form->name)
                         .arg(form->version)
                         .arg(evaluationStatusName(storedStatus)));
    if (e.interactionId)
        fillHeader(*e.interactionId);
    m_title->setVisible(!m_compact);
    setEnabled(true);
    updateScore();
    updateSaveState();
    m_tree->moveTo(m_model->nextItem({}));
    m_tree->setFocus();
    return true;
}

void EvaluationEditor::fillMeasured(const Form &form, Evaluation &e)
{
    // What the interaction measured is filled in, not typed: shown as measured, and not an
    // edit (looking at an assignment still leaves no draft behind).
    const auto interaction = InteractionRepository(*m_session.database()).find(*e.interactionId);
    if (!interaction || !*interaction)
        return;
    // And what screening's rules answered (docs/screening.md), for the inspector to confirm.
    Answers byRules;
    if (const auto screening = interactionScreening(*m_session.database(), *e.interactionId))
        byRules = ruleAnswers(form, *screening).answers;
    stampMeasured(form, &**interaction, e.answers, &byRules);
    Answers filling = measuredAnswers(form, **interaction);
    for (auto it = byRules.cbegin(); it != byRules.cend(); ++it) {
        if (!filling.contains(it.key()))
            filling.insert(it.key(), it.value());
    }
    for (auto it = filling.cbegin(); it != filling.cend(); ++it) {
        const Answer before = e.answers.value(it.key());
        if (!before.isEmpty())
            continue;
        Answer filled = it.value();
        filled.comment = before.comment;
        e.answers.insert(it.key(), filled);
    }
}

void EvaluationEditor::markScreening(qint64 interactionId)
{
    m_ruleSpans.clear();
    m_transcript->setExtraSelections({});
    const auto screening = interactionScreening(*m_session.database(), interactionId);
    if (!screening || !screening->screened || !m_draft)
        return;
    if (m_model)
        m_model->setRuleNotes(ruleAnswers(m_draft->form(), *screening).notes);
    QList<QTextEdit::ExtraSelection> marks;
    const int length = m_transcript->document()->characterCount();
    for (const StoredHit &hit : screening->hits) {
        if (hit.start < 0 || hit.length <= 0 || hit.start + hit.length > length)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_transcript->document());
        mark.cursor.setPosition(hit.start);
        mark.cursor.setPosition(hit.start + hit.length, QTextCursor::KeepAnchor);
        mark.format.setBackground(hit.flag && *hit.flag >= RuleSeverity::High ? QColor(0xffcdd2) : QColor(0xfff59d));
        mark.format.setToolTip(hit.flag ? QStringLiteral("%1 · %2").arg(ruleSeverityName(*hit.flag), hit.ruleName) : hit.ruleName);
        marks << mark;
        if (hit.item && !m_ruleSpans.contains(hit.item->itemKey))
            m_ruleSpans.insert(hit.item->itemKey, {hit.start, hit.length});
    }
    m_transcript->setExtraSelections(marks);
}

void EvaluationEditor::fillHeader(qint64 interactionId)
{
    Database &db = *m_session.database();
    InteractionFilter f;
    f.id = interactionId;
    const auto rows = InteractionQuery(db).page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 1);
    const auto full = InteractionRepository(db).find(interactionId);
    if (!rows || rows->isEmpty() || !full || !*full)
        return;
    const InteractionRow &r = rows->first();
    const Interaction &i = **full;
    QStringList lines;
    lines << tr("%1 · %2").arg(channelName(r.channel), r.siteName);
    if (!r.staffName.isEmpty())
        lines << tr("Agent / employee: %1").arg(r.staffName);
    QString when = formatDateTime(r.startedAt);
    if (r.durationSeconds)
        when += QStringLiteral(" · ") + tr("duration %1").arg(formatDuration(r.durationSeconds));
    if (r.firstResponseSeconds)
        when += QStringLiteral(" · ") + tr("first response %1").arg(formatSeconds(*r.firstResponseSeconds));
    lines << when;
    if (!r.customerRef.isEmpty())
        lines << tr("Customer: %1").arg(r.customerRef);
    if (r.resolved)
        lines << (*r.resolved ? tr("Resolved on this contact") : tr("Not resolved on this contact"));
    lines << tr("Source: %1 / %2").arg(i.source, i.externalId);
    m_header->setText(lines.join(QStringLiteral(" · ")));
    const bool hasTranscript = !i.transcript.isEmpty();
    const bool hasRecording = !i.recordingPath.isEmpty();
    m_transcriptLabel->setVisible(hasTranscript);
    m_transcript->setVisible(hasTranscript);
    m_recordingLabel->setVisible(hasRecording);
    m_player->setVisible(hasRecording);
    if (hasRecording) {
        // A relative path is relative to the recordings folder: a file workspace's own folder
        // unless another is chosen in Settings, so both can move together.
        const bool onServer = m_session.database()->isServer();
        const QString path = AppSettings().recordingFile(m_session.path(), onServer, i.recordingPath);
        if (path.isEmpty())
            m_player->showUnavailable(tr("The recording %1 is in the recordings folder, and this computer has none chosen for this "
                                         "server: choose it in Settings ▸ Workspace.")
                                          .arg(i.recordingPath));
        else
            m_player->load(path);
    }
    m_transcriptPanel->setVisible(hasTranscript || hasRecording);
    m_transcript->setPlainText(i.transcript);
    markScreening(interactionId);
}

void EvaluationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluationEditor::retranslate()
{
    m_transcriptLabel->setText(tr("Transcript"));
    m_recordingLabel->setText(tr("Recording"));
    m_scoreCaption->setText(tr("Live score"));
    m_commentLabel->setText(tr("O&verall comment:"));
    m_comment->setPlaceholderText(tr("What went well, what to coach…"));
    m_undoButton->defaultAction()->setText(tr("Undo"));
    m_undoButton->defaultAction()->setToolTip(tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_redoButton->defaultAction()->setText(tr("Redo"));
    m_redoButton->defaultAction()->setToolTip(tr("Redo (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)));
    m_saveButton->setText(tr("Save draft"));
    m_saveButton->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_submitButton->setText(tr("Submit"));
    m_submitButton->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    m_keysHint->setText(tr("Keys: Y yes · N no · A not applicable · 1–7 rating · digits then Enter for numbers and times · "
                           "Ctrl+M comment on the item · Ctrl+Shift+M overall comment · Delete clear · Tab next item · "
                           "Ctrl+Z undo · Ctrl+S save · Ctrl+Enter submit · Ctrl+Space play · Ctrl+T time stamp"));
    for (int d = 0; d < DimensionCount; ++d)
        m_dimensionLabels[d]->setText(dimensionName(AllDimensions[d]));
    if (m_model)
        m_model->retranslate();
    updateScore();
    updateSaveState();
}

void EvaluationEditor::updateScore()
{
    if (!m_draft) {
        m_scoreLabel->setText(QStringLiteral("—"));
        m_resultLabel->clear();
        m_progressLabel->clear();
        for (QProgressBar *bar : m_bars) {
            bar->setValue(0);
            bar->setFormat(QString());
        }
        return;
    }
    const ScoreResult &s = m_draft->score();
    const Form &form = m_draft->form();
    m_scoreLabel->setText(formatPercent(s.percent));
    if (s.autoFailed) {
        QStringList items;
        for (const QString &key : s.failedCriticalItems)
            items << form.findItem(key)->text;
        m_resultLabel->setText(tr("Auto-failed: %1").arg(items.join(QStringLiteral("; "))));
        m_resultLabel->setStyleSheet(QString::fromLatin1(ErrorStyle));
    } else if (s.passed) {
        m_resultLabel->setText((*s.passed ? tr("Pass (pass mark %1)") : tr("Fail (pass mark %1)")).arg(formatPercent(form.passMark)));
        m_resultLabel->setStyleSheet(QString::fromLatin1(*s.passed ? OkStyle : ErrorStyle));
    } else if (s.percent) {
        // A score so far is no verdict: pass or fail once every required item is answered.
        m_resultLabel->setText(tr("So far: no pass or fail until every required item is answered"));
        m_resultLabel->setStyleSheet(QString());
    } else {
        m_resultLabel->setText(tr("Nothing scored yet"));
        m_resultLabel->setStyleSheet(QString());
    }
    int required = 0;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items)
            required += item.required && item.isScoring() ? 1 : 0;
    }
    const int answered = required - int(s.unansweredRequired.size());
    // Optional items left unanswered are left out of the score (docs/scoring.md, rule 4): shown,
    // so that skipping one is never silent.
    int optionalLeftOut = 0;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const Answer a = m_draft->answer(item.key);
            optionalLeftOut += !item.required && item.isScoring() && a.isEmpty() ? 1 : 0;
        }
    }
    QString progress = tr("%1 of %2 required items answered").arg(answered).arg(required);
    if (optionalLeftOut > 0)
        progress += QStringLiteral(" · ") + tr("%n optional item(s) not answered, left out of the score", nullptr, optionalLeftOut);
    m_progressLabel->setText(progress);
    m_scoreLabel->setText(s.percent && !s.passed && !s.unansweredRequired.isEmpty() ? tr("so far %1").arg(formatPercent(s.percent))
                                                                                  : formatPercent(s.percent));
    for (int d = 0; d < DimensionCount; ++d) {
        const auto &value = s.dimensions[d];
        m_bars[d]->setValue(value ? int(*value * 10) : 0);
        m_bars[d]->setFormat(formatPercent(value));
    }
}

void EvaluationEditor::updateSaveState()
{
    m_saveButton->setEnabled(m_draft && m_draft->isEditable());
    m_submitButton->setEnabled(m_draft && m_draft->isEditable());
    m_keysHint->setVisible(m_draft && m_draft->isEditable() && !m_compact);
    m_tree->setToolTip(m_compact && m_draft && m_draft->isEditable() ? m_keysHint->text() : QString());
    if (!m_draft)
        m_saveState->clear();
    else if (m_readOnlyDraft)
        m_saveState->setText(tr("Read-only"));
    else if (!m_draft->isEditable())
        m_saveState->setText(tr("Read-only: %1").arg(evaluationStatusName(m_draft->evaluation().status)));
    else if (!m_draft->undoStack()->isClean())
        m_saveState->setText(tr("Unsaved changes…"));
    else if (!m_savedAt.isEmpty())
        m_saveState->setText(tr("Draft saved at %1").arg(m_savedAt));
    else
        m_saveState->setText(tr("Draft"));
}

void EvaluationEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(QString::fromLatin1(error ? ErrorStyle : OkStyle));
}

void EvaluationEditor::insertStamp(const QString &stamp)
{
    if (!m_draft || !m_draft->isEditable())
        return;
    if (m_comment->hasFocus()) {
        m_comment->insertPlainText(stamp + QLatin1Char(' '));
        return;
    }
    const FormItem *item = m_model->itemAt(m_tree->currentIndex());
    if (!item) {
        m_comment->setFocus();
        m_comment->moveCursor(QTextCursor::End);
        m_comment->insertPlainText(stamp + QLatin1Char(' '));
        return;
    }
    const QString before = m_draft->answer(item->key).comment;
    m_draft->setItemComment(item->key, before.isEmpty() ? stamp : before + QLatin1Char(' ') + stamp);
}

bool EvaluationEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a stamp in the overall comment goes back to that moment of the recording.
    if (watched == m_comment->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const int at = m_comment->cursorForPosition(static_cast<QMouseEvent *>(event)->position().toPoint()).position();
        if (const qint64 ms = RecordingPlayer::stampPosition(m_comment->toPlainText(), at); ms >= 0)
            m_player->setPosition(ms);
        return false;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace servqa
