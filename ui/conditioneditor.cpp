#include "conditioneditor.h"

#include "formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace servqa {

namespace {

using Kind = Condition::Kind;
using Part = RuleScope::Part;

constexpr Kind AllKinds[] = {Kind::Phrases,       Kind::Pattern,     Kind::Silence,      Kind::FirstResponse,
                             Kind::LongestWait,   Kind::Interruption, Kind::Metadata,    Kind::RepeatContact,
                             Kind::All,           Kind::Any,          Kind::Not,         Kind::Before};

bool isGroup(Kind k)
{
    return k == Kind::All || k == Kind::Any || k == Kind::Not || k == Kind::Before;
}

// How many conditions a group holds at most (none: any number).
int room(Kind k)
{
    return k == Kind::Not ? 1 : k == Kind::Before ? 2 : isGroup(k) ? 1000 : 0;
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::All: return ConditionEditor::tr("All of these (AND)");
    case Kind::Any: return ConditionEditor::tr("Any of these (OR)");
    case Kind::Not: return ConditionEditor::tr("Not this (NOT)");
    case Kind::Before: return ConditionEditor::tr("The first before the second");
    case Kind::Phrases: return ConditionEditor::tr("Phrases");
    case Kind::Pattern: return ConditionEditor::tr("Regular expression");
    case Kind::Silence: return ConditionEditor::tr("Silence between turns");
    case Kind::FirstResponse: return ConditionEditor::tr("Agent's first response");
    case Kind::LongestWait: return ConditionEditor::tr("Longest wait for the agent");
    case Kind::Interruption: return ConditionEditor::tr("Agent interrupts the customer");
    case Kind::Metadata: return ConditionEditor::tr("Interaction data");
    case Kind::RepeatContact: return ConditionEditor::tr("Repeat contact");
    }
    return QString();
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("duration"))
        return ConditionEditor::tr("duration (s)");
    if (field == QLatin1String("first_response"))
        return ConditionEditor::tr("first response (s)");
    if (field == QLatin1String("hold"))
        return ConditionEditor::tr("hold (s)");
    if (field == QLatin1String("resolved"))
        return ConditionEditor::tr("resolved (yes/no)");
    if (field == QLatin1String("channel"))
        return ConditionEditor::tr("channel (call, chat, email, social, visit)");
    if (field == QLatin1String("site"))
        return ConditionEditor::tr("site code");
    return field;
}

// A field and its value as a rule's summary reads them: "channel = Chat", "duration > 300 s".
QString comparisonText(const Condition &c)
{
    QString field = c.field, value = c.value;
    if (c.field == QLatin1String("duration"))
        field = ConditionEditor::tr("duration");
    else if (c.field == QLatin1String("first_response"))
        field = ConditionEditor::tr("first response");
    else if (c.field == QLatin1String("hold"))
        field = ConditionEditor::tr("hold");
    else if (c.field == QLatin1String("resolved"))
        field = ConditionEditor::tr("resolved");
    else if (c.field == QLatin1String("channel"))
        field = ConditionEditor::tr("channel");
    else if (c.field == QLatin1String("site"))
        field = ConditionEditor::tr("site code");
    if (c.field == QLatin1String("resolved") && (c.value == QLatin1String("yes") || c.value == QLatin1String("no")))
        value = formatYesNo(c.value == QLatin1String("yes"));
    else if (c.field == QLatin1String("channel")) {
        if (const auto channel = channelFromKey(c.value))
            value = channelName(*channel);
    } else if (c.field != QLatin1String("site"))
        value = ConditionEditor::tr("%1 s").arg(c.value);
    return ConditionEditor::tr("%1 %2 %3", "a field, a comparison and a value").arg(field, c.op, value);
}

const QStringList Fields = {QStringLiteral("duration"), QStringLiteral("first_response"), QStringLiteral("hold"),
                            QStringLiteral("resolved"), QStringLiteral("channel"), QStringLiteral("site")};
