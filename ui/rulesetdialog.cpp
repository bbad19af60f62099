#include "rulesetdialog.h"

#include "conditioneditor.h"
#include "formrepository.h"
#include "listtables.h"
#include "ruletestpanel.h"
#include "screening.h"
#include "session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

QString ruleLabel(const ScreeningRule &rule)
{
    return rule.name.isEmpty() ? rule.key : rule.name;
}

} // namespace

RuleSetDialog::RuleSetDialog(Session &session, const RuleSet &set, bool writable, QWidget *parent)
    : EditorDialog(parent), m_session(session), m_set(set), m_writable(writable)
{
    setWindowTitle(set.id > 0 ? tr("Screening rules: %1, version %2").arg(set.code).arg(set.version) : tr("Screening rules: %1").arg(set.code));
    // The items a rule can answer: those of the active scorecards an inspector answers by choice.
    if (Database *db = m_session.database()) {
        FormRepository forms(*db);
        if (const auto versions = forms.versions()) {
            for (const FormVersionSummary &v : *versions) {
                if (v.status != FormStatus::Active || v.kind != FormKind::Scorecard)
                    continue;
                const auto form = forms.load(v.versionId);
                if (!form)
                    continue;
                for (const FormSection &section : form->sections) {
                    for (const FormItem &item : section.items) {
                        ItemChoice choice{item.key, QStringLiteral("%1 — %2 (%3)").arg(item.key, item.text, v.code), {}};
                        switch (item.type) {
                        case ItemType::YesNo:
                        case ItemType::YesNoNa: choice.answers = {{tr("Yes"), 1}, {tr("No"), 0}}; break;
                        case ItemType::Rating5:
                        case ItemType::Rating7:
                        case ItemType::Scale10:
                            for (int p = item.type == ItemType::Scale10 ? 0 : 1; p <= (item.type == ItemType::Rating5 ? 5 : item.type == ItemType::Rating7 ? 7 : 10); ++p)
                                choice.answers.push_back({QString::number(p), p});
                            break;
                        default: continue; // measured and free-text items are not a rule's to answer
                        }
                        if (std::none_of(m_items.cbegin(), m_items.cend(), [&](const ItemChoice &c) { return c.key == item.key; }))
                            m_items.push_back(choice);
                    }
                }
            }
        }
    }

    m_code = new QLineEdit(set.code, this);
    m_code->setReadOnly(set.id > 0); // a stored set's next version keeps its code
    m_name = new QLineEdit(set.name, this);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("Every channel"));
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), channelKey(c));
    if (set.channel)
        m_channel->setCurrentIndex(m_channel->findData(channelKey(*set.channel)));
    m_rules = new QListWidget(this);
    m_addRule = new QPushButton(tr("Add &rule"), this);
    m_removeRule = new QPushButton(tr("Remove rule"), this);
    m_ruleName = new QLineEdit(this);
    m_ruleKey = new QLineEdit(this);
    m_ruleKey->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{0,64}")), m_ruleKey));
    m_ruleKey->setToolTip(tr("Stays the same across versions: results and answers refer to the rule by it."));
    m_description = new QLineEdit(this);
    m_enabled = new QCheckBox(tr("&On"), this);
    m_answers = new QRadioButton(tr("Answers the &item"), this);
    m_flags = new QRadioButton(tr("Flags a ris&k of"), this);
    auto *does = new QButtonGroup(this);
    does->addButton(m_answers);
    does->addButton(m_flags);
    m_item = new QComboBox(this);
    for (const ItemChoice &c : std::as_const(m_items))
        m_item->addItem(c.text, c.key);
    m_matched = new QComboBox(this);
    m_hasNotMatched = new QCheckBox(tr("and when it does not match:"), this);
    m_notMatched = new QComboBox(this);
    m_severity = new QComboBox(this);
    for (RuleSeverity s : {RuleSeverity::Low, RuleSeverity::Medium, RuleSeverity::High, RuleSeverity::Critical})
        m_severity->addItem(ruleSeverityName(s), int(s));
    m_condition = new ConditionEditor(this);
    m_test = new RuleTestPanel(m_session, this);
    m_problem = makeProblemLabel(this);

    // Left: the rules; right: the chosen rule.
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_rules, 1);
    leftLayout->addLayout(ruleButtons);
    auto *matchedRow = new QHBoxLayout;
    matchedRow->addWidget(new QLabel(tr("when it matches:"), this));
    matchedRow->addWidget(m_matched);
    matchedRow->addWidget(m_hasNotMatched);
    matchedRow->addWidget(m_notMatched);
    matchedRow->addStretch(1);
    auto *ruleForm = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        ruleForm->addRow(label, field);
    };
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_ruleName, 2);
    nameRow->addWidget(new QLabel(tr("Key:"), this));
    nameRow->addWidget(m_ruleKey, 1);
    nameRow->addWidget(m_enabled);
    auto *nameLabel = new QLabel(tr("Rule &name:"), this);
    nameLabel->setBuddy(m_ruleName);
    ruleForm->addRow(nameLabel, nameRow);
    addRow(tr("&Description:"), m_description);
    ruleForm->addRow(m_answers, m_item);
    ruleForm->addRow(QString(), matchedRow);
    ruleForm->addRow(m_flags, m_severity);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(ruleForm);
    rightLayout->addWidget(new QLabel(tr("The rule matches when:"), this));
    rightLayout->addWidget(m_condition, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    left->setMinimumWidth(230);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({430, 590}); // the rules' names whole: a Chinese name with its English one is wide

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(split, tr("&Rules"));
    m_tabs->addTab(m_test, tr("&Test on past evaluations"));

    auto *setRow = new QHBoxLayout;
    auto *codeLabel = new QLabel(tr("&Code:"), this);
    codeLabel->setBuddy(m_code);
    auto *setNameLabel = new QLabel(tr("Na&me:"), this);
    setNameLabel->setBuddy(m_name);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    setRow->addWidget(codeLabel);
    setRow->addWidget(m_code, 1);
    setRow->addWidget(setNameLabel);
    setRow->addWidget(m_name, 3);
    setRow->addWidget(channelLabel);
    setRow->addWidget(m_channel, 1);

    m_buttons = new QDialogButtonBox(m_writable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (m_writable) {
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save as version %1 and activate").arg(set.id > 0 ? set.version + 1 : set.version));
        m_buttons->button(QDialogButtonBox::Save)->setToolTip(
            tr("Stored as a new version; the version active for its channel until now is retired. Interactions are screened "
               "with it from now on; screen earlier ones again from Settings."));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RuleSetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RuleSetDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(setRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const ScreeningRule &rule : std::as_const(m_set.rules)) {
        auto *item = new QListWidgetItem(ruleLabel(rule), m_rules);
        item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_rules, &QListWidget::currentRowChanged, this, &RuleSetDialog::showRule);
    connect(m_rules, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_rules->row(item);
        if (m_showing || row < 0 || row >= m_set.rules.size())
            return;
        m_set.rules[row].enabled = item->checkState() == Qt::Checked;
        if (row == m_current) {
            m_showing = true;
            m_enabled->setChecked(m_set.rules[row].enabled);
            m_showing = false;
        }
    });
    connect(m_addRule, &QPushButton::clicked, this, &RuleSetDialog::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RuleSetDialog::removeRule);
    for (QLineEdit *edit : {m_ruleName, m_ruleKey, m_description})
        connect(edit, &QLineEdit::textChanged, this, &RuleSetDialog::storeRule);
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_enabled, m_answers, m_flags, m_hasNotMatched})
        connect(b, &QAbstractButton::toggled, this, &RuleSetDialog::storeRule);
    connect(m_item, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        // Another item: its own answers, the rule's values kept where the item has them.
        const QString key = m_item->currentData().toString();
        m_showing = true;
        fillAnswers(m_matched, key, m_matched->currentData().isValid() ? std::optional(m_matched->currentData().toDouble()) : std::nullopt);
        fillAnswers(m_notMatched, key, m_notMatched->currentData().isValid() ? std::optional(m_notMatched->currentData().toDouble()) : std::nullopt);
        m_showing = false;
        storeRule();
    });
    for (QComboBox *box : {m_matched, m_notMatched, m_severity})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleSetDialog::storeRule);
    connect(m_condition, &ConditionEditor::changed, this, &RuleSetDialog::storeRule);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) { m_set.name = text.trimmed(); });
    connect(m_code, &QLineEdit::textChanged, this, [this](const QString &text) { m_set.code = text.trimmed(); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_set.channel = m_channel->currentData().isValid() ? channelFromKey(m_channel->currentData().toString()) : std::nullopt;
    });
    connect(m_test, &RuleTestPanel::runRequested, this, [this] {
        // The set as it is now, whatever is not finished in it yet: a rule the file would refuse is named.
        const auto edited = editedSet();
        m_problem->setText(edited ? QString() : edited.error());
        if (edited)
            m_test->run(*edited);
    });
    m_rules->setCurrentRow(m_set.rules.isEmpty() ? -1 : 0);
    if (m_set.rules.isEmpty())
        showRule(-1);
    updateEnabled();
    // The whole dialog on a 1366×768 laptop.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    // Wide enough on a 1366-pixel laptop for the list to hold a Chinese rule name with its English
    // one ("… identity verification" was cut at 1100).
    resize(std::min(1300, screen.width() - 40), std::min(700, screen.height() - 60));
    m_opened = ruleSetToJson(m_set);
}

