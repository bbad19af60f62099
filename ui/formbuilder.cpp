#include "formbuilder.h"

#include "answermodel.h"
#include "answerview.h"
#include "evaluationdraft.h"
#include "formatting.h"
#include "formjson.h"
#include "formproperties.h"
#include "formrepository.h"
#include "plaintext.h"
#include "session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum TreeColumn { TitleColumn, TypeColumn, WeightColumn, DimensionColumn, FlagsColumn, TreeColumnCount };
constexpr int NodeRole = Qt::UserRole + 1; // "s:<key>" or "i:<key>"

// The structure tree; reports drops so the builder can turn them into an undo step.
class StructureTree : public QTreeWidget
{
public:
    std::function<void()> dropped;
    QString dragged; // the node being dragged, so it stays selected after the drop
    using QTreeWidget::QTreeWidget;

protected:
    void startDrag(Qt::DropActions actions) override
    {
        dragged = currentItem() ? currentItem()->data(0, NodeRole).toString() : QString();
        QTreeWidget::startDrag(actions);
    }
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (dropped)
            dropped();
    }
};

// One builder edit: the whole form before and after (forms are small), so undo restores
// exactly what was there, selection included. Typing in one field merges into one step.
class FormCommand : public QUndoCommand
{
public:
    FormCommand(FormBuilder *builder, Form before, FormBuilder::Path beforePath, Form after, FormBuilder::Path afterPath,
                const QString &text, const QString &mergeKey)
        : QUndoCommand(text), m_builder(builder), m_before(std::move(before)), m_after(std::move(after)),
          m_beforePath(beforePath), m_afterPath(afterPath), m_mergeKey(mergeKey)
    {
    }
    void redo() override { m_builder->restore(m_after, m_afterPath); }
    void undo() override { m_builder->restore(m_before, m_beforePath); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const FormCommand *>(other);
        if (o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        m_afterPath = o->m_afterPath;
        return true;
    }

private:
    FormBuilder *m_builder;
    Form m_before;
    Form m_after;
    FormBuilder::Path m_beforePath;
    FormBuilder::Path m_afterPath;
    QString m_mergeKey;
};

} // namespace

FormBuilder::FormBuilder(Session &session, const Form &form, QWidget *parent)
    : EditorDialog(parent), m_session(session), m_form(form), m_undo(new QUndoStack(this))
{
    // The builder is modal: the language cannot change while it is open, so its texts are
    // set once here.
    setWindowTitle(form.versionId ? tr("Edit %1 (version %2)").arg(form.code).arg(form.version) : tr("New form"));
    buildUi();
    if (!m_form.sections.isEmpty())
        m_selected = {0, m_form.sections[0].items.isEmpty() ? -1 : 0};
    restore(m_form, m_selected);
    // 1280 × 780 where there is room; within the screen on a 1366 × 768 laptop.
    resize(QSize(1280, 780).boundedTo(screen()->availableGeometry().size() - QSize(40, 60)));
}

FormBuilder::~FormBuilder() = default;

