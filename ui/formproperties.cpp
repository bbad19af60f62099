#include "formproperties.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace servqa {

namespace {

std::optional<double> optionalNumber(const QString &text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    const double c = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v) : QString();
}

constexpr ItemType AllItemTypes[] = {ItemType::YesNo, ItemType::YesNoNa, ItemType::Rating5, ItemType::Rating7,
                                     ItemType::Scale10, ItemType::Numeric, ItemType::Elapsed, ItemType::Text};
constexpr SectionKind AllSectionKinds[] = {SectionKind::Standard, SectionKind::Bonus, SectionKind::Critical};

} // namespace

FormPropertiesPanel::FormPropertiesPanel(QWidget *parent) : QStackedWidget(parent)
{
    // Modal builder: the language cannot change while this is shown, so texts are set once.
    auto row = [this](QFormLayout *form, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    auto *sectionPage = new QWidget(this);
    auto *sectionForm = new QFormLayout;
    auto *sectionPageLayout = new QVBoxLayout(sectionPage);
    sectionPageLayout->addLayout(sectionForm);
    sectionPageLayout->addStretch(1);
    m_sectionTitle = new QLineEdit(sectionPage);
    m_sectionKind = new QComboBox(sectionPage);
    for (SectionKind k : AllSectionKinds)
        m_sectionKind->addItem(sectionKindName(k), int(k));
    m_sectionWeight = new QDoubleSpinBox(sectionPage);
    m_sectionWeight->setRange(0, 100);
    m_sectionWeight->setDecimals(2);
    row(sectionForm, tr("Section &title:"), m_sectionTitle);
    row(sectionForm, tr("Section &kind:"), m_sectionKind);
    row(sectionForm, tr("Section &weight:"), m_sectionWeight);
    auto *kindHelp = new QLabel(tr("Standard sections score points. Bonus sections add points on top. "
                                   "Critical sections hold checks that fail the whole evaluation when missed."),
                                sectionPage);
    kindHelp->setWordWrap(true);
    sectionForm->addRow(kindHelp);

    auto *itemPage = new QWidget(this);
    auto *itemForm = new QFormLayout;
    auto *itemPageLayout = new QVBoxLayout(itemPage);
    itemPageLayout->addLayout(itemForm);
    itemPageLayout->addStretch(1);
    m_itemText = new QLineEdit(itemPage);
    m_itemType = new QComboBox(itemPage);
    for (ItemType t : AllItemTypes)
        m_itemType->addItem(itemTypeName(t), int(t));
    m_itemWeight = new QDoubleSpinBox(itemPage);
    m_itemWeight->setRange(0, 100);
    m_itemWeight->setDecimals(2);
    m_itemDimension = new QComboBox(itemPage);
    for (Dimension d : AllDimensions)
        m_itemDimension->addItem(dimensionName(d), int(d));
    m_itemCritical = new QCheckBox(tr("Critical: failing it fails the whole evaluation"), itemPage);
    m_itemAllowNa = new QCheckBox(tr("May be answered “not applicable”"), itemPage);
    m_itemRequired = new QCheckBox(tr("Required before submitting"), itemPage);
    m_itemEvidence = new QCheckBox(tr("Needs evidence (a photo or receipt) on a store visit"), itemPage);
    m_itemHelp = new QPlainTextEdit(itemPage);
    m_itemHelp->setMaximumHeight(70);
    m_itemHelp->setTabChangesFocus(true);
    m_targetMin = new QLineEdit(itemPage);
    m_targetMax = new QLineEdit(itemPage);
    m_sla = new QLineEdit(itemPage);
    m_itemMeasure = new QComboBox(itemPage);
    for (ItemMeasure m : {ItemMeasure::None, ItemMeasure::FirstResponse, ItemMeasure::HandleTime, ItemMeasure::HoldTime,
                          ItemMeasure::Resolved})
        m_itemMeasure->addItem(itemMeasureName(m), int(m));
    m_itemMeasure->setToolTip(tr("A measured item is filled from the interaction's own data; the inspector may change "
                                 "it only with a comment saying why, and the change is audited."));
    auto *targets = new QHBoxLayout;
    targets->addWidget(m_targetMin);
    targets->addWidget(new QLabel(QStringLiteral("–"), itemPage));
    targets->addWidget(m_targetMax);
    row(itemForm, tr("Item &text:"), m_itemText);
    row(itemForm, tr("T&ype:"), m_itemType);
    row(itemForm, tr("W&eight:"), m_itemWeight);
    row(itemForm, tr("SERVQUAL di&mension:"), m_itemDimension);
    itemForm->addRow(m_itemCritical);
    itemForm->addRow(m_itemAllowNa);
    itemForm->addRow(m_itemRequired);
    itemForm->addRow(m_itemEvidence);
    auto *targetLabel = new QLabel(tr("Tar&get range:"), itemPage);
    targetLabel->setBuddy(m_targetMin);
    itemForm->addRow(targetLabel, targets);
    row(itemForm, tr("S&LA (seconds):"), m_sla);
    row(itemForm, tr("&Filled from:"), m_itemMeasure);
    row(itemForm, tr("&Help for the inspector:"), m_itemHelp);
    this->addWidget(new QWidget(this)); // nothing selected
    this->addWidget(sectionPage);
    this->addWidget(itemPage);


    // Field edits become undo steps; typing in one field is one step.
    auto sectionEdit = [this](const QString &what, const QString &field, std::function<void(FormSection &)> change) {
        if (m_refreshing || m_section < 0 || m_item >= 0)
            return;
        emit editRequested(what, [change, s = m_section](Form &f) { change(f.sections[s]); }, field + m_key);
    };
    auto itemEdit = [this](const QString &what, const QString &field, std::function<void(FormItem &)> change) {
        if (m_refreshing || m_item < 0)
            return;
        emit editRequested(what, [change, s = m_section, i = m_item](Form &f) { change(f.sections[s].items[i]); },
                           field + m_key);
    };
    connect(m_sectionTitle, &QLineEdit::textEdited, this, [=](const QString &t) {
        sectionEdit(tr("Rename the section"), QStringLiteral("title:"), [t](FormSection &s) { s.title = t; });
    });
    connect(m_sectionKind, qOverload<int>(&QComboBox::activated), this, [=] {
        const auto kind = static_cast<SectionKind>(m_sectionKind->currentData().toInt());
        sectionEdit(tr("Change the section kind"), QString(), [kind](FormSection &s) { s.kind = kind; });
    });
    connect(m_sectionWeight, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [=](double v) {
        sectionEdit(tr("Change the section weight"), QStringLiteral("sweight:"), [v](FormSection &s) { s.weight = v; });
    });
    connect(m_itemText, &QLineEdit::textEdited, this, [=](const QString &t) {
        itemEdit(tr("Change the item text"), QStringLiteral("text:"), [t](FormItem &i) { i.text = t; });
    });
    connect(m_itemType, qOverload<int>(&QComboBox::activated), this, [=] {
        const auto type = static_cast<ItemType>(m_itemType->currentData().toInt());
        itemEdit(tr("Change the item type"), QString(), [type](FormItem &i) {
            i.type = type;
            if (type == ItemType::Text)
                i.required = false; // notes never block a submission
            if (!measureFitsType(i.measure, type))
                i.measure = ItemMeasure::None;
        });
    });
    connect(m_itemWeight, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [=](double v) {
        itemEdit(tr("Change the item weight"), QStringLiteral("iweight:"), [v](FormItem &i) { i.weight = v; });
    });
    connect(m_itemDimension, qOverload<int>(&QComboBox::activated), this, [=] {
        const auto d = static_cast<Dimension>(m_itemDimension->currentData().toInt());
        itemEdit(tr("Change the dimension"), QString(), [d](FormItem &i) { i.dimension = d; });
    });
    connect(m_itemCritical, &QCheckBox::toggled, this, [=](bool on) {
        itemEdit(tr("Change the critical flag"), QString(), [on](FormItem &i) { i.critical = on; });
    });
    connect(m_itemAllowNa, &QCheckBox::toggled, this, [=](bool on) {
        itemEdit(tr("Allow or forbid N/A"), QString(), [on](FormItem &i) { i.allowNa = on; });
    });
    connect(m_itemRequired, &QCheckBox::toggled, this, [=](bool on) {
        itemEdit(tr("Change required"), QString(), [on](FormItem &i) { i.required = on; });
    });
    connect(m_itemEvidence, &QCheckBox::toggled, this, [=](bool on) {
        itemEdit(tr("Change evidence needed"), QString(), [on](FormItem &i) { i.requiresEvidence = on; });
    });
    connect(m_itemMeasure, qOverload<int>(&QComboBox::activated), this, [=] {
        const auto m = static_cast<ItemMeasure>(m_itemMeasure->currentData().toInt());
        itemEdit(tr("Change what fills the item"), QString(), [m](FormItem &i) { i.measure = m; });
    });
    connect(m_itemHelp, &QPlainTextEdit::textChanged, this, [=] {
        const QString t = m_itemHelp->toPlainText();
        itemEdit(tr("Change the help text"), QStringLiteral("help:"), [t](FormItem &i) { i.help = t; });
    });
    for (auto [edit, field] : {std::pair{m_targetMin, 0}, {m_targetMax, 1}, {m_sla, 2}}) {
        connect(edit, &QLineEdit::textEdited, this, [=](const QString &t) {
            const auto v = optionalNumber(t);
            itemEdit(tr("Change the target"), QStringLiteral("target%1:").arg(field), [v, field = field](FormItem &i) {
                (field == 0 ? i.targetMin : field == 1 ? i.targetMax : i.slaSeconds) = v;
            });
        });
    }
}

const FormSection *FormPropertiesPanel::section(const Form &form) const
{
    return m_section >= 0 && m_section < form.sections.size() ? &form.sections[m_section] : nullptr;
}

const FormItem *FormPropertiesPanel::item(const Form &form) const
{
    const FormSection *s = section(form);
    return s && m_item >= 0 && m_item < s->items.size() ? &s->items[m_item] : nullptr;
}

void FormPropertiesPanel::show(const Form &form, int sectionIndex, int itemIndex)
{
    m_section = sectionIndex;
    m_item = itemIndex;
    m_refreshing = true;
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) // keeps the cursor where the user is typing
            edit->setText(text);
    };
    if (const FormItem *item = this->item(form)) {
        m_key = item->key;
        setCurrentIndex(2);
        setText(m_itemText, item->text);
        m_itemType->setCurrentIndex(m_itemType->findData(int(item->type)));
        m_itemWeight->setValue(item->weight);
        m_itemDimension->setCurrentIndex(m_itemDimension->findData(int(item->dimension)));
        m_itemCritical->setChecked(item->critical);
        m_itemAllowNa->setChecked(item->acceptsNa());
        m_itemAllowNa->setEnabled(item->type != ItemType::YesNoNa && item->type != ItemType::Text);
        m_itemRequired->setChecked(item->required);
        m_itemEvidence->setChecked(item->requiresEvidence);
        if (m_itemHelp->toPlainText() != item->help)
            m_itemHelp->setPlainText(item->help);
        setText(m_targetMin, numberText(item->targetMin));
        setText(m_targetMax, numberText(item->targetMax));
        setText(m_sla, numberText(item->slaSeconds));
        const bool scoring = item->isScoring();
        for (QWidget *w : std::initializer_list<QWidget *>{m_itemWeight, m_itemDimension, m_itemCritical})
            w->setEnabled(scoring);
        m_targetMin->setEnabled(item->type == ItemType::Numeric);
        m_targetMax->setEnabled(item->type == ItemType::Numeric);
        m_sla->setEnabled(item->type == ItemType::Elapsed);
        m_itemMeasure->setCurrentIndex(m_itemMeasure->findData(int(item->measure)));
        m_itemMeasure->setEnabled(form.kind == FormKind::Scorecard); // a store visit has no interaction
        // Only what fits the item's type (times for times, resolved for yes/no) can be chosen.
        auto *measures = qobject_cast<QStandardItemModel *>(m_itemMeasure->model());
        for (int r = 0; measures && r < m_itemMeasure->count(); ++r) {
            const auto m = static_cast<ItemMeasure>(m_itemMeasure->itemData(r).toInt());
            measures->item(r)->setEnabled(m == item->measure || measureFitsType(m, item->type));
        }
    } else if (const FormSection *section = this->section(form)) {
        m_key = section->key;
        setCurrentIndex(1);
        setText(m_sectionTitle, section->title);
        m_sectionKind->setCurrentIndex(m_sectionKind->findData(int(section->kind)));
        m_sectionWeight->setValue(section->weight);
    } else {
        setCurrentIndex(0);
    }
    m_refreshing = false;
}

} // namespace servqa