bool RuleSetDialog::hasEdits() const
{
    return m_writable && ruleSetToJson(m_set) != m_opened;
}

QString RuleSetDialog::unsavedText() const
{
    return tr("Your changes to this rule set are not saved.");
}

void RuleSetDialog::fillAnswers(QComboBox *box, const QString &itemKey, std::optional<double> value)
{
    box->clear();
    for (const ItemChoice &c : std::as_const(m_items)) {
        if (c.key != itemKey)
            continue;
        for (const auto &[text, v] : c.answers)
            box->addItem(text, v);
    }
    if (value && box->findData(*value) < 0)
        box->addItem(QString::number(*value), *value); // a value the item does not offer now: kept, shown as it is
    box->setCurrentIndex(value ? box->findData(*value) : 0);
}

void RuleSetDialog::showRule(int row)
{
    m_current = row >= 0 && row < m_set.rules.size() ? row : -1;
    m_showing = true;
    const ScreeningRule rule = m_current >= 0 ? m_set.rules.at(m_current) : ScreeningRule{};
    m_ruleName->setText(rule.name);
    m_ruleKey->setText(rule.key);
    m_description->setText(rule.description);
    m_description->setCursorPosition(0); // a long description is read from its start
    m_ruleName->setCursorPosition(0);
    m_enabled->setChecked(rule.enabled);
    m_answers->setChecked(rule.item.has_value() || !rule.flag);
    m_flags->setChecked(!rule.item && rule.flag);
    if (rule.item && m_item->findData(rule.item->itemKey) < 0)
        m_item->addItem(tr("%1 (in no active scorecard)").arg(rule.item->itemKey), rule.item->itemKey);
    m_item->setCurrentIndex(rule.item ? m_item->findData(rule.item->itemKey) : -1);
    const QString key = rule.item ? rule.item->itemKey : QString();
    fillAnswers(m_matched, key, rule.item ? std::optional(rule.item->whenMatched) : std::nullopt);
    m_hasNotMatched->setChecked(rule.item && rule.item->whenNotMatched);
    fillAnswers(m_notMatched, key, rule.item ? rule.item->whenNotMatched : std::nullopt);
    m_severity->setCurrentIndex(m_severity->findData(int(rule.flag.value_or(RuleSeverity::Medium))));
    m_condition->setCondition(rule.when);
    m_showing = false;
    updateEnabled();
    if (m_current >= 0)
        m_test->showRule(rule.key);
}