void FormBuilder::buildUi()
{
    m_code = new QLineEdit(this);
    m_code->setReadOnly(m_form.formId != 0); // answers and history refer to the form by code
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Scorecard (calls, chats, emails)"), int(FormKind::Scorecard));
    m_kind->addItem(tr("Checklist (store visits)"), int(FormKind::Checklist));
    m_passMark = new QDoubleSpinBox(this);
    m_passMark->setRange(0, 100);
    m_passMark->setDecimals(1);
    m_passMark->setSuffix(QStringLiteral(" %"));
    m_bonusCap = new QCheckBox(tr("Bonus points may not lift the score above 100 %"), this);
    auto *header = new QFormLayout;
    auto *headerTop = new QHBoxLayout;
    headerTop->addWidget(m_code);
    headerTop->addWidget(m_name, 3);
    headerTop->addWidget(m_kind, 1);
    auto *codeLabel = new QLabel(tr("Code and &name:"), this);
    codeLabel->setBuddy(m_code);
    header->addRow(codeLabel, headerTop);
    auto *passRow = new QHBoxLayout;
    passRow->addWidget(m_passMark);
    passRow->addWidget(m_bonusCap, 1);
    auto *passLabel = new QLabel(tr("&Pass mark:"), this);
    passLabel->setBuddy(m_passMark);
    header->addRow(passLabel, passRow);

    auto *tree = new StructureTree(this);
    m_tree = tree;
    m_tree->setColumnCount(TreeColumnCount);
    m_tree->setHeaderLabels({tr("Section / item"), tr("Type"), tr("Weight"), tr("Dimension"), tr("Flags")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    tree->dropped = [this] { commitFromTree(); };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_refreshing || !current)
            return;
        const QTreeWidgetItem *parent = current->parent();
        m_selected = parent ? Path{m_tree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(parent)), parent->indexOfChild(current)}
                            : Path{m_tree->indexOfTopLevelItem(current), -1};
        refreshProperties();
    });
    m_addSection = new QPushButton(tr("Add &section"), this);
    m_addItem = new QPushButton(tr("Add &item"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_up->setToolTip(tr("Ctrl+Up; or drag"));
    m_down->setToolTip(tr("Ctrl+Down; or drag"));
    connect(m_addSection, &QPushButton::clicked, this, &FormBuilder::addSection);
    connect(m_addItem, &QPushButton::clicked, this, &FormBuilder::addItem);
    connect(m_remove, &QPushButton::clicked, this, &FormBuilder::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    auto *undoButton = new QToolButton(this);
    auto *redoButton = new QToolButton(this);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    undoButton->setDefaultAction(undo);
    redoButton->setDefaultAction(redo);
    auto addShortcut = [this](QKeySequence key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addActions({undo, redo});
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    addShortcut(QKeySequence::Save, [this] { save(); });
    auto *treeButtons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{undoButton, redoButton, m_addSection, m_addItem, m_remove, m_up, m_down})
        treeButtons->addWidget(w);
    treeButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(treeButtons);
    leftLayout->addWidget(m_tree, 1);

    m_properties = new FormPropertiesPanel(this);
    connect(m_properties, &FormPropertiesPanel::editRequested, this, &FormBuilder::edit);

    // Header fields become undo steps too; typing in one field is one step.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (!m_refreshing)
            edit(tr("Rename the form"), [t](Form &f) { f.name = t; }, QStringLiteral("name"));
    });
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (!m_refreshing)
            edit(tr("Change the code"), [t](Form &f) { f.code = t.trimmed(); }, QStringLiteral("code"));
    });
    connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this] {
        const auto kind = static_cast<FormKind>(m_kind->currentData().toInt());
        edit(tr("Change the kind"), [kind](Form &f) { f.kind = kind; });
    });
    connect(m_passMark, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        if (!m_refreshing)
            edit(tr("Change the pass mark"), [v](Form &f) { f.passMark = v; }, QStringLiteral("passMark"));
    });
    connect(m_bonusCap, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            edit(tr("Change the bonus cap"), [on](Form &f) { f.bonusCap = on; });
    });
    // Preview: the real editor's answering and the real engine's score.
    auto *previewPage = new QWidget(this);
    m_preview = new AnswerView(previewPage);
    m_previewScore = new QLabel(previewPage);
    m_previewScore->setTextFormat(Qt::PlainText); // names a typed answer
    m_previewScore->setWordWrap(true);
    auto *previewHint = new QLabel(tr("Answer sample items here (Y, N, A, digits) to check the scoring before you save."), previewPage);
    previewHint->setWordWrap(true);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(previewHint);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_previewScore);
    connect(m_preview, &AnswerView::message, this, [this](const QString &text) {
        if (text.isEmpty())
            updatePreviewScore();
        else
            m_previewScore->setText(text); // a refused sample answer, named
    });
    auto *tabs = new QTabWidget(this);
    // Scrolled, so that the item's properties never make the builder taller than a 768-pixel
    // screen (Save and Cancel went off its edge).
    auto *propertiesScroll = new QScrollArea(this);
    propertiesScroll->setWidget(m_properties);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(propertiesScroll, tr("Pr&operties"));
    tabs->addTab(previewPage, tr("Pre&view"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save as dr&aft"));
    m_save->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the field or cell being typed in; it never saves or closes the builder.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void FormBuilder::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return; // QDialog would press a default button
    QDialog::keyPressEvent(event);
}

FormSection *FormBuilder::selectedSection()
{
    if (m_selected.section < 0 || m_selected.section >= m_form.sections.size())
        return nullptr;
    return &m_form.sections[m_selected.section];
}

FormItem *FormBuilder::selectedItem()
{
    FormSection *s = selectedSection();
    if (!s || m_selected.item < 0 || m_selected.item >= s->items.size())
        return nullptr;
    return &s->items[m_selected.item];
}

QString FormBuilder::uniqueKey(const QString &prefix) const
{
    QSet<QString> used;
    for (const FormSection &s : m_form.sections) {
        used.insert(s.key);
        for (const FormItem &i : s.items)
            used.insert(i.key);
    }
    for (int n = 1;; ++n) {
        const QString key = prefix + QString::number(n);
        if (!used.contains(key))
            return key;
    }
}

void FormBuilder::edit(const QString &what, const std::function<void(Form &)> &change, const QString &mergeKey)
{
    Form after = m_form;
    change(after);
    if (formToJson(after) == formToJson(m_form))
        return;
    m_undo->push(new FormCommand(this, m_form, m_selected, after, m_selected, what, mergeKey));
}

void FormBuilder::addSection()
{
    Form after = m_form;
    FormSection s;
    s.key = uniqueKey(QStringLiteral("s"));
    s.title = tr("New section");
    FormItem item;
    item.key = uniqueKey(QStringLiteral("i"));
    item.text = tr("New item");
    s.items << item;
    const int at = m_selected.section < 0 ? int(after.sections.size()) : m_selected.section + 1;
    after.sections.insert(at, s);
    m_undo->push(new FormCommand(this, m_form, m_selected, after, {at, -1}, tr("Add a section"), {}));
}

void FormBuilder::addItem()
{
    if (m_form.sections.isEmpty()) {
        addSection();
        return;
    }
    Form after = m_form;
    const int s = qMax(0, m_selected.section);
    FormItem item;
    item.key = uniqueKey(QStringLiteral("i"));
    item.text = tr("New item");
    if (const FormItem *current = selectedItem()) {
        item.type = current->type; // the next item is usually like the last one
        item.dimension = current->dimension;
    }
    const int at = m_selected.item < 0 ? int(after.sections[s].items.size()) : m_selected.item + 1;
    after.sections[s].items.insert(at, item);
    m_undo->push(new FormCommand(this, m_form, m_selected, after, {s, at}, tr("Add an item"), {}));
}

void FormBuilder::removeSelected()
{
    if (!selectedSection())
        return;
    Form after = m_form;
    Path next = m_selected;
    if (m_selected.item >= 0) {
        after.sections[m_selected.section].items.removeAt(m_selected.item);
        next.item = std::min<int>(m_selected.item, int(after.sections[m_selected.section].items.size()) - 1);
    } else {
        after.sections.removeAt(m_selected.section);
        next = {std::min<int>(m_selected.section, int(after.sections.size()) - 1), -1};
    }
    m_undo->push(new FormCommand(this, m_form, m_selected, after, next, tr("Remove"), {}));
}

void FormBuilder::moveSelected(int delta)
{
    if (!selectedSection())
        return;
    Form after = m_form;
    Path next = m_selected;
    if (m_selected.item >= 0) {
        auto &items = after.sections[m_selected.section].items;
        const int to = m_selected.item + delta;
        if (to < 0 || to >= items.size())
            return;
        items.move(m_selected.item, to);
        next.item = to;
    } else {
        const int to = m_selected.section + delta;
        if (to < 0 || to >= after.sections.size())
            return;
        after.sections.move(m_selected.section, to);
        next.section = to;
    }
    m_undo->push(new FormCommand(this, m_form, m_selected, after, next, delta < 0 ? tr("Move up") : tr("Move down"), {}));
}

void FormBuilder::commitFromTree()
{
    // Read the order the drop left in the tree; anything but sections at the top and items
    // under them is refused by showing the form as it was.
    QHash<QString, FormSection> sections;
    QHash<QString, FormItem> items;
    for (const FormSection &s : m_form.sections) {
        sections.insert(s.key, s);
        for (const FormItem &i : s.items)
            items.insert(i.key, i);
    }
    Form after = m_form;
    after.sections.clear();
    bool valid = true;
    Path next;
    const QString moved = static_cast<StructureTree *>(m_tree)->dragged;
    for (int t = 0; t < m_tree->topLevelItemCount() && valid; ++t) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(t);
        const QString node = top->data(0, NodeRole).toString();
        valid = node.startsWith(QLatin1String("s:"));
        if (!valid)
            break;
        FormSection s = sections.value(node.mid(2));
        if (node == moved)
            next = {t, -1};
        s.items.clear();
        for (int c = 0; c < top->childCount() && valid; ++c) {
            const QString child = top->child(c)->data(0, NodeRole).toString();
            valid = child.startsWith(QLatin1String("i:")) && top->child(c)->childCount() == 0;
            if (child == moved)
                next = {t, c};
            s.items << items.value(child.mid(2));
        }
        after.sections << s;
    }
    if (!valid || formToJson(after) == formToJson(m_form)) {
        restore(m_form, m_selected);
        return;
    }
    m_undo->push(new FormCommand(this, m_form, m_selected, after, next.section >= 0 ? next : m_selected, tr("Reorder"), {}));
}