const QStringList Operators = {QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"),
                               QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("<=")};

QString quoted(const QStringList &phrases)
{
    if (phrases.isEmpty())
        return QStringLiteral("…"); // a condition still being written
    QStringList shown;
    for (const QString &p : phrases.mid(0, 4))
        shown << ConditionEditor::tr("«%1»", "a phrase quoted").arg(p);
    if (phrases.size() > 4)
        shown << QStringLiteral("…");
    return formatList(shown);
}

QString scopeText(const RuleScope &s)
{
    const QString who = s.speaker ? speakerName(*s.speaker) : ConditionEditor::tr("anyone");
    const QString n = QString::number(s.n);
    switch (s.part) {
    case Part::Anywhere: return ConditionEditor::tr("%1, anywhere").arg(who);
    case Part::FirstTurns: return ConditionEditor::tr("%1, in the first %2 turns").arg(who, n);
    case Part::LastTurns: return ConditionEditor::tr("%1, in the last %2 turns").arg(who, n);
    case Part::FirstSeconds: return ConditionEditor::tr("%1, in the first %2 s").arg(who, n);
    case Part::LastSeconds: return ConditionEditor::tr("%1, in the last %2 s").arg(who, n);
    }
    return who;
}

QString limitText(const std::optional<double> &seconds)
{
    return seconds ? ConditionEditor::tr("over %1 s").arg(*seconds) : ConditionEditor::tr("over the channel's target");
}

} // namespace

QString ConditionEditor::describe(const Condition &c)
{
    const QString times = c.atLeast > 1 ? tr(", at least %1 times").arg(c.atLeast) : QString();
    switch (c.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not:
    case Kind::Before: return kindName(c.kind);
    case Kind::Phrases:
        return (c.allOf ? tr("All of %1 (%2%3)") : tr("Any of %1 (%2%3)")).arg(quoted(c.phrases), scopeText(c.scope), times);
    case Kind::Pattern: return tr("Pattern «%1» (%2%3)").arg(c.pattern, scopeText(c.scope), times);
    case Kind::Silence: return tr("Silence between turns %1").arg(limitText(c.overSeconds));
    case Kind::FirstResponse: return tr("Agent's first response %1").arg(limitText(c.overSeconds));
    case Kind::LongestWait: return tr("Longest wait for the agent %1").arg(limitText(c.overSeconds));
    case Kind::Interruption: return tr("Agent interrupts the customer at least %n time(s)", nullptr, c.atLeast);
    case Kind::Metadata: return tr("Interaction data: %1").arg(comparisonText(c));
    case Kind::RepeatContact:
        return tr("At least %1 within %2", "earlier contacts, days")
            .arg(tr("%n earlier contact(s) of the same customer", nullptr, c.atLeast), tr("%n day(s)", nullptr, c.withinDays));
    }
    return QString();
}