void RuleSetDialog::storeRule()
{
    if (m_showing || m_current < 0)
        return;
    ScreeningRule &rule = m_set.rules[m_current];
    rule.name = m_ruleName->text().trimmed();
    rule.key = m_ruleKey->text().trimmed();
    rule.description = m_description->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    if (m_answers->isChecked()) {
        rule.flag.reset();
        RuleItem item;
        item.itemKey = m_item->currentData().toString();
        item.whenMatched = m_matched->currentData().toDouble();
        if (m_hasNotMatched->isChecked() && m_notMatched->currentData().isValid())
            item.whenNotMatched = m_notMatched->currentData().toDouble();
        rule.item = item;
    } else {
        rule.item.reset();
        rule.flag = RuleSeverity(m_severity->currentData().toInt());
    }
    rule.when = m_condition->condition();
    m_showing = true;
    m_rules->item(m_current)->setText(ruleLabel(rule));
    m_rules->item(m_current)->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    m_showing = false;
    updateEnabled();
}

void RuleSetDialog::addRule()
{
    ScreeningRule rule;
    int n = int(m_set.rules.size()) + 1;
    while (m_set.find(QStringLiteral("rule_%1").arg(n)))
        ++n;
    rule.key = QStringLiteral("rule_%1").arg(n);
    rule.name = tr("New rule %1").arg(n);
    rule.when.kind = Condition::Kind::Phrases;
    rule.flag = RuleSeverity::Medium;
    m_set.rules.push_back(rule);
    m_showing = true;
    auto *item = new QListWidgetItem(ruleLabel(rule), m_rules);
    item->setCheckState(Qt::Checked);
    m_showing = false;
    m_rules->setCurrentRow(m_rules->count() - 1);
    m_ruleName->setFocus();
    m_ruleName->selectAll();
}