void FormBuilder::select(const Path &path)
{
    m_selected = path;
    refreshTree();
    refreshProperties();
}

void FormBuilder::restore(const Form &form, const Path &selected)
{
    m_form = form;
    m_selected = selected;
    refreshTree();
    refreshProperties();
    refreshPreview();
}

void FormBuilder::refreshTree()
{
    m_refreshing = true;
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (int s = 0; s < m_form.sections.size(); ++s) {
        const FormSection &section = m_form.sections[s];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(TitleColumn, section.title);
        top->setText(TypeColumn, sectionKindName(section.kind));
        top->setText(WeightColumn, QLocale().toString(section.weight));
        top->setData(0, NodeRole, QString(QStringLiteral("s:") + section.key));
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(TitleColumn, bold);
        if (m_selected == Path{s, -1})
            current = top;
        for (int i = 0; i < section.items.size(); ++i) {
            const FormItem &item = section.items[i];
            auto *child = new QTreeWidgetItem(top);
            child->setText(TitleColumn, item.text);
            child->setToolTip(TitleColumn, item.help.isEmpty() ? item.text : item.text + QLatin1Char('\n') + item.help);
            child->setText(TypeColumn, itemTypeName(item.type));
            child->setText(WeightColumn, item.isScoring() ? QLocale().toString(item.weight) : QString());
            child->setText(DimensionColumn, item.isScoring() ? dimensionName(item.dimension) : QString());
            QStringList flags;
            if (item.critical || section.kind == SectionKind::Critical)
                flags << tr("critical");
            if (item.acceptsNa())
                flags << tr("N/A");
            if (!item.required)
                flags << tr("optional");
            child->setText(FlagsColumn, formatList(flags));
            child->setData(0, NodeRole, QString(QStringLiteral("i:") + item.key));
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            if (m_selected == Path{s, i})
                current = child;
        }
    }
    m_tree->expandAll();
    for (int c = TypeColumn; c < TreeColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    if (current)
        m_tree->setCurrentItem(current);
    m_refreshing = false;
}

void FormBuilder::refreshProperties()
{
    m_refreshing = true;
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) // keeps the cursor where the user is typing
            edit->setText(text);
    };
    setText(m_code, m_form.code);
    setText(m_name, m_form.name);
    m_kind->setCurrentIndex(m_kind->findData(int(m_form.kind)));
    m_passMark->setValue(m_form.passMark);
    m_bonusCap->setChecked(m_form.bonusCap);
    m_properties->show(m_form, m_selected.section, m_selected.item);
    m_remove->setEnabled(selectedSection() != nullptr);
    m_up->setEnabled(selectedSection() != nullptr);
    m_down->setEnabled(selectedSection() != nullptr);
    const Status valid = validateForm(m_form, tr("this form"));
    m_problem->setText(valid ? QString() : valid.error());
    m_save->setEnabled(valid.ok());
    m_refreshing = false;
}