ConditionEditor::ConditionEditor(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setMinimumHeight(120);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_kind = new QComboBox(this);
    for (Kind k : AllKinds)
        m_kind->addItem(QString(), int(k));
    m_phrases = new QPlainTextEdit(this);
    m_phrases->setTabChangesFocus(true);
    m_phrases->setFixedHeight(m_phrases->fontMetrics().lineSpacing() * 5 + 12);
    m_allOf = new QCheckBox(this);
    m_pattern = new QLineEdit(this);
    m_speaker = new QComboBox(this);
    for (int s = 0; s < 4; ++s)
        m_speaker->addItem(QString(), s); // anyone, agent, customer, system (Speaker's values)
    m_part = new QComboBox(this);
    for (Part p : {Part::Anywhere, Part::FirstTurns, Part::LastTurns, Part::FirstSeconds, Part::LastSeconds})
        m_part->addItem(QString(), int(p));
    m_n = new QDoubleSpinBox(this);
    m_n->setRange(1, 36000);
    m_n->setDecimals(0);
    m_atLeast = new QSpinBox(this);
    m_atLeast->setRange(1, 1000);
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(0, 86400);
    m_field = new QComboBox(this);
    for (const QString &f : Fields)
        m_field->addItem(QString(), f);
    m_op = new QComboBox(this);
    for (const QString &o : Operators)
        m_op->addItem(o, o);
    m_value = new QLineEdit(this);
    m_withinDays = new QSpinBox(this);
    m_withinDays->setRange(1, 365);

    auto *where = new QHBoxLayout;
    where->addWidget(m_part, 1);
    where->addWidget(m_n);
    auto *comparison = new QHBoxLayout;
    comparison->addWidget(m_field, 2);
    comparison->addWidget(m_op);
    comparison->addWidget(m_value, 1);
    m_fields = new QFormLayout;
    m_fields->addRow(new QLabel(this), m_kind);
    m_fields->addRow(new QLabel(this), m_phrases);
    m_fields->addRow(QString(), m_allOf);
    m_fields->addRow(new QLabel(this), m_pattern);
    m_fields->addRow(new QLabel(this), m_speaker);
    m_fields->addRow(new QLabel(this), where);
    m_fields->addRow(new QLabel(this), m_atLeast);
    m_fields->addRow(new QLabel(this), m_seconds);
    m_fields->addRow(new QLabel(this), comparison);
    m_fields->addRow(new QLabel(this), m_withinDays);
    // Each label's letter goes to the first field of its row.
    const QWidget *buddies[] = {m_kind, m_phrases, nullptr, m_pattern, m_speaker, m_part, m_atLeast, m_seconds, m_field, m_withinDays};
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        QLayoutItem *item = m_fields->itemAt(row, QFormLayout::LabelRole);
        if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
            label->setBuddy(const_cast<QWidget *>(buddies[row]));
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(m_fields);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ConditionEditor::showNode);
    connect(m_add, &QPushButton::clicked, this, &ConditionEditor::addCondition);
    connect(m_remove, &QPushButton::clicked, this, &ConditionEditor::removeCondition);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConditionEditor::storeNode);
    connect(m_phrases, &QPlainTextEdit::textChanged, this, &ConditionEditor::storeNode);
    connect(m_allOf, &QCheckBox::toggled, this, &ConditionEditor::storeNode);
    connect(m_pattern, &QLineEdit::textChanged, this, &ConditionEditor::storeNode);
    for (QComboBox *box : {m_speaker, m_part, m_field, m_op})
        connect(box, &QComboBox::currentIndexChanged, this, &ConditionEditor::storeNode);
    connect(m_n, &QDoubleSpinBox::valueChanged, this, &ConditionEditor::storeNode);
    for (QSpinBox *box : {m_atLeast, m_seconds, m_withinDays})
        connect(box, &QSpinBox::valueChanged, this, &ConditionEditor::storeNode);
    connect(m_value, &QLineEdit::textChanged, this, &ConditionEditor::storeNode);
    retranslate();
    setCondition(Condition{});
}

void ConditionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConditionEditor::retranslate()
{
    m_add->setText(tr("&Add a condition"));
    m_add->setToolTip(tr("Inside the chosen group, or joined with the chosen condition by \"all of these\"."));
    m_remove->setText(tr("Remo&ve"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindName(Kind(m_kind->itemData(i).toInt())));
    m_speaker->setItemText(0, tr("Anyone"));
    for (int s = 1; s < 4; ++s)
        m_speaker->setItemText(s, speakerName(Speaker(s)));
    const QStringList parts = {tr("Anywhere"), tr("In the first N turns"), tr("In the last N turns"), tr("In the first N seconds"),
                               tr("In the last N seconds")};
    for (int i = 0; i < parts.size(); ++i)
        m_part->setItemText(i, parts[i]);
    for (int i = 0; i < m_field->count(); ++i)
        m_field->setItemText(i, fieldName(m_field->itemData(i).toString()));
    m_allOf->setText(tr("All of them must be said (otherwise any one)"));
    m_phrases->setPlaceholderText(tr("One phrase a line; near-synonyms and both languages in one list"));
    m_seconds->setSpecialValueText(tr("the channel's target"));
    m_seconds->setSuffix(tr(" s"));
    m_withinDays->setSuffix(tr(" days"));
    const QStringList labels = {tr("&Test:"), tr("&Phrases:"), QString(), tr("Patter&n:"), tr("S&aid by:"), tr("&Where:"),
                                tr("At &least (times):"), tr("&Over:"), tr("&Compare:"), tr("Wit&hin:")};
    for (int row = 0; row < m_fields->rowCount() && row < labels.size(); ++row) {
        if (QLayoutItem *item = m_fields->itemAt(row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels[row]);
        }
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        refreshTexts(*it);
}

void ConditionEditor::setCondition(const Condition &condition)
{
    m_tree->clear();
    m_nodes.clear();
    QTreeWidgetItem *root = addNode(nullptr, condition);
    m_tree->expandAll();
    m_tree->setCurrentItem(root);
    showNode();
}

QTreeWidgetItem *ConditionEditor::addNode(QTreeWidgetItem *parent, const Condition &c)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    Condition own = c;
    own.children.clear();
    m_nodes.insert(item, own);
    for (const Condition &child : c.children)
        addNode(item, child);
    refreshTexts(item);
    return item;
}

Condition ConditionEditor::build(QTreeWidgetItem *item) const
{
    Condition c = m_nodes.value(item);
    for (int i = 0; i < item->childCount(); ++i)
        c.children << build(item->child(i));
    return c;
}

Condition ConditionEditor::condition() const
{
    return m_tree->topLevelItemCount() > 0 ? build(m_tree->topLevelItem(0)) : Condition{};
}

void ConditionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_allOf, m_speaker, m_part, m_atLeast, m_seconds, m_field, m_op, m_withinDays})
        w->setEnabled(!readOnly);
    updatePartCount();
    m_phrases->setReadOnly(readOnly);
    m_pattern->setReadOnly(readOnly);
    m_value->setReadOnly(readOnly);
    updateButtons();
}

void ConditionEditor::updatePartCount()
{
    m_n->setEnabled(!m_readOnly && Part(m_part->currentData().toInt()) != Part::Anywhere); // "anywhere" has no N
}

void ConditionEditor::refreshTexts(QTreeWidgetItem *item)
{
    const Condition &c = m_nodes[item];
    item->setText(0, describe(c));
    item->setToolTip(0, describe(c));
}

void ConditionEditor::showNode()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    updateButtons();
    if (!item)
        return;
    const Condition c = m_nodes.value(item);
    m_showing = true;
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_phrases->setPlainText(c.phrases.join(QLatin1Char('\n')));
    m_allOf->setChecked(c.allOf);
    m_pattern->setText(c.pattern);
    m_speaker->setCurrentIndex(c.scope.speaker ? int(*c.scope.speaker) : 0);
    m_part->setCurrentIndex(m_part->findData(int(c.scope.part)));
    m_n->setValue(c.scope.n > 0 ? c.scope.n : 3);
    m_atLeast->setValue(c.atLeast);
    m_seconds->setValue(c.overSeconds ? int(*c.overSeconds) : 0);
    m_field->setCurrentIndex(std::max(0, m_field->findData(c.field)));
    m_op->setCurrentIndex(std::max(0, m_op->findData(c.op)));
    m_value->setText(c.value);
    m_withinDays->setValue(c.withinDays);
    m_showing = false;

    // Only the fields of this kind of test.
    const bool text = c.kind == Kind::Phrases || c.kind == Kind::Pattern;
    const bool timing = c.kind == Kind::Silence || c.kind == Kind::FirstResponse || c.kind == Kind::LongestWait;
    m_fields->setRowVisible(1, c.kind == Kind::Phrases);
    m_fields->setRowVisible(2, c.kind == Kind::Phrases);
    m_fields->setRowVisible(3, c.kind == Kind::Pattern);
    m_fields->setRowVisible(4, text);
    m_fields->setRowVisible(5, text);
    updatePartCount();
    m_fields->setRowVisible(6, text || c.kind == Kind::Interruption || c.kind == Kind::RepeatContact);
    m_fields->setRowVisible(7, timing);
    // Silence has no target of a channel to fall back on.
    m_seconds->setMinimum(c.kind == Kind::Silence ? 1 : 0);
    m_fields->setRowVisible(8, c.kind == Kind::Metadata);
    m_fields->setRowVisible(9, c.kind == Kind::RepeatContact);
}