void RuleSetDialog::removeRule()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_set.rules.removeAt(row);
    m_current = -1;
    delete m_rules->takeItem(row);
    showRule(m_rules->currentRow());
}

void RuleSetDialog::updateEnabled()
{
    const bool rule = m_current >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ruleName, m_ruleKey, m_description, m_enabled, m_answers, m_flags})
        w->setEnabled(m_writable && rule);
    m_item->setEnabled(m_writable && rule && m_answers->isChecked());
    m_matched->setEnabled(m_writable && rule && m_answers->isChecked());
    m_hasNotMatched->setEnabled(m_writable && rule && m_answers->isChecked());
    m_notMatched->setEnabled(m_writable && rule && m_answers->isChecked() && m_hasNotMatched->isChecked());
    m_severity->setEnabled(m_writable && rule && m_flags->isChecked());
    m_condition->setEnabled(rule);
    m_condition->setReadOnly(!m_writable);
    m_addRule->setEnabled(m_writable);
    m_removeRule->setEnabled(m_writable && rule);
    m_name->setReadOnly(!m_writable);
    m_code->setReadOnly(!m_writable || m_set.id > 0);
    m_channel->setEnabled(m_writable);
}

Result<RuleSet> RuleSetDialog::editedSet() const
{
    // Through the rule file's own reader: what it refuses is refused here, with the rule named.
    RuleSet set = m_set;
    const auto checked = ruleSetFromJson(ruleSetToJson(set));
    if (!checked) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("rules\\[(\\d+)\\]")).match(checked.error());
        const int index = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (index >= 0 && index < set.rules.size())
            return Error{tr("Rule \"%1\": %2").arg(ruleLabel(set.rules.at(index)), checked.error())};
        return Error{checked.error()};
    }
    RuleSet result = *checked;
    result.id = set.id;
    result.version = set.version;
    return result;
}

void RuleSetDialog::accept()
{
    if (!m_writable) {
        reject();
        return;
    }
    auto edited = editedSet();
    if (!edited) {
        m_problem->setText(edited.error());
        return;
    }
    Database *db = m_session.database();
    if (!db)
        return;
    RuleSet next = *edited;
    next.id = 0;
    next.status = RuleSet::Status::Active;
    const auto stored = saveRuleSet(*db, next);
    if (!stored) {
        m_problem->setText(stored.error());
        return;
    }
    m_saved = *stored;
    m_session.notifyDataChanged();
    QDialog::accept();
}

void RuleSetDialog::reject()
{
    EditorDialog::reject();
    if (isVisible())
        return; // going on editing
    if (m_test->isRunning())
        m_test->cancel();
}

} // namespace servqa