void FormBuilder::refreshPreview()
{
    // Keep the sample answers that still fit the edited form.
    Evaluation sample;
    sample.status = EvaluationStatus::Draft;
    if (m_previewDraft) {
        for (auto it = m_previewDraft->answers().cbegin(); it != m_previewDraft->answers().cend(); ++it) {
            const FormItem *item = m_form.findItem(it.key());
            if (item && checkAnswer(*item, *it).isEmpty())
                sample.answers.insert(it.key(), *it);
        }
    }
    const QString current = m_preview->currentItemKey();
    m_preview->setAnswers(nullptr, nullptr);
    m_previewModel.reset();
    m_previewDraft = std::make_unique<EvaluationDraft>(m_form, sample);
    m_previewModel = std::make_unique<AnswerModel>(m_previewDraft.get());
    m_preview->setAnswers(m_previewDraft.get(), m_previewModel.get());
    const QModelIndex at = m_previewModel->indexOf(current);
    m_preview->moveTo(at.isValid() ? at : m_previewModel->nextItem({}));
    connect(m_previewDraft.get(), &EvaluationDraft::scoreChanged, this, &FormBuilder::updatePreviewScore);
    updatePreviewScore();
}

void FormBuilder::updatePreviewScore()
{
    const ScoreResult &s = m_previewDraft->score();
    QStringList dims;
    for (Dimension d : AllDimensions)
        dims << QStringLiteral("%1 %2").arg(dimensionName(d), formatPercent(s.dimensions[dimensionIndex(d)]));
    const QString result = s.autoFailed ? tr("auto-failed") : !s.passed ? QString() : *s.passed ? tr("pass") : tr("fail");
    m_previewScore->setText(tr("Preview score %1 %2\n%3").arg(formatPercent(s.percent), result, dims.join(QStringLiteral(" · "))));
}