void ConditionEditor::storeNode()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_showing || !item)
        return;
    Condition &c = m_nodes[item];
    const Kind before = c.kind;
    c.kind = Kind(m_kind->currentData().toInt());
    c.phrases.clear();
    for (const QString &line : m_phrases->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.phrases << line.trimmed();
    }
    c.allOf = m_allOf->isChecked();
    c.pattern = m_pattern->text();
    c.scope.speaker = m_speaker->currentIndex() > 0 ? std::optional(Speaker(m_speaker->currentIndex())) : std::nullopt;
    c.scope.part = Part(m_part->currentData().toInt());
    c.scope.n = c.scope.part == Part::Anywhere ? 0 : m_n->value();
    updatePartCount();
    c.atLeast = m_atLeast->value();
    c.overSeconds = m_seconds->value() > 0 ? std::optional<double>(m_seconds->value()) : std::nullopt;
    c.field = m_field->currentData().toString();
    c.op = m_op->currentData().toString();
    c.value = m_value->text().trimmed();
    c.withinDays = m_withinDays->value();
    // A group that becomes a test gives up what it held; a test that becomes a group starts empty.
    if (isGroup(before) && !isGroup(c.kind))
        qDeleteAll(item->takeChildren());
    while (item->childCount() > room(c.kind))
        delete item->takeChild(item->childCount() - 1);
    forgetDeleted();
    refreshTexts(item);
    if (before != c.kind)
        showNode();
    updateButtons();
    emit changed();
}

void ConditionEditor::addCondition()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    Condition fresh;
    fresh.kind = Kind::Phrases;
    QTreeWidgetItem *added = nullptr;
    const Kind kind = m_nodes.value(current).kind;
    QTreeWidgetItem *parent = current->parent();
    if (isGroup(kind) && current->childCount() < room(kind)) {
        added = addNode(current, fresh);
    } else if (parent && isGroup(m_nodes.value(parent).kind) && parent->childCount() < room(m_nodes.value(parent).kind)) {
        added = addNode(parent, fresh);
    } else {
        // Join the chosen condition and the new one with "all of these" in its place.
        Condition all;
        all.kind = Kind::All;
        all.children = {build(current), fresh};
        const int index = parent ? parent->indexOfChild(current) : 0;
        if (parent)
            delete parent->takeChild(index);
        else
            m_tree->clear();
        forgetDeleted();
        QTreeWidgetItem *group = addNode(nullptr, all);
        if (parent) {
            m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(group));
            parent->insertChild(index, group);
        }
        added = group->child(1);
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(added);
    emit changed();
}

void ConditionEditor::removeCondition()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !current->parent())
        return;
    QTreeWidgetItem *parent = current->parent();
    delete parent->takeChild(parent->indexOfChild(current));
    forgetDeleted();
    m_tree->setCurrentItem(parent);
    emit changed();
}

void ConditionEditor::forgetDeleted()
{
    QHash<QTreeWidgetItem *, Condition> kept;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        kept.insert(*it, m_nodes.value(*it));
    m_nodes = kept;
}

void ConditionEditor::updateButtons()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    m_add->setEnabled(!m_readOnly && current);
    m_remove->setEnabled(!m_readOnly && current && current->parent());
}

} // namespace servqa