bool FormBuilder::hasEdits() const
{
    return !m_undo->isClean();
}

QString FormBuilder::unsavedText() const
{
    return tr("Your changes to this scorecard are not saved.");
}

bool FormBuilder::save()
{
    const Status valid = validateForm(m_form, tr("this form"));
    if (!valid) {
        m_problem->setText(valid.error());
        return false;
    }
    if (!m_session.isOpen())
        return false;
    FormRepository forms(*m_session.database());
    auto saved = forms.save(m_form, m_session.userId());
    const auto changed = saved || m_form.versionId == 0 ? Result<bool>(false) : forms.changedSince(m_form);
    if (changed && *changed) {
        // Another desk saved this draft meanwhile: theirs stays, and this edit is not thrown away.
        QMessageBox ask(QMessageBox::Warning, tr("Saved elsewhere"), saved.error(), QMessageBox::NoButton, this);
        ask.setInformativeText(tr("Save your changes as a new draft version beside theirs, or go on editing (to see theirs, close without saving and "
                                  "open the form again)."));
        QPushButton *asNew = ask.addButton(tr("Save as a New Draft Version"), QMessageBox::AcceptRole);
        ask.addButton(tr("Go On Editing"), QMessageBox::RejectRole);
        plain::plainTexts(ask); // the form and who saved it, named as they were typed
        ask.exec();
        if (ask.clickedButton() == asNew) {
            Form copy = m_form;
            copy.versionId = 0;
            saved = forms.save(copy, m_session.userId());
        }
    }
    if (!saved) {
        m_problem->setText(saved.error());
        return false;
    }
    m_saved = *saved;
    m_session.notifyDataChanged();
    accept();
    return true;
}

} // namespace servqa
